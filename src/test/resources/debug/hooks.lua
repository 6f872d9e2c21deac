-- debug.sethook events: call, return, line, count (run once the interpreter reports hook events)
local ev
local function record(e, line)
  local i = debug.getinfo(2, "nSl")
  ev[#ev + 1] = e .. ":" .. tostring(line) .. ":" .. tostring(i.name) .. ":" .. i.what .. ":" .. i.currentline
end
local function run(title, mask, count, fn)
  ev = {}
  debug.sethook(record, mask, count)
  fn()
  debug.sethook()
  print(title)
  for _, e in ipairs(ev) do print("", e) end
end

local function add(a, b)
  local s = a + b
  return s
end
local function tail(x) return add(x, 1) end
local function varargs(...)
  local n = select('#', ...)
  return n
end

run("calls and returns", "cr", 0, function()
  local x = add(1, 2)
  x = tail(x)
  x = varargs(1, 2, 3)
  x = tostring(x)
end)

run("lines", "l", 0, function()
  local t = 0
  for i = 1, 3 do
    t = t + i
  end
  if t > 5 then
    t = add(t, 1)
  else
    t = 0
  end
  while t > 5 do t = t - 3 end
  repeat t = t + 1 until t > 6
end)

run("count 4", "", 4, function()
  local a = 1
  a = a + 1
  a = a * 2
  a = add(a, a)
  a = a - 1
end)

run("count with lines", "l", 3, function()
  local a = 1
  a = a + 1
  a = a * 2
end)

run("return with count", "r", 2, function()
  local a = add(1, 2)
  a = add(a, 1)
end)

run("everything", "crl", 0, function()
  local ok = pcall(add, 1, 2)
  local t = setmetatable({}, {__index = function(t, k) return k end})
  local v = t.x
end)

-- the hook sees the hooked function's locals and can change them
local function target()
  local v = 1
  v = v + 1
  return v
end
local second = debug.getinfo(target, "S").linedefined + 2
ev = {}
debug.sethook(function(e, line)
  if line == second then
    local name, value = debug.getlocal(2, 1)
    ev[#ev + 1] = name .. "=" .. tostring(value)
    debug.setlocal(2, 1, 99)
  end
end, "l")
local changed = target()
debug.sethook()
print("setlocal from hook", ev[1], changed)

-- no hook events inside the hook itself
local inner = 0
debug.sethook(function() inner = inner + 1; local x = add(1, 1) end, "crl")
local y = add(2, 3)
debug.sethook()
print("events without recursion", inner)

-- hooks are global: coroutines trigger them too
ev = {}
local co = coroutine.wrap(function(a)
  local b = coroutine.yield(a)
  return b
end)
debug.sethook(record, "l")
co(1); co(2)
debug.sethook()
print("coroutine lines")
for _, e in ipairs(ev) do print("", e) end

-- an error in a hook propagates from the hooked code
local ok, err = pcall(function()
  debug.sethook(function(e, line) debug.sethook() error("hook failed at " .. tostring(line)) end, "l")
  local q = 1
end)
print("error in hook", ok, err)
print(debug.gethook())

-- traceback from a hook
debug.sethook(function(e)
  local tb = debug.traceback("in hook", 1)
  debug.sethook()
  print((tb:gsub("\n\t%[C%]: at 0x%x+$", "")))
end, "r")
add(1, 1)

-- call hooks see a function's arguments before a vararg frame is set up; parameter changes stick
local seen = {}
local function fixed(a, b) return a end
local function va(a, b, ...) return a, b, ... end
debug.sethook(function(e, l)
  local i = debug.getinfo(2, "n")
  if i.name == "fixed" or i.name == "va" then
    local s = e .. ":" .. i.name
    for k = 1, 5 do local n, v = debug.getlocal(2, k) if n then s = s .. " " .. n .. "=" .. tostring(v) end end
    local n, v = debug.getlocal(2, -1)
    seen[#seen + 1] = s .. " vararg:" .. tostring(n) .. "=" .. tostring(v)
    if e == "call" then debug.setlocal(2, 1, "set") end
  end
end, "cr")
local r1 = fixed(1, 2, 3, 4)
local r2 = {va(1)}
local r3 = {va(1, 2, 3)}
debug.sethook()
for _, s in ipairs(seen) do print(s) end
print(r1, r2[1], r2[2], #r2, r3[1], #r3)
