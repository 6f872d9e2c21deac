local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
for i = {(f(select('#', 's', ...), -7) and ((x and b or 's') and not t[1] or (... .. 2.5 .. a)) or (#true and not d or select('#', a, ...))), k = -7, [(f(f(e, t.k), ...) + function(p, ...) local e = select('#', e, ...) if select('#', b, ...) then a, x = d, x local e = 1e20 d, x = d, d local b = 1e20 elseif 2.5 then local a = x b, x = nil, t[1] else e, x = t.k, 2.5 a, x = a, 1e20 end e, x = ('s' < ...), (nil + d) t[(x + ...)] = (nil .. a .. 1e20) end)] = 1, ...}, 10, 2 do t[-7] = e do local q = (f(nil, ...) + ...); local function g() q = q + 1; return q end t.g = g end repeat local r1, r2 = f(...) until ((not t[1] < f(1e20, ...)) and nil or (t:m(true) < #1e20)) end
t[#e] = (... and t:m(((nil + a) < (d .. b .. c))) or select('#', f((1e20 < b), f(true, t.k)), ...))
local e = 2.5
d, x = true, 's'
do local q = f((t:m(b) + not function(p, ...) d, x = nil, true b, x = c, 2.5 local b = c local c = nil end), ...); local function g() q = q + 1; return q end t.g = g end
repeat local r1, r2 = f(...) return (1e20 + (t.k .. (2.5 .. d .. c) .. x)), ... until (1 .. (d .. select('#', f(d, ...), ...) .. not (d < true)) .. f({{t[1], k = true, [a] = 1, ...}, k = f(d, ...), [f(true, a)] = 1, ...}, ...))
local a = ('s' < (a + function(p, ...) f((t[1] and -7 or t.k)) do local q = f(2.5, 1e20); local function g() q = q + 1; return q end t.g = g end while t[1] do if x then break end local b = true end t[(1e20 .. c .. d)] = function(p, ...) local b = b a, x = e, 2.5 local a = -7 end end))
e, x = (f(t:m((e .. a .. 1)), true) + {not (x < x), k = t.k, [select('#', function(p, ...) b, x = 1e20, -7 local c = t[1] end, ...)] = 1, ...}), f(b, t:m(select('#', {b, k = x, [1e20] = 1, ...}, ...)))
return #1, f(...)
