local t = {}
for i = 1, 100000 do t[#t+1] = string.format("%d:%s:%5.2f", i, "abc", i / 7) end
local s = table.concat(t, ",")
local n = 0
for w in s:gmatch("(%d+):abc") do n = n + #w end
local r = s:gsub("abc", "xyz"):sub(1, 20)
local u = 0
for i = 1, 200000 do u = u + #tostring(i) + (r:find("xyz", 1, true) or 0) % 3 + string.byte("abc", 2) end
local parts = {}
for i = 1, 50000 do parts[i] = ("k" .. i):upper():rep(2) end
print(#s, n, r, u, #table.concat(parts))
