local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
local c = t[1]
local c = nil
a, x = true, ...
local r1, r2 = f(...)
a, x = 1, ...
do local q = (##... < function(p, ...) t[(t:m(d) .. {..., k = t.k, [nil] = 1, ...} .. 1e20)] = f({-7, k = b, [c] = 1, ...}, ...) end); local function g() q = q + 1; return q end t.g = g end
local r1, r2 = f(...)
t[f(not 2.5, ...)] = function(p, ...) local d = t.k local e = (c .. {(1 .. nil .. d), k = (1e20 < 1), [#1e20] = 1, ...} .. {#t.k, k = (-7 and 1e20 or t.k), [e] = 1, ...}) repeat local b = select('#', {b, k = 1, [d] = 1, ...}, ...) do local q = function(p, ...) if #1e20 then local a = nil elseif 1e20 then local a = 's' local d = e e, x = nil, t.k return t[1], 1 else a, x = a, true local d = e d, x = d, 1 end for k, v in pairs((... + ...)) do a, x = c, a local b = t.k local d = -7 local a = x end d, x = ..., (d < a) for i = {1e20, k = d, [nil] = 1, ...}, 10, 2 do local e = true e, x = t.k, t.k d, x = 1, ... end end; local function g() q = q + 1; return q end t.g = g end until {f((true + 1e20), select('#', t.k, ...)), k = {not t.k, k = 1, [(x .. a .. 's')] = 1, ...}, [not select('#', d, ...)] = 1, ...} do local q = {(f(t[1], e) .. (a + d) .. t:m(t[1])), k = (... and e or function(p, ...) c, x = true, e local c = e local b = 1 c, x = b, a end), [f(b, f(b, ...))] = 1, ...}; local function g() q = q + 1; return q end t.g = g end end
return (e + (f((t.k and true or a), select('#', 1e20, ...)) and 2.5 or -7)), f(...)
