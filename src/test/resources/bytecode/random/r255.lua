local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
local c = function(p, ...) while f(((-7 and -7 or c) < {true, k = 2.5, [...] = 1, ...}), (2.5 and #2.5 or (c and t.k or d))) do if x then break end for k, v in pairs((f(true, 's') and t:m(t[1]) or (1 and nil or b))) do d, x = select('#', t[1], ...), t.k repeat d, x = true, true local a = t[1] local e = 2.5 a, x = 's', e return e, d until (a and c or 1) f(1) while (e and -7 or t[1]) do if x then break end e, x = 's', t.k local e = 2.5 local b = x c, x = 1e20, a end return #a, f(d, ...) end local c = (#c + select('#', x, ...)) do local q = not #a; local function g() q = q + 1; return q end t.g = g end end end
while t:m(f(f((... .. e .. t[1]), {'s', k = 1, [-7] = 1, ...}), ...)) do if x then break end do local q = function(p, ...) local r1, r2 = f(...) c, x = select('#', (e + b), ...), f(1e20, ...) repeat while not b do if x then break end c, x = x, x local b = c return ..., 1e20 end for k, v in pairs({t[1], k = 's', [e] = 1, ...}) do c, x = true, ... local c = a local b = e local e = c end return -7, select('#', b, ...) until select('#', f(b, ...), ...) end; local function g() q = q + 1; return q end t.g = g end return f(t:m(f(x, ...)), ...), (e < a) end
t[(nil + nil)] = 's'
b, x = t:m((select('#', (1 .. x .. 's'), ...) < t:m((t.k < true)))), x
local r1, r2 = f(...)
repeat repeat do local q = select('#', t[1], ...); local function g() q = q + 1; return q end t.g = g end local a = {t.k, k = f(nil, 1e20), [true] = 1, ...} until select('#', #t:m(2.5), ...) local c = nil until ('s' and not t:m(select('#', true, ...)) or f(((... < a) < true), (f(x, nil) + t:m(x))))
b, x = select('#', e, ...), f(true, f(t:m(true), #nil))
f((f(((x + x) and t[1] or not d), #(... and d or 1)) .. function(p, ...) local r1, r2 = f(...) d, x = x, true end .. not d))
