-- Math functions called in hot loops (compiled code computes the one- and two-number ones in place): the same
-- results, bit for bit, as the library's calls; strings, missing or extra arguments, errors and functions that
-- replace the library's take the ordinary call. (floor() without an argument reads a stale slot in LuaJIT: not here.)
local fns1 = {"abs", "floor", "ceil", "sqrt", "log10", "exp", "sin", "cos", "tan", "asin", "acos", "atan",
  "sinh", "cosh", "tanh", "log", "deg", "rad"}
local fns2 = {"min", "max", "fmod", "pow", "atan2", "ldexp"}
local xs = {0, -0.0, 0.5, -0.5, 1, -1, 2.5, -2.5, 3, 10, 1e-300, 1e300, 123.456, -987.654, 1/0, -1/0, 0/0, 0.1,
  7.25, 1e8 + 0.5}
local function show(v) return type(v) == "number" and string.format("%.17g", v) or tostring(v) end
for _, name in ipairs(fns1) do
  local f = math[name]
  local out = {}
  for rep = 1, 60 do
    for i = 1, #xs do
      local r = f(xs[i])
      if rep == 60 then out[#out + 1] = show(r) end
    end
  end
  print(name, table.concat(out, " "))
end
for _, name in ipairs(fns2) do
  local f = math[name]
  local out = {}
  for rep = 1, 60 do
    for i = 1, #xs, 3 do
      local x, y = xs[i], xs[#xs + 1 - i]
      -- min/max of a NaN: LuaJIT's interpreter and its traces disagree (minsd operand order), so none here
      if (name ~= "min" and name ~= "max") or (x == x and y == y) then
        local r = f(x, y)
        if rep == 60 then out[#out + 1] = show(r) end
      end
    end
  end
  print(name, table.concat(out, " "))
end
local floor, max = math.floor, math.max
local s = 0
for i = 1, 200 do s = s + floor("7.5") + max(i) + floor(i / 3, "ignored") + max(1, 2, i) end
print(s)
print(pcall(function() local t = 0 for i = 1, 100 do t = t + floor(i > 50 and {} or i) end return t end))
print(pcall(function() local t = 0 for i = 1, 100 do t = t + max(i, i > 50 and "x" or 1) end return t end))
local swapped = 0
for i = 1, 100 do
  if i == 50 then floor = function(x) return -x end end
  swapped = swapped + floor(i)
end
print(swapped)
local callable = setmetatable({}, {__call = function(self, x) return x * 2 end})
local c = 0
for i = 1, 100 do local g = i > 60 and callable or math.sqrt; c = c + g(i) end
print(show(c))
