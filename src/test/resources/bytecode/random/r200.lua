local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
local b = (nil + select('#', f(not -7, d), ...))
for k, v in pairs(((f(not d, ...) .. f(f(t.k, d), (... < e)) .. #b) and select('#', f(not true, f(..., ...)), ...) or ((t:m(x) .. (2.5 + c) .. -7) < t:m((x + 's'))))) do do local q = #f(not b, ...); local function g() q = q + 1; return q end t.g = g end return (#(a and true or b) .. f(select('#', a, ...), f(2.5, ...)) .. a), -7 end
local a = select('#', f(select('#', 1e20, ...), ...), ...)
local a = #select('#', 1, ...)
repeat f(f(select('#', f(a, -7), ...), ...)) until select('#', b, ...)
for i = ((e + select('#', e, ...)) and {f((t.k and t.k or 1), t.k), k = f({-7, k = -7, [x] = 1, ...}, t[1]), [f((t.k and e or a), function(p, ...) a, x = e, nil c, x = x, 's' a, x = ..., nil end)] = 1, ...} or 2.5), 10, 2 do f(#{(1 and x or c), k = (true .. e .. 1), [not true] = 1, ...}) local d = a local r1, r2 = f(...) return e, (a and {f(1e20, ...), k = c, [f(2.5, ...)] = 1, ...} or f(f(2.5, ...), f(d, -7))) end
while (f({1e20, k = #1, [t:m(1)] = 1, ...}, ...) .. ((2.5 and 2.5 or t[1]) .. 1e20 .. function(p, ...) for i = ..., 10, 2 do local e = t.k end while 's' do if x then break end b, x = c, a end local r1, r2 = f(...) t[t:m('s')] = true end) .. (({'s', k = true, [b] = 1, ...} < not 2.5) and not select('#', ..., ...) or select('#', (2.5 and ... or 1), ...))) do if x then break end f(not #(t.k .. -7 .. c)) end
local r1, r2 = f(...)
return (d + (... .. t:m(t.k) .. t[1])), f(...)
