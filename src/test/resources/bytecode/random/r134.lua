local t, x, a, b, c, d, e = {}, 1
local function f(...) return ... end
f(select('#', select('#', f(1e20, t.k), ...), ...))
for i = f(not ((nil < c) .. select('#', t.k, ...) .. {nil, k = e, [t.k] = 1, ...}), ...), 10, 2 do for k, v in pairs(function(p, ...) d, x = e, f(x, nil) end) do repeat for k, v in pairs(f(a, 1)) do local e = c local a = 1 return d, ... end while f(c, ...) do if x then break end e, x = b, b b, x = 's', 's' end return (-7 + c), nil until ({-7, k = t[1], [true] = 1, ...} .. {-7, k = -7, [true] = 1, ...} .. (t.k .. d .. 2.5)) do local q = 1; local function g() q = q + 1; return q end t.g = g end t[(nil and function(p, ...) b, x = b, 2.5 e, x = d, nil end or f(1e20, ...))] = ((t[1] + c) + x) end repeat local r1, r2 = f(...) until not x for i = {function(p, ...) local r1, r2 = f(...) end, k = (not 's' .. select('#', b, ...) .. select('#', 1e20, ...)), [e] = 1, ...}, 10, 2 do b, x = function(p, ...) for i = #true, 10, 2 do local e = c a, x = x, t[1] a, x = true, x return true, 's' end if (t[1] + b) then d, x = 1, b b, x = t[1], 's' local e = ... elseif t:m('s') then a, x = 2.5, ... return 1e20, 1e20 else a, x = nil, b local a = nil local d = c end repeat local d = a local a = 1e20 return 's', b until x for i = 1e20, 10, 2 do local e = true local e = a end end, ((... and 2.5 or ...) + t:m(x)) end return t:m(select('#', not t[1], ...)), (#{1e20, k = b, [d] = 1, ...} < f(not c, 's')) end
local r1, r2 = f(...)
t[x] = (1e20 and ((t:m(1) and e or #t[1]) and function(p, ...) for k, v in pairs((t[1] and -7 or b)) do d, x = 2.5, 2.5 local e = t[1] a, x = d, true end end or #(b and c or 's')) or #select('#', (x .. 2.5 .. -7), ...))
local e = #not f(#-7, f(true, ...))
for i = #d, 10, 2 do local r1, r2 = f(...) end
local r1, r2 = f(...)
local r1, r2 = f(...)
return b, f(...)
