local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
f(select('#', not 1e20, ...))
c, x = -7, (f(function(p, ...) f((1e20 < 2.5)) end, 2.5) < f(2.5, select('#', d, ...)))
f(2.5)
t[(true + ((-7 < t:m(d)) + f(f(1e20, a), ...)))] = x
a, x = ..., ({f(t:m(e), ...), k = select('#', f(e, ...), ...), [not ...] = 1, ...} .. ... .. (t:m(#true) < f(not 1, select('#', e, ...))))
for i = ((f((1e20 .. x .. d), b) < not 's') and (#not e + ({2.5, k = c, [2.5] = 1, ...} < (2.5 and e or c))) or {('s' + {d, k = c, [c] = 1, ...}), k = ..., [(function(p, ...) c, x = b, 's' b, x = 1, e local e = true end < {1e20, k = t[1], [true] = 1, ...})] = 1, ...}), 10, 2 do for i = f(f(function(p, ...) local e = nil local b = 's' end, ...), select('#', {'s', k = 1, [nil] = 1, ...}, ...)), 10, 2 do do local q = (f(c, ...) .. not a .. (2.5 + t[1])); local function g() q = q + 1; return q end t.g = g end for i = (d < f(1e20, ...)), 10, 2 do repeat d, x = b, c e, x = 1, true until #e for i = 2.5, 10, 2 do local a = a local b = 1 return 's', 2.5 end end return select('#', #2.5, ...), #f(b, ...) end end
local e = ((c + 's') + #a)
do local q = t:m(select('#', function(p, ...) f(#c) local e = select('#', e, ...) while (-7 < c) do if x then break end d, x = -7, nil end do local q = true; local function g() q = q + 1; return q end t.g = g end end, ...)); local function g() q = q + 1; return q end t.g = g end
