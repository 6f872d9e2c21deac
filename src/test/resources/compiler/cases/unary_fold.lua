local a = ...
local x = -1, - -1, -(-1), -(2 ^ 2), -"x", -{}, -a, - -a, #"abc", #a, #{1,2}
local y = 2 * 3 + 4 - 1 / 2, (1 + 2) * 3 ^ 2, 2 ^ 0.5, 10 % 0, 0 / 0 + 1, 1 / 0 - 1 / 0
local z = "a" == "a", 1 == 1, nil == nil, a == 1 == true
local w = not a == not a
print(x, y, z, w)
