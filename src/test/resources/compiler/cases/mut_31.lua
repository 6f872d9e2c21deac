local t1 = {2, n = 3, [10] = 4, ["k"] = 5, 6;}
local t5 = {f(), g()}
local t6 = {...}
local t7 = {{1}, {2, {3}}}
local t8-- = {x = {y = {z = 1}}}
local t9 = {[1.5] = 1, [-1] = 2, [true] = 3}
t1.field = t2[1] + t3.a
t1[1] = t1["field"]
t1[300] = 1
t1[-1] = 2
local k = "key"
t1[k] = t4[k]
return t1, t2, t3, t4, t5, t6, t7, t8, t9
}
local t2 = {1, 2, 3}
local t3 = {a = 1, b = "x", c = true, [1] = 0}
local t4 = {1, 