local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
do local q = (... and (1 .. t:m(select('#', 1e20, ...)) .. (function(p, ...) local c = 's' c, x = t[1], nil c, x = t.k, nil end < (true and 1 or a))) or f(not 1e20, ...)); local function g() q = q + 1; return q end t.g = g end
repeat for i = (f({x, k = -7, [...] = 1, ...}, ...) .. 's' .. t:m(#b)), 10, 2 do t[t:m((2.5 + b))] = t[1] end b, x = not t:m(d), (a < t:m((2.5 + ...))) local b = nil local r1, r2 = f(...) return -7, select('#', f(not e, ...), ...) until (t:m((function(p, ...) local e = nil end .. -7 .. (1 < x))) .. f(function(p, ...) for k, v in pairs(f(2.5, t.k)) do b, x = ..., -7 local b = t.k c, x = true, a local c = t[1] end end, ...) .. select('#', (select('#', -7, ...) + (b < nil)), ...))
b, x = f(##(c and b or c), ...), t:m(t:m((2.5 and f(t[1], ...) or e)))
do local q = 1e20; local function g() q = q + 1; return q end t.g = g end
local r1, r2 = f(...)
local r1, r2 = f(...)
do local q = function(p, ...) b, x = #a, (not {-7, k = -7, [2.5] = 1, ...} and f(2.5, ...) or select('#', 2.5, ...)) local r1, r2 = f(...) f(select('#', (f(t[1], ...) + 2.5), ...)) end; local function g() q = q + 1; return q end t.g = g end
for i = ((((e .. a .. c) .. t[1] .. (c .. 2.5 .. 's')) and f(select('#', t.k, ...), not b) or (not b < b)) < select('#', #select('#', nil, ...), ...)), 10, 2 do local c = select('#', ((a < nil) .. t[1] .. (1 + 2.5)), ...) local d = select('#', function(p, ...) while select('#', nil, ...) do if x then break end local b = -7 end while (-7 < d) do if x then break end c, x = 's', 1e20 local a = -7 a, x = 1, 1e20 local c = x end end, ...) while (b + nil) do if x then break end local b = nil local r1, r2 = f(...) f(t[1]) end end
return ((#f(e, ...) < t:m({1, k = 's', [x] = 1, ...})) + select('#', {d, k = (t.k + true), [e] = 1, ...}, ...)), f(...)
