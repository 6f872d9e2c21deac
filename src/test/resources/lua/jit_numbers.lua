-- Numbers the compile tier keeps as doubles: what can observe them must see the interpreter's values.

-- a table with __add in the middle of a float expression (the result of the metamethod is no number)
local V = setmetatable({}, {__add = function(a, b) return "V+" .. tostring(type(b) == "table" and "V" or b) end})
local function mixed(x, n)
  local s = 0.5
  for i = 1, n do
    local y = s * 2 + i
    local z = (i == 3 and V or y) + 1   -- __add once: z becomes a string
    s = s + (type(z) == "number" and z or #z) / 4
  end
  return s
end
for _ = 1, 3 do print(mixed(1, 6)) end
-- a string operand coerced in the middle of a float expression
local function coerce(n)
  local s = 0
  for i = 1, n do s = s + (i % 2 == 0 and "1.5" or i) * 2 end
  return s
end
print(coerce(10))
-- a speculated result that is repeatedly not a number: the code is compiled again without speculating
local W = setmetatable({}, {__mul = function(a, b) return {v = b} end})
local function spec(t, n)
  local acc = 0
  for i = 1, n do
    local r = t * i
    acc = acc + (type(r) == "table" and r.v or r)
  end
  return acc
end
for _ = 1, 20 do spec(W, 5) end
print(spec(W, 10), spec(2, 10))

-- errors naming variables inside compiled float code
local function bad(a, n)
  local x = a * 2.5
  for i = 1, n do
    local y = x * i - 0.5
    x = y + i / 3
    if i == n then return x + nil_value end
  end
end
print(pcall(bad, 2, 4))
local function badlocal(a)
  local f = a * 3
  local g = nil
  return f + g
end
print(pcall(badlocal, 2))
local function badfield(t)
  local k = 1.5 * 2
  return k + t.missing
end
print(pcall(badfield, {}))
print(pcall(function() local q = 2 ^ 0.5; local t = {} ; t[q - q / 0] = 1 end))
print(pcall(function() local q = 2 ^ 0.5; return #q end))

-- debug.getlocal from a hook and from a called function, with numbers computed in compiled code
local function seen(level)
  local out = {}
  for i = 1, 20 do
    local name, v = debug.getlocal(level, i)
    if not name then break end
    if type(v) == "number" and name:sub(1, 2) ~= "(*" then out[#out + 1] = name .. "=" .. v end
  end
  return table.concat(out, " ")
end
local function observed(n)
  local acc, tmp = 0.25, 0
  for i = 1, n do
    tmp = acc * 3 + i
    acc = tmp / 2
    if i == 2 then print("call:", seen(2)) end
  end
  return acc
end
print(observed(3))
local lines = {}
debug.sethook(function()
  local info = debug.getinfo(2, "S")
  if info.short_src:match("jit_numbers") and #lines < 6 then lines[#lines + 1] = seen(3) end
end, "l")
observed(2)
debug.sethook()
for _, l in ipairs(lines) do print("hook:", l) end
-- debug.setlocal from a called function changes a number kept as a double
local function setter(n)
  local x = 1.5
  for i = 1, n do
    x = x * 2
    if i == 2 then debug.setlocal(1, 1, 100) end -- level 1 is this function; its local 1 is n
    if i == 3 then (function() debug.setlocal(2, 2, 0.25) end)() end
  end
  return x
end
print(setter(5))

-- -0, nan and inf through unboxed paths
local function signs(z)
  local nz = -z
  local inf = 1 / nz
  local nan = inf * 0
  local r = {nz, inf, -inf, nan ~= nan, nz == 0, 1 / (nz * 1), math.abs(nz), nz + 0, 0 * -1}
  for i = 1, #r do r[i] = tostring(r[i]) end
  return table.concat(r, " ")
end
for _ = 1, 2 do print(signs(0)) end
local t = {}
for i = -1, 1 do t[i * 0] = i end
print(t[0], t[-0], rawget(t, 0))
local function nankey(x)
  local k = x * 0 / 0
  local ok, e = pcall(function() t[k] = 1 end)
  return ok, e, t[k]
end
print(nankey(1))

-- for loops: string bounds, non-integer and negative steps, float accumulators
local function loops()
  local out = {}
  for i = "1", "3" do out[#out + 1] = i end
  for i = 1, 2, "0.5" do out[#out + 1] = i end
  for i = 0.1, 0.35, 0.1 do out[#out + 1] = i end
  for i = 3, 1, -0.75 do out[#out + 1] = i end
  for i = 1, 0 do out[#out + 1] = "never" end
  for i = 1, 3 do i = i * 2; out[#out + 1] = i end
  local s = 0
  for i = 1, 1e3 do s = s + 1 / i end
  out[#out + 1] = s
  return table.concat(out, " ")
end
print(loops())
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() for i = {}, 2 do end end))
print(pcall(function() local step; for i = 1, 2, step do end end))

-- closures capture a register that arithmetic writes: the upvalue sees every value
local function counter()
  local n = 0.5
  local get = function() return n end
  local r = {}
  for i = 1, 3 do n = n * 2 + i; r[#r + 1] = get() end
  return table.concat(r, " ")
end
print(counter())
-- numbers in registers across calls, varargs and coroutines
local co = coroutine.wrap(function(a)
  local x = a * 1.5
  for i = 1, 3 do
    local y = x + i
    x = coroutine.yield(y) * 2 + y
  end
  return x
end)
print(co(2), co(1), co(2), co(3))
local function va(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + select(i, ...) * i end
  return s
end
print(va(1, 2.5, 3))
