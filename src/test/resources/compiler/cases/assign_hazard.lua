local a, b, c, t, i = ...
a, b = b, a
a, b, c = c, a, b
t[i], t = 1, 2
t[i], i = 1, 2
i, t[i] = t[i], i
t.x, t.y = t.y, t.x
a, b = f()
a, b, c = f(), g()
a, b, c = 1
a, b = 1, 2, 3
a, b = ...
x, y = y, x
t[1], t[2], t[3] = 3, 2, 1
a = a
local d, e = e, d
local f1, f2 = (f())
return a, b, c, t, i
