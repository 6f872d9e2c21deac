local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
a, x = (#(select('#', t.k, ...) + ('s' + t[1])) < t:m(t[1])), not -7
local r1, r2 = f(...)
do local q = 1; local function g() q = q + 1; return q end t.g = g end
local r1, r2 = f(...)
repeat local r1, r2 = f(...) until not {e, k = (1e20 and f(t.k, ...) or not 1e20), [not function(p, ...) d, x = x, t[1] e, x = 1, 1 local c = c b, x = nil, nil end] = 1, ...}
a, x = #f({x, k = {t[1], k = a, [t[1]] = 1, ...}, [#true] = 1, ...}, ...), #true
t[not ##(t.k .. a .. t.k)] = -7
f(function(p, ...) for i = true, 10, 2 do local r1, r2 = f(...) f(select('#', f(1, x), ...)) do local q = function(p, ...) if {c, k = c, [t.k] = 1, ...} then local e = t.k e, x = x, b return e, t.k elseif not -7 then local d = 's' local e = 's' e, x = 1, nil return e, 1 else local b = b d, x = ..., e local b = d d, x = x, t[1] end t[t:m(b)] = function(p, ...) c, x = x, t[1] c, x = -7, 1 e, x = b, 1e20 end end; local function g() q = q + 1; return q end t.g = g end for k, v in pairs((1e20 + t:m(2.5))) do e, x = nil, select('#', e, ...) t[1] = a local r1, r2 = f(...) end end repeat do local q = (select('#', nil, ...) < (b .. -7 .. 1e20)); local function g() q = q + 1; return q end t.g = g end do local q = -7; local function g() q = q + 1; return q end t.g = g end until 1e20 end)
