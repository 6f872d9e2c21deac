local t = {1, 2, 3, a = 1}
local u = {x = 1}
print(t, u)
