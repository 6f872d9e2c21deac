local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
local a = ('s' and (#function(p, ...) local a = e a, x = t.k, d e, x = e, 2.5 e, x = 2.5, e end and t.k or #{1, k = 2.5, [-7] = 1, ...}) or f(#f(nil, b), f(select('#', 1, ...), f(..., a))))
d, x = function(p, ...) local a = ({select('#', 's', ...), k = 1e20, [(true + x)] = 1, ...} .. select('#', 1, ...) .. a) do local q = (t[1] .. #{e, k = -7, [true] = 1, ...} .. (#'s' .. (b < 's') .. (t[1] + e))); local function g() q = q + 1; return q end t.g = g end end, f(select('#', (#2.5 < not c), ...), select('#', (select('#', true, ...) and f('s', ...) or (t.k and d or e)), ...))
for k, v in pairs(f((#('s' + 2.5) + ((-7 and b or ...) and -7 or (x and c or -7))), ...)) do local r1, r2 = f(...) return (d + true), not (#1 < #2.5) end
repeat a, x = 2.5, x d, x = t[1], 2.5 do local q = not (1e20 + f(-7, x)); local function g() q = q + 1; return q end t.g = g end f(f(b, f((d and e or e), ...))) until f((d .. a .. {not 1e20, k = (2.5 and 1e20 or 's'), [(nil .. -7 .. t.k)] = 1, ...}), ...)
local e = (1 < f(f(t.k, ('s' + 's')), (not 1e20 < not true)))
local c = (#(function(p, ...) b, x = c, t.k end .. select('#', t.k, ...) .. 1e20) < nil)
repeat local c = 1e20 for i = b, 10, 2 do repeat if f(true, x) then local b = true local e = a local a = t[1] e, x = t.k, d elseif -7 then local e = d a, x = d, 1 d, x = a, c return ..., 's' else local d = a a, x = a, 's' b, x = 1, a return d, a end return (d .. ... .. t.k), nil until 2.5 t[not #'s'] = t.k return (f(d, x) + -7), t:m(not 1e20) end f({f((d < ...), (t[1] + 1e20)), k = #1e20, [t:m(#true)] = 1, ...}) return not ({b, k = d, [nil] = 1, ...} + select('#', nil, ...)), (a < #f(nil, ...)) until ({'s', k = ((... < 1e20) and b or c), [select('#', (1 + d), ...)] = 1, ...} + ((f(true, t[1]) + function(p, ...) d, x = b, b end) + not not nil))
local r1, r2 = f(...)
