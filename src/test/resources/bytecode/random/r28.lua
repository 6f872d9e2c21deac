local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
b, x = select('#', e, ...), (e and f(f('s', ...), t[1]) or {f(nil, #2.5), k = true, [t:m(nil)] = 1, ...})
e, x = f(c, 1e20), ((#f(2.5, ...) and ((b + ...) < select('#', t.k, ...)) or e) and (-7 < f(f(true, ...), f(a, ...))) or #not a)
local r1, r2 = f(...)
f({t.k, k = d, [(t:m(function(p, ...) local b = c e, x = t.k, t.k b, x = ..., x local c = d end) .. (not e and (b .. 1e20 .. 2.5) or e) .. not not c)] = 1, ...})
d, x = nil, {{b, k = {f(d, ...), k = c, [2.5] = 1, ...}, [(not 1e20 < ('s' < t.k))] = 1, ...}, k = f(t:m((... < nil)), ...), [(t[1] < (select('#', ..., ...) + f(1, 1e20)))] = 1, ...}
local d = ((true < #t:m(nil)) + c)
f(c)
f(t:m((-7 < f(function(p, ...) d, x = nil, d b, x = 1, e local c = 1 d, x = t[1], 's' end, true))))
return t:m((#'s' .. #b .. e)), f(...)
