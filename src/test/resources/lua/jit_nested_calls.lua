-- Calls between compiled functions run nested in Java up to a bound, then through the loop. Each case crosses
-- that bound: yields, errors, pcall at depth, metamethods and iterators deep in recursion, stack overflow.
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print("depth", depth(10), depth(100), depth(5000))

-- a yield from deep inside nested compiled calls, resumed, then continuing to unwind
local function deep_yield(n)
  if n == 0 then local v = coroutine.yield("bottom") return v end
  return deep_yield(n - 1) + 1
end
for _, n in ipairs({3, 47, 48, 49, 200}) do
  local co = coroutine.create(deep_yield)
  local ok, v = coroutine.resume(co, n)
  local ok2, r = coroutine.resume(co, 1000)
  print("yield", n, ok, v, ok2, r, coroutine.status(co))
end

-- several yields at different depths of one coroutine
local function walk(n)
  if n > 0 then
    if n % 25 == 0 then coroutine.yield(n) end
    return walk(n - 1)
  end
  return "done"
end
local co = coroutine.wrap(function() return walk(120) end)
local seen = {}
for i = 1, 5 do seen[#seen + 1] = tostring(co()) end
print("walk", table.concat(seen, " "))

-- errors thrown deep and caught by a pcall in the middle of the recursion
local function thrower(n, at)
  if n == at then
    local ok, e = pcall(thrower, n - 1, -1)
    return "caught at " .. n .. ": " .. tostring(e)
  end
  if n == 0 then error("bottom error", 0) end
  return thrower(n - 1, at)
end
print(thrower(10, 5))
print(thrower(120, 60))
print(thrower(120, 10))
print(pcall(thrower, 100, -1))

-- after an error, the nested state is gone: calls keep working
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print("sum", sum(100), sum(1000))

-- metamethods and iterators at depth
local mt = {__add = function(a, b) return a.v + b end, __index = function(t, k) return k * 2 end}
local function meta(n, acc)
  if n == 0 then return acc end
  local o = setmetatable({v = n}, mt)
  return meta(n - 1, acc + (o + 1) + o[n])
end
print("meta", meta(150, 0))
local function iter(n)
  if n == 0 then return 0 end
  local s = 0
  for _, v in ipairs({n, n}) do s = s + v end
  return s + iter(n - 1)
end
print("iter", iter(120))

-- xpcall with a traceback handler deep down
local function tb(n)
  if n == 0 then
    return select(2, xpcall(function() error("x") end, function(m) return "handled: " .. m end))
  end
  return tb(n - 1)
end
print(tb(80))

-- stack overflow is still a catchable Lua error
local function inf(n) return 1 + inf(n + 1) end
local ok, e = pcall(inf, 1)
print("overflow", ok, e)
print("after", depth(60))
