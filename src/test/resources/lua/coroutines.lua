-- coroutines: resume/yield, status, wrap, yield across pcall/metamethods/iterators
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c = coroutine.yield(a + b)
  print("got", c)
  local d, e = coroutine.yield(c * 2)
  print("got", d, e)
  return "done", 99
end)
print(coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, "x", "y"))
print(coroutine.status(co))
print(coroutine.resume(co))
-- generators with wrap
local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
for i in range(4) do io_unused = i print("range", i) end
-- yield across pcall
local co2 = coroutine.create(function()
  local ok, v = pcall(function()
    local x = coroutine.yield("in pcall")
    error("after " .. x)
  end)
  print("pcall result", ok, v)
  local ok2, v2 = pcall(coroutine.yield, "yield as pcall body")
  print("pcall2", ok2, v2)
  return "end"
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "resume1"))
print(coroutine.resume(co2, "resume2"))
print(coroutine.status(co2))
-- yield across metamethods
local mt = {
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __eq = function(a, b) return coroutine.yield("eq") end,
  __call = function(self, x) return coroutine.yield("call " .. x) end,
  __newindex = function(t, k, v) coroutine.yield("newindex " .. k) end,
}
local co3 = coroutine.wrap(function()
  local o = setmetatable({}, mt)
  local o2 = setmetatable({}, mt)
  print("index ->", o.foo)
  print("add ->", o + 1)
  print("lt ->", o < o2)
  print("concat ->", o .. "s")
  print("eq ->", o == o2)
  print("call ->", o(5))
  o.bar = 1
  print("newindex done", rawget(o, "bar"))
  return "finished"
end)
print(co3())
print(co3("v1"))
print(co3(42))
print(co3(false))
print(co3("cc"))
print(co3(true))
print(co3("r"))
print(co3())
-- yield across for-in iterator
local co4 = coroutine.wrap(function()
  local function iter(s, i)
    if i >= 3 then return nil end
    coroutine.yield("iter " .. i)
    return i + 1
  end
  for i in iter, nil, 0 do print("loop", i) end
  return "iter done"
end)
print(co4()) print(co4()) print(co4()) print(co4())
-- errors
print(coroutine.resume(co))
local dead = coroutine.wrap(function() end)
dead()
print(pcall(dead))
local co5 = coroutine.create(function() error("inside") end)
print(coroutine.resume(co5))
print(coroutine.status(co5))
local co6 = coroutine.create(function() error({}) end)
local ok, e = coroutine.resume(co6)
print(ok, type(e))
print(pcall(coroutine.wrap(function() error("wrapped") end)))
print(pcall(coroutine.yield, 1))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.create, 1))
local self
self = coroutine.create(function() return coroutine.resume(self) end)
print(coroutine.resume(self))
print(coroutine.running())
print(coroutine.isyieldable())
print(coroutine.wrap(function() return coroutine.isyieldable(), coroutine.running() ~= nil end)())
local outer = coroutine.create(function()
  local inner = coroutine.create(function() coroutine.yield(coroutine.status(outer)) end)
  print("inner says", coroutine.resume(inner))
  coroutine.yield("outer yield")
end)
print(coroutine.resume(outer))
print(coroutine.status(outer))
-- many values
local co8 = coroutine.wrap(function(...) local n = select('#', coroutine.yield(...)) return n end)
print(co8(1, 2, 3, 4, 5))
print(co8(nil, nil))
-- coroutine body is a builtin
local cp = coroutine.create(print)
print(coroutine.resume(cp, "printed by builtin body"))
local cy = coroutine.wrap(coroutine.yield)
print(cy("y1"))
print(cy("y2"))
