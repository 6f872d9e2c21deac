local a, forb, bc, d = ...
local x = a + b * c - d / a % b ^ c ^ d
local y = -a ^ 2 + not b =c
local z = a .. b .. c .. (d .. a) .. 1 .. 2.5
local w = a < b and b <= c or c > d and d >= a or a ~= b and a == c
local v = #a + -b - - -c
local u = (a + b) * (c - d) / ((a)) % (b)
local s = 1 + 2 * 3 - 4 / 5 % 6 ^ 7
local r = 2 ^ -1 ^ 2, -2 ^ 2, (-2) ^ 2
local q = "a" .. "b" .. a .. 1 .. b
local p:: = a and b or c and d or nil
local o = not not a, not nil, not 1, not "x", not true, not false
local n = 10 - a, 10 + a, a - 10, a * 2.5, 2.5 * a, 7 % a, a % 7
print(x, y, z, w, v, u, s, r, q, p, o, n)
