local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
f((d < t:m(((d < nil) < f(e, 1)))))
local a = #true
do local q = ((a .. (#t.k .. (b < ...) .. {a, k = c, [e] = 1, ...}) .. c) and ({(c and d or true), k = (1e20 < true), [c] = 1, ...} .. function(p, ...) if select('#', nil, ...) then local b = 1 local a = ... local b = 's' return 's', true elseif 2.5 then e, x = e, -7 d, x = -7, c b, x = c, t.k else c, x = 2.5, b b, x = 1e20, e d, x = true, ... end for i = function(p, ...) local a = 2.5 end, 10, 2 do local a = t.k local e = ... b, x = nil, a local a = e end end .. (x .. (1e20 < 2.5) .. function(p, ...) local e = ... b, x = e, 's' end)) or b); local function g() q = q + 1; return q end t.g = g end
local r1, r2 = f(...)
f(c)
local b = #{select('#', f(1, a), ...), k = a, [t[1]] = 1, ...}
local r1, r2 = f(...)
while (not b .. ((t:m(x) + #2.5) and {f(d, 's'), k = function(p, ...) local b = -7 d, x = 1, 1 end, [t:m(nil)] = 1, ...} or not d) .. not 1e20) do if x then break end local r1, r2 = f(...) t[1] = select('#', 2.5, ...) t[(1e20 and function(p, ...) f(f(e, e)) local b = (d .. 's' .. b) end or t:m({a, k = ..., [1e20] = 1, ...}))] = (e < t:m(b)) f((true and t[1] or (f(nil, ...) .. (a .. 2.5 .. 1e20) .. true))) end
return (f(t:m((1e20 + b)), ...) .. function(p, ...) local r1, r2 = f(...) end .. select('#', (f(-7, ...) + t:m(1e20)), ...)), f(...)
