local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
e, x = {(({c, k = -7, [nil] = 1, ...} < (true < true)) < t:m(1e20)), k = t:m(t:m(b)), [select('#', f((nil and b or nil), ...), ...)] = 1, ...}, not f((select('#', t[1], ...) and f(1e20, ...) or not a), true)
while (not f((... .. d .. 's'), ...) and (select('#', 1, ...) < (c < 2.5)) or f(((nil and t.k or nil) and x or not a), b)) do if x then break end local r1, r2 = f(...) return function(p, ...) f(f(select('#', t.k, ...), not t[1])) do local q = 1; local function g() q = q + 1; return q end t.g = g end end, select('#', c, ...) end
local r1, r2 = f(...)
e, x = #select('#', t:m(nil), ...), t.k
local r1, r2 = f(...)
t[-7] = ((({t[1], k = c, [1e20] = 1, ...} and function(p, ...) c, x = d, true a, x = d, 1e20 local a = a end or (1 and -7 or x)) + f((a .. 1 .. t.k), ...)) < t[1])
b, x = (f(select('#', f(d, ...), ...), ...) + t:m(e)), d
t[d] = t:m((({e, k = 1, [b] = 1, ...} and (-7 + e) or select('#', -7, ...)) and (select('#', true, ...) and function(p, ...) c, x = nil, 1e20 local a = 2.5 end or #1) or (e and f(e, ...) or -7)))
