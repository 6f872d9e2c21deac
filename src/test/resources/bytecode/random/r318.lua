local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
local r1, r2 = f(...)
local d = (true and select('#', {f(1, ...), k = c, [(-7 and 1e20 or c)] = 1, ...}, ...) or #f('s', f(b, ...)))
do local q = e; local function g() q = q + 1; return q end t.g = g end
while ((x .. (t:m(true) .. #d .. (t[1] and 's' or t.k)) .. #not nil) .. function(p, ...) f(nil) do local q = t:m(select('#', b, ...)); local function g() q = q + 1; return q end t.g = g end e, x = {not a, k = (nil + x), [-7] = 1, ...}, f(f(a, ...), #d) end .. b) do if x then break end f({f(true, ...), k = f(f(-7, ...), t[1]), [select('#', (-7 < 's'), ...)] = 1, ...}) do local q = 's'; local function g() q = q + 1; return q end t.g = g end t[select('#', ((t[1] and 1e20 or true) < t[1]), ...)] = t:m(f(f(1e20, ...), ...)) end
repeat local c = ({b, k = (-7 .. 1e20 .. 1), [t:m(...)] = 1, ...} and (e and #1 or c) or (function(p, ...) c, x = ..., a d, x = x, ... local e = t[1] end and (true < a) or (c .. true .. t[1]))) local r1, r2 = f(...) until function(p, ...) f(f(f(f(1e20, ...), ...), ...)) while (2.5 and f((1 + ...), (2.5 + 1)) or {d, k = not b, [(t.k + e)] = 1, ...}) do if x then break end t[#f(a, ...)] = f(..., (t[1] and ... or t[1])) local r1, r2 = f(...) end end
t[#function(p, ...) local r1, r2 = f(...) end] = f((e .. not function(p, ...) local d = ... end .. t:m((t.k + 2.5))), not function(p, ...) f((c < 2.5)) e, x = (1 + x), -7 f(select('#', t.k, ...)) f(t:m(c)) end)
f(((t.k and (not c .. (x < t.k) .. d) or f('s', ...)) + (function(p, ...) a, x = (x + 1), (2.5 + t[1]) end < select('#', f(true, true), ...))))
t[(not 2.5 < (c < f(nil, d)))] = -7
return #select('#', (not 1e20 < -7), ...), f(...)
