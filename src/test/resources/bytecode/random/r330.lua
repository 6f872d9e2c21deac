local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
t[b] = ((select('#', f(c, ...), ...) < (a and (b .. t.k .. 's') or 1e20)) + (((-7 < nil) < (a + ...)) < (true < (a and t.k or d))))
f(select('#', t:m('s'), ...))
local r1, r2 = f(...)
local b = f((function(p, ...) for i = 1e20, 10, 2 do local d = c b, x = 2.5, t.k local b = a e, x = 1e20, 2.5 end for i = {x, k = true, [b] = 1, ...}, 10, 2 do local e = 1e20 local d = d local d = a return 's', ... end repeat local a = c local b = nil a, x = a, b local d = t[1] return t.k, 1e20 until f(x, ...) end .. 1 .. #-7), ...)
f((select('#', function(p, ...) local c = #1 for i = function(p, ...) b, x = true, -7 end, 10, 2 do a, x = 's', 's' a, x = d, 1 end for i = e, 10, 2 do local c = t[1] b, x = true, nil local e = -7 end end, ...) < (function(p, ...) for k, v in pairs(t:m(1)) do local c = a local c = b local c = t.k end end + -7)))
do local q = ((((c + b) + ('s' + 's')) + 's') and {(not d and t:m(2.5) or (e + t.k)), k = ..., [not t[1]] = 1, ...} or f((t[1] and x or (nil + -7)), ...)); local function g() q = q + 1; return q end t.g = g end
local r1, r2 = f(...)
t[nil] = 1e20
return not f(b, ...), f(...)
