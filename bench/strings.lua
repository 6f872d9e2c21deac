local parts = {}
local s = ""
for i = 1, 20000 do s = s .. "x" end
for i = 1, 200000 do parts[#parts + 1] = i .. "" end
print(#s, #parts)
