-- debug.traceback: messages, levels, threads, non-string messages
local function strip(s)
  -- the host's C frame at the bottom differs between implementations
  return (s:gsub("\n\t%[C%]: at 0x%x+$", ""):gsub("\n\t%[C%]: in %?$", ""))
end

local function lvl3() return strip(debug.traceback("msg", 1)) end
local function lvl2() local s = lvl3() return s end
local function lvl1() local s = lvl2() return s end
print(lvl1())
print(strip(debug.traceback()))
print(strip(debug.traceback("level 0", 0)))
print(strip(debug.traceback("level 2", 2)))
print(strip(debug.traceback("level 50", 50)))
print(strip(debug.traceback(42)))
print(strip(debug.traceback("numeric level", "1")))
print(debug.traceback(nil))
print(debug.traceback(nil, 1))
print(type(debug.traceback({})), type(debug.traceback(true)), type(debug.traceback(print)))
local t = {}
print(debug.traceback(t) == t)
print(select('#', debug.traceback(nil)))
print(pcall(debug.traceback, "x", {}))

-- pcall / metamethod / tail call frames
local function inner() return strip(debug.traceback("in pcall")) end
print(select(2, pcall(inner)))
local mt = setmetatable({}, {__index = function(t, k) return strip(debug.traceback("in __index")) end})
print(mt.field)
local function tail() return debug.traceback("tail") end
local function caller() return tail() end
print(strip(caller()))
local function named() local s = strip(debug.traceback("named")) return s end
local obj = {method = named}
print(obj:method())
print(obj.method())

-- deep recursion: the middle levels are elided
local function rec(n)
  if n == 0 then return strip(debug.traceback("deep")) end
  local s = rec(n - 1)
  return s
end
print(rec(30))
print(rec(10))

-- xpcall handler
print(xpcall(function() error("oops") end, function(m) return strip(debug.traceback(m, 2)) end))
print(xpcall(function() local x = nil; return x.y end, function(m) return strip(debug.traceback(m)) end))

-- threads
local co = coroutine.create(function(a)
  local function deeper() coroutine.yield(a) end
  deeper()
  error("co error")
end)
print(debug.traceback(co))
coroutine.resume(co, 1)
print(debug.traceback(co))
print(debug.traceback(co, "suspended"))
print(debug.traceback(co, "level 1", 1))
print(debug.traceback(co, nil))
print(debug.traceback(co, 7))
print(coroutine.resume(co))
print(debug.traceback(co, "dead"))
local co2 = coroutine.create(function() local x = nil; return x + 1 end)
print(coroutine.resume(co2))
print(debug.getinfo(co2, 0, "l").currentline)
local w = coroutine.wrap(function() print(strip(debug.traceback("inside wrap"))) end)
w()
