local function f(a, b) local c = a + b; return function() return c * 3 end end
return f(1, 2)
