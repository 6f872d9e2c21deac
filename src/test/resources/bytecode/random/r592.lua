local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
d, x = f(2.5, f(x, ...)), t:m(true)
repeat c, x = (#f(nil, ...) + #f(t.k, 2.5)), (b < f(1, x)) repeat local e = ((d .. ... .. 's') + f(1, ...)) local d = nil until f(f(not b, ...), 2.5) local r1, r2 = f(...) local r1, r2 = f(...) until select('#', #t:m((b and x or ...)), ...)
b, x = ((#e and nil or ((e + -7) .. (t.k + ...) .. t:m(c))) and (#f(x, 1e20) < #t:m(...)) or ((#e < (b .. e .. b)) and (f(c, ...) .. x .. d) or ((t.k and 2.5 or -7) .. function(p, ...) c, x = -7, 1 end .. f(a, 2.5)))), select('#', #nil, ...)
local d = not f(f(function(p, ...) b, x = t.k, 1e20 end, ...), true)
f(1)
c, x = {t.k, k = ('s' and 1e20 or t[1]), [select('#', a, ...)] = 1, ...}, {{x, k = select('#', select('#', e, ...), ...), [t:m(#'s')] = 1, ...}, k = f(f(select('#', true, ...), not e), f(2.5, ...)), [(t:m((d < b)) < t[1])] = 1, ...}
t[(t:m(a) < 's')] = (#select('#', #'s', ...) + t.k)
local a = nil
