-- Closures that capture several upvalues, some shared and written: counters and iterators made per call.
local function counter(start, step, limit)
  local n = start
  return function()
    n = n + step
    if n > limit then n = start end
    return n
  end
end
local function range(a, b)
  local i = a - 1
  return function() i = i + 1; if i <= b then return i end end
end
local s = 0
for r = 1, 600000 do
  local c = counter(r % 7, 3, 50)
  s = s + c() + c()
  for i in range(1, 4) do s = s + i end
  s = s % 1000003
end
print(s)
