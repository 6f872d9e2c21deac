local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
local a = f((#not a and {t:m(...), k = (a and 's' or t[1]), [b] = 1, ...} or not t:m(t[1])), ...)
while nil do if x then break end f(not b) return {t:m(f(-7, 2.5)), k = t:m(true), [f((1e20 and -7 or 1), 2.5)] = 1, ...}, 1 end
local c = t.k
f(a)
t[(a and nil or (t.k < (#a + #x)))] = f((... < f(not 's', {1, k = nil, [b] = 1, ...})), ...)
for k, v in pairs(d) do while (f(not -7, ...) .. 's' .. t:m(not c)) do if x then break end f(select('#', f(1, 2.5), ...)) return 's', f((t.k .. 1e20 .. c), ...) end end
for i = c, 10, 2 do do local q = (a < #not d); local function g() q = q + 1; return q end t.g = g end for i = function(p, ...) t[true] = function(p, ...) do local q = f(1e20, ...); local function g() q = q + 1; return q end t.g = g end while (c + x) do if x then break end c, x = 's', e c, x = x, ... end e, x = e, f(t.k, ...) end if function(p, ...) local e = function(p, ...) local a = x local d = ... local a = 2.5 e, x = t[1], t.k end f(select('#', ..., ...)) repeat local d = 2.5 local b = c local b = x until f(a, ...) while f(nil, 2.5) do if x then break end local a = t[1] end end then local r1, r2 = f(...) for k, v in pairs(select('#', 1e20, ...)) do b, x = 2.5, 1e20 local b = nil a, x = c, a b, x = ..., 1 end elseif e then local r1, r2 = f(...) else local r1, r2 = f(...) if (d .. a .. a) then b, x = 1e20, 2.5 local b = b return t.k, ... elseif t:m(d) then a, x = ..., true local a = t[1] return -7, ... else a, x = a, 1e20 e, x = x, c d, x = 1, -7 b, x = c, e return t.k, x end end end, 10, 2 do local r1, r2 = f(...) local r1, r2 = f(...) for i = t:m(b), 10, 2 do e, x = (x < t[1]), (d and -7 or nil) end return {true, k = not nil, [f(nil, ...)] = 1, ...}, (a + c) end end
t[1e20] = select('#', (a < ({t[1], k = 1e20, [d] = 1, ...} .. {c, k = ..., [...] = 1, ...} .. (x < 1))), ...)
