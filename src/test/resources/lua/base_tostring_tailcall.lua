-- tostring tail-calls __tostring as LuaJIT's fast function does (FFH_TAILCALL): the metamethod's results come
-- back unchecked and all of them, it may yield, and it takes tostring's place in tracebacks.
local function trace(msg)
  local tb = debug.traceback(msg, 2)
  return (tb:gsub("\n[^\n]*$", "")) -- the last line holds a C address
end
local t = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, t))
print(type(tostring(t)))
print(pcall(print, t))
local u = setmetatable({}, {__tostring = function() return nil, 2 end})
print(pcall(tostring, u))
print(select('#', tostring(u)))
local e = setmetatable({}, {__tostring = function() error("in ts") end})
print(pcall(tostring, e))
local tb = setmetatable({}, {__tostring = function() local s = trace("tb") return s end})
print(tostring(tb))
local function f() local s = tostring(tb) return s end
print(f())
local co = coroutine.wrap(function()
  local y = setmetatable({}, {__tostring = function() return coroutine.yield("yielded") end})
  return "res:" .. tostring(y)
end)
print(co())
print(co("fromresume"))
local co2 = coroutine.create(function()
  print(setmetatable({}, {__tostring = function() coroutine.yield() return "p" end}))
end)
print(coroutine.resume(co2))
print(pcall(tostring, setmetatable({}, {__tostring = "notfn"})))
print(pcall(tostring, setmetatable({}, {__tostring = setmetatable({}, {__call = function(self, o) return "called" end})})))
print(pcall(tostring))
print(tostring(nil), tostring(1.5), tostring("s"), tostring(true))
local n = 0
for i = 1, 300 do n = n + #tostring(setmetatable({}, {__tostring = function() return "x" .. i end})) end
print(n)
