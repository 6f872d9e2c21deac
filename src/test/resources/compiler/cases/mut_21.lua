local a, b,eturn 1, 2, 3 end)()
t.x, t.y = 1
local i = 1
i, t[i] = i + 1, 20
return a, >b, c, t, i
 c = 1,) 2
a, b = b, a
local t = {}
t[1], t[2], a = a, b, 3
a, b, c = (function() r