local a, b = ...
local t1 = {}
local t2 = {1, 2, 3}
local t3 = {x = 1, y = "s", z = true, w = false, v = nil}
local t4 = {1, 2, a, 4, b}
local t5 = {a, b, ...}
local t6 = {f(), g()}
local t7 = {[1] = 1, [2] = 2, [3] = 3}
local t8 = {[0] = 0, 1, 2}
local t9 = {[1.5] = 1, [-1] = 2, [true] = 3, [false] = 4, ["k"] = 5}
local t10 = {x = a, y = b, 1, 2, z = {p = 1}}
local t11 = {1, 2, 3, [10] = 10, [20] = 20, a = 1, b = 2, c = 3, d = 4, e = 5}
local t12 = {[a] = 1, [b] = 2, [1] = a}
local t13 = {1; 2; 3,}
local t14 = {{}, {{}}, {1, {2, {3}}}}
local t15 = {nil, nil, 3}
local t16 = {x = 1, x = 2, [1] = 1, 2}
local t17 = {a = function() end, b = 1}
local t18 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, [17] = 0, [33] = 1, [65] = 2}
local t19 = {[1] = 1, [3] = 3, [5] = 5, [7] = 7, [9] = 9, [11] = 11}
local t20 = {a = 1, b = 2, c = 3, [1] = 1, [2] = 2, [3] = 3, [4] = 4, [5] = 5}
local t21 = {goto = 1, ["end"] = 2}
local t22 = {a and b, a or b, not a}
t1.x = 1; t1["y"] = 2; t1[1] = 3; t1[255] = 4; t1[256] = 5; t1[-1] = 6; t1[1.5] = 7; t1[a] = 8
t1.x.y.z = t2[1][2][a]
t1[true] = t1[false]
t1[nil] = 1
print(t1.x, t1["x"], t1[0], t1[255], t1[256], t1[a], t1[a .. b])
return t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20, t21, t22
