local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
do local q = true; local function g() q = q + 1; return q end t.g = g end
do local q = (((t:m(2.5) .. 2.5 .. e) .. ((1 and 2.5 or -7) + t.k) .. c) and (f(1e20, ...) < {b, k = (a + d), [(1e20 and 2.5 or 1e20)] = 1, ...}) or #f(select('#', a, ...), e)); local function g() q = q + 1; return q end t.g = g end
t[((t:m(f(c, true)) + (b and #true or (t[1] + 1))) + (f(select('#', b, ...), 1e20) < (nil < f(d, t.k))))] = f(d, ...)
while e do if x then break end for i = (f(t:m(c), ...) and f(t[1], ...) or t:m(f(t.k, 's'))), 10, 2 do do local q = ({true, k = -7, [x] = 1, ...} and f(a, ...) or (a and 's' or t[1])); local function g() q = q + 1; return q end t.g = g end end return (select('#', t:m('s'), ...) < #1), f((f(1, ...) .. (-7 < t[1]) .. 1e20), ...) end
f((d .. f({#..., k = true, [select('#', b, ...)] = 1, ...}, ...) .. b))
do local q = #...; local function g() q = q + 1; return q end t.g = g end
do local q = select('#', f(true, ...), ...); local function g() q = q + 1; return q end t.g = g end
if f(f(#not 1e20, ...), ...) then t[f({f(nil, t[1]), k = d, ['s'] = 1, ...}, ((t[1] .. 's' .. nil) < select('#', 1, ...)))] = (f(function(p, ...) local b = e local a = b local b = t[1] end, t.k) .. #(true < t[1]) .. (1 .. f(true, a) .. d)) repeat do local q = f(t[1], select('#', e, ...)); local function g() q = q + 1; return q end t.g = g end do local q = select('#', #1e20, ...); local function g() q = q + 1; return q end t.g = g end return ..., (1 + a) until (f(a, (nil .. d .. a)) < t:m({a, k = b, [a] = 1, ...})) a, x = f({(2.5 and e or a), k = (t[1] + 's'), [{1e20, k = 2.5, ['s'] = 1, ...}] = 1, ...}, ...), 's' elseif t:m((f(f(1e20, nil), t:m(d)) < {1, k = select('#', 1e20, ...), [...] = 1, ...})) then f(f({#e, k = (c < 1), [(c < 1)] = 1, ...}, ...)) else for k, v in pairs(f(t:m(t:m(a)), ...)) do do local q = 1e20; local function g() q = q + 1; return q end t.g = g end end c, x = x, nil end
