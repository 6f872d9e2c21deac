local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
local r1, r2 = f(...)
local r1, r2 = f(...)
for k, v in pairs((1 and function(p, ...) repeat f(function(p, ...) b, x = nil, t.k local b = t.k local e = true local a = e end) while select('#', t.k, ...) do if x then break end d, x = d, 1e20 local c = x a, x = true, c end for k, v in pairs(not 1e20) do e, x = e, 's' local e = 2.5 end while t.k do if x then break end b, x = e, ... b, x = a, ... a, x = 1, 's' end until nil end or not {not 1, k = (x < true), [nil] = 1, ...})) do e, x = (not (t[1] + true) < f(#..., (b and -7 or t.k))), f(select('#', a, ...), ...) t[d] = ((not 2.5 and (... + a) or (b .. t[1] .. t[1])) and ((c + c) < (x .. e .. true)) or (function(p, ...) d, x = 's', 1e20 end and {t.k, k = c, ['s'] = 1, ...} or t:m(x))) local r1, r2 = f(...) return {function(p, ...) local r1, r2 = f(...) e, x = select('#', a, ...), #b for k, v in pairs(function(p, ...) b, x = ..., b local a = 1e20 local a = a end) do c, x = ..., 1e20 return 1, d end t[#'s'] = 1 end, k = (t:m(x) < c), [f(not x, ...)] = 1, ...}, (((1 + -7) < true) .. a .. (function(p, ...) c, x = 1, a local d = 1e20 c, x = nil, x end .. (... < c) .. {t.k, k = e, [1] = 1, ...})) end
f((f(((x + 2.5) < select('#', 's', ...)), select('#', (1 .. -7 .. true), ...)) < d))
local b = #f(f(t.k, ...), not (nil < t.k))
local a = #not function(p, ...) b, x = 's', select('#', ..., ...) end
t[((t:m(f(-7, ...)) .. {(2.5 and 1 or c), k = -7, [not b] = 1, ...} .. not f(c, x)) < (2.5 and select('#', f(t.k, 1e20), ...) or 1e20))] = #-7
local r1, r2 = f(...)
