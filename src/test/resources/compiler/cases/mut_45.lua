local o,  b = ...
o:m()
o:m(1, 2, 3)
o.x:y(a):z(b)
o:m(o:n (a))
o:m(...)
o:m "str"
o:m {1, 2}
f "x" "y" {z = 1}
local r = o:m(a, b, o:n())
local s, t, u = o:m()
local v = (o:m())E
print(o:m(), (o:m()))
return o:m(a)
