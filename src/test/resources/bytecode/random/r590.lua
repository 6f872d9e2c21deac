local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
local a = (select('#', f(not t[1], f('s', d)), ...) and c or (((a < 1e20) .. f(d, ...) .. t:m(b)) and not 's' or not (-7 < 's')))
do local q = #not select('#', 's', ...); local function g() q = q + 1; return q end t.g = g end
for i = (d + t:m((t:m(c) + (... + 1e20)))), 10, 2 do while (d .. true .. not (1e20 and -7 or 2.5)) do if x then break end f(d) local r1, r2 = f(...) end return f(select('#', not 's', ...), ...), #not {e, k = nil, [1e20] = 1, ...} end
t[#...] = function(p, ...) repeat if #f(d, ...) then local r1, r2 = f(...) elseif -7 then while (t[1] < t.k) do if x then break end c, x = 's', t.k d, x = b, d end else local r1, r2 = f(...) t[x] = #'s' repeat d, x = e, t[1] local d = nil until (e and true or b) end do local q = -7; local function g() q = q + 1; return q end t.g = g end while t:m((x < c)) do if x then break end for k, v in pairs(e) do local b = -7 end for i = (a + a), 10, 2 do local c = nil return a, 1e20 end do local q = {a, k = b, [1e20] = 1, ...}; local function g() q = q + 1; return q end t.g = g end end do local q = ...; local function g() q = q + 1; return q end t.g = g end until ((nil and (1e20 + t[1]) or 's') + {select('#', x, ...), k = t:m(t[1]), [true] = 1, ...}) local d = (select('#', x, ...) and f('s', function(p, ...) a, x = t[1], 1 local c = b c, x = c, nil a, x = a, t.k end) or f(f(true, true), ...)) end
f(select('#', (... and {(... .. 1e20 .. t[1]), k = 1, [...] = 1, ...} or function(p, ...) f(f(..., b)) end), ...))
for i = 1e20, 10, 2 do local a = f('s', ...) local c = (b and (t:m(t.k) and (t.k and x or d) or #true) or (#d .. (c and x or nil) .. function(p, ...) c, x = ..., e c, x = a, t[1] end)) b, x = f((f(e, x) and c or {-7, k = 1, ['s'] = 1, ...}), ...), t[1] end
t[f(#(1e20 .. not b .. -7), #true)] = (a + f(f({t.k, k = 's', [a] = 1, ...}, t:m('s')), (x < (true < true))))
local e = select('#', not ((e .. t[1] .. e) < {1, k = a, [...] = 1, ...}), ...)
