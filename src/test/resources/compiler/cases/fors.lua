local t, n = ...
for i = 1, 10 do print(i) end
for i = 10, 1, -1 do print(i) end
for i = 0.5, n, 0.25 do print(i) end
for i = n, n + 10, n do local j = i; t[j] = i end
for k, v in pairs(t) do print(k, v) end
for k, v in next, t do print(k, v) end
for k, v in ipairs(t) do print(k, v) end
for k in pairs(t) do break end
for a, b, c, d, e, f in pairs(t) do print(a) end
local pairs = pairs
for k, v in pairs(t) do print(k) end
local next = next
for k, v in next, t, nil do print(k) end
for line in io.lines("x") do print(line) end
for _, v in t:iter() do print(v) end
local function gen() return function() end end
for x in gen() do print(x) end
for i = 1, 3 do for j = i, 3 do for k = j, 3 do print(i, j, k) end end end
