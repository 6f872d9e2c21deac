local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
local r1, r2 = f(...)
t[f(..., ...)] = (nil .. not #f(a, true) .. {f(1e20, not d), k = ((t[1] < c) and not 1e20 or function(p, ...) d, x = 's', x e, x = nil, b end), [1e20] = 1, ...})
t[t:m(1e20)] = not not {t:m(1e20), k = f(..., ...), [true] = 1, ...}
t[(f(true, not t:m(nil)) and (function(p, ...) c, x = 's', function(p, ...) local e = a end end < f(select('#', x, ...), function(p, ...) local d = true local b = e b, x = x, t.k c, x = t[1], true end)) or (((c .. 1 .. x) and -7 or (true .. a .. 's')) .. f(t:m(t.k), ...) .. 's'))] = select('#', function(p, ...) do local q = (function(p, ...) local a = nil end and (true .. ... .. true) or a); local function g() q = q + 1; return q end t.g = g end local r1, r2 = f(...) e, x = {function(p, ...) a, x = ..., b local e = b local e = 2.5 end, k = true, [(true < d)] = 1, ...}, f((... .. 1e20 .. nil), (a and b or t[1])) end, ...)
f(({f(not d, f(t[1], nil)), k = nil, [...] = 1, ...} < {f(a, ...), k = a, [t.k] = 1, ...}))
t[({select('#', (d < true), ...), k = #(t.k and d or -7), [select('#', t:m(t[1]), ...)] = 1, ...} and t:m(f((e < -7), not 2.5)) or function(p, ...) f({nil, k = not 2.5, [(-7 < ...)] = 1, ...}) end)] = {nil, k = d, [2.5] = 1, ...}
local a = select('#', b, ...)
local c = t.k
