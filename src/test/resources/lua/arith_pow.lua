-- x^y and math.pow round as LuaJIT's (glibc's pow), folded by the compiler or computed at run time.
local function show(...) local t = {} for i = 1, select('#', ...) do t[i] = string.format("%.17g", (select(i, ...))) end print(table.concat(t, " ")) end
show(10^-23, 3^-2, 1.1^100, 2^0.5, 2^70000, (-2)^3, 0^0, 7^65536, 1.0000001^65537, 0x86298b8901^4)
local a, b, x = 10, 23, 0x86298b8901
show(a^-b, 3^(b-25), 1.1^(b*100/23), 2^(b/46), x^4, math.pow(1.1, 100), math.pow(x, 4))
local n, m = 0/0, 0/0
print(n ~= n, n == n, n == m, rawequal(n, n))
local t = {n}
print(t[1] == t[1], t[1] ~= t[1])
