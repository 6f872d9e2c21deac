local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
t[-7] = 1
f(f(e, ...))
local r1, r2 = f(...)
f(true)
do local q = 2.5; local function g() q = q + 1; return q end t.g = g end
f((t:m((#1 < 2.5)) and f((t[1] + a), ...) or select('#', #t[1], ...)))
local r1, r2 = f(...)
local e = select('#', (... .. (t:m(b) and select('#', e, ...) or f(a, c)) .. ((1e20 .. d .. ...) and f(t[1], ...) or function(p, ...) a, x = ..., ... d, x = d, 2.5 end)), ...)
return function(p, ...) local r1, r2 = f(...) while ((function(p, ...) local a = 1 a, x = 's', ... end .. (a + 2.5) .. (-7 .. 2.5 .. b)) and x or a) do if x then break end while (f(a, 1e20) .. (e + t[1]) .. 's') do if x then break end for k, v in pairs(...) do local e = ... a, x = x, t.k end return {c, k = 1, ['s'] = 1, ...}, d end local r1, r2 = f(...) end do local q = not not t[1]; local function g() q = q + 1; return q end t.g = g end end, f(...)
