-- NaN is never equal to itself, even as the same value; ^ follows C's pow
local n, m = 0/0, 0/0
print(n ~= n, n == n, n == m, rawequal(n, n), n < n, n <= n, n > n)
local t = {n}
print(t[1] == t[1], t[1] ~= t[1], pcall(rawset, {}, n, 1))
local a, b = 2, 10
print(a ^ b, a ^ -b, (-a) ^ 3, 0 ^ 0, a ^ 0.5, (-8) ^ (1 / 3) ~= (-8) ^ (1 / 3), 1 ^ (0 / 0))
