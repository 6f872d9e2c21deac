local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
while t:m(f(((e < 1e20) + {..., k = b, [...] = 1, ...}), ...)) do if x then break end local r1, r2 = f(...) end
b, x = f((not (nil and 1e20 or x) and {f(d, a), k = t:m(d), [{1e20, k = b, [true] = 1, ...}] = 1, ...} or #nil), ...), ###(t.k and e or x)
local r1, r2 = f(...)
b, x = not b, f(1e20, ...)
f({(#{..., k = ..., [e] = 1, ...} < not not nil), k = {f(#a, #b), k = not function(p, ...) b, x = 2.5, true c, x = 2.5, e local d = true local d = nil end, [f((a and 2.5 or d), ...)] = 1, ...}, [function(p, ...) local b = {{d, k = e, [e] = 1, ...}, k = (... + d), [a] = 1, ...} do local q = {(true < true), k = {d, k = 2.5, [t.k] = 1, ...}, [select('#', d, ...)] = 1, ...}; local function g() q = q + 1; return q end t.g = g end end] = 1, ...})
t[t:m((t:m(1e20) and a or 1e20))] = 1e20
for k, v in pairs(not ###t.k) do t['s'] = t.k t[...] = (a .. ((d .. x .. e) + true) .. e) return a, {true, k = #(a .. 's' .. 1), [f(d, ...)] = 1, ...} end
local r1, r2 = f(...)
return select('#', f((x + t:m(...)), ...), ...), f(...)
