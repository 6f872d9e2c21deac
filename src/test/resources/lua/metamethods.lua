-- metamethods in Lua 5.1 mode
local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({x = a.x + b.x}, V) end
V.__sub = function(a, b) return setmetatable({x = a.x - b.x}, V) end
V.__mul = function(a, b) if type(b) == "number" then return setmetatable({x = a.x * b}, V) end return a.x * b.x end
V.__div = function(a, b) return "div" end
V.__mod = function(a, b) return "mod" end
V.__pow = function(a, b) return "pow" end
V.__unm = function(a) return setmetatable({x = -a.x}, V) end
V.__eq = function(a, b) return a.x == b.x end
V.__lt = function(a, b) return a.x < b.x end
V.__le = function(a, b) return a.x <= b.x end
V.__concat = function(a, b)
  local l = type(a) == "table" and "V" .. a.x or a
  local r = type(b) == "table" and "V" .. b.x or b
  return l .. "&" .. r
end
V.__call = function(self, a, b) return "called", self.x, a, b end
V.__tostring = function(self) return "V(" .. self.x .. ")" end
V.__len = function() return 99 end
function V.new(x) return setmetatable({x = x}, V) end
function V:get() return self.x end
local a, b = V.new(1), V.new(2)
print((a + b).x, (a - b).x, (a * 3).x, a * b, a / b, a % b, a ^ b, (-a).x)
print(a == b, a == V.new(1), a ~= V.new(1), a < b, a <= b, a > b, a >= b)
print(a .. "s", "s" .. a, a .. b, 1 .. a, "x" .. "y" .. a .. "z")
print(a(10, 20))
print(tostring(a), a:get(), #a)
print(#setmetatable({1, 2}, {__len = function() return 5 end}))
-- __le falls back to not __lt(b, a)
local W = {__lt = function(x, y) return x.v < y.v end}
local w1, w2 = setmetatable({v = 1}, W), setmetatable({v = 2}, W)
print(w1 <= w2, w2 <= w1, w1 < w2)
-- __index chains and functions
local base = {greet = function() return "hi" end}
local mid = setmetatable({}, {__index = base})
local top = setmetatable({}, {__index = mid})
print(top.greet(), top.missing)
local calls = 0
local lazy = setmetatable({}, {__index = function(t, k) calls = calls + 1 return k .. "!" end})
print(lazy.foo, lazy[1], calls)
-- __newindex to table and function
local store = {}
local proxy = setmetatable({}, {__newindex = store})
proxy.a = 1
print(rawget(proxy, "a"), store.a)
local log = {}
local logged = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v) end})
logged.x = 1 logged.y = 2 logged.x = 3
print(#log, log[1], log[2], logged.x)
-- __metatable protection
local prot = setmetatable({}, {__metatable = "locked"})
print(getmetatable(prot), pcall(setmetatable, prot, {}))
-- __eq only between same types, and only with the same metamethod
local e1 = setmetatable({}, {__eq = function() return true end})
local e2 = setmetatable({}, {__eq = function() return true end})
print(e1 == e2, e1 == setmetatable({}, getmetatable(e1)), e1 == 1)
-- userdata with __len, __index, __call
local u = newproxy(true)
getmetatable(u).__len = function() return 7 end
getmetatable(u).__index = function(_, k) return k .. "?" end
getmetatable(u).__call = function(_, x) return x * 2 end
print(#u, u.key, u(21))
-- arithmetic metamethods from the right operand
local R = setmetatable({}, {__add = function(a, b) return "radd" end})
print(1 + R, R + 1)
-- __concat with numbers
local C = setmetatable({}, {__concat = function(a, b) return "cat" end})
print(1 .. C, C .. 2, "a" .. "b" .. C)
-- tostring with __tostring returning non-string
print(type(tostring(setmetatable({}, {__tostring = function() return {} end}))))
-- rawequal/rawget bypass
print(rawequal(e1, e2), rawget(lazy, "zzz"))
