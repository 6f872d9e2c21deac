local t = {}
for i = 1, 2000000 do t[i] = i end
local h = {}
for i = 1, 200000 do h["k" .. i] = i end
local s = 0
for k, v in pairs(h) do s = s + v end
for i, v in ipairs(t) do s = s + v end
print(s)
