local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
local b = f((((d .. ... .. b) + function(p, ...) e, x = true, -7 local c = b local e = d end) + t:m({x, k = 2.5, [d] = 1, ...})), ...)
local d = (f(f(1, t.k), -7) < -7)
a, x = a, 's'
a, x = (#not select('#', a, ...) < select('#', 1e20, ...)), ((((1e20 + d) + 's') + function(p, ...) e, x = f(a, 2.5), (1 and 1 or 's') for i = select('#', 2.5, ...), 10, 2 do local e = 's' end f(true) end) < (c and not 2.5 or function(p, ...) for k, v in pairs(e) do local d = 1 d, x = nil, -7 local b = d end local r1, r2 = f(...) local c = -7 while 1e20 do if x then break end local a = ... end end))
f(((f(f(x, ...), ...) < ...) and t[1] or f(f((x .. e .. b), ...), ...)))
while a do if x then break end local r1, r2 = f(...) t[f(true, ...)] = true do local q = f(function(p, ...) d, x = f(1, ...), (... .. 1e20 .. ...) f(#nil) end, function(p, ...) repeat local d = ... local e = a local e = nil until (1e20 + c) end); local function g() q = q + 1; return q end t.g = g end end
t[f({({'s', k = a, [d] = 1, ...} + (b .. 1 .. c)), k = x, [(a .. 1 .. #'s')] = 1, ...}, select('#', {(1 .. 1e20 .. b), k = nil, [function(p, ...) local a = 's' local a = true end] = 1, ...}, ...))] = f((function(p, ...) for i = select('#', t.k, ...), 10, 2 do local e = c end c, x = ('s' + nil), t:m(x) end .. e .. ({c, k = x, [d] = 1, ...} .. (1e20 < nil) .. not e)), f(..., ((x and 's' or 's') < t:m(b))))
local b = t:m(function(p, ...) for k, v in pairs(function(p, ...) for i = c, 10, 2 do local a = 1e20 a, x = nil, 1 e, x = c, 1e20 end end) do t[{1e20, k = 1e20, [...] = 1, ...}] = 1 end end)
return not (1e20 < (f('s', ...) .. f(d, ...) .. {nil, k = a, [x] = 1, ...})), f(...)
