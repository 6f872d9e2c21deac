-- for-in loops whose generator is a Lua function, in hot loops (compiled code calls it directly): results,
-- state and control as arguments, nothing returned, more results than variables, errors with their positions,
-- yields from inside the generator, and a generator that is replaced while the loop runs.
local function range(a, b)
  local i = a - 1
  return function() i = i + 1; if i <= b then return i end end
end
local function pairsish(t, k)
  local nk, v = next(t, k)
  return nk, v
end
local function three(st, c) if c < st then return c + 1, c * 2, "x" end end
local function none() end
local s = 0
for rep = 1, 300 do
  for i in range(1, 4) do s = s + i end
  for i, d, x in three, 3, 0 do s = s + i + d + #x end
  for i, d in three, 2, 0 do s = s + d end
  for i in three, 1, 0 do s = s + i end
  for _ in none do s = s + 1000 end
end
print(s)
local keys = 0
for rep = 1, 100 do for k, v in pairsish, {a = 1, b = 2, c = 3} do keys = keys + v end end
print(keys)
local function bad(st, c) if c == 2 then error("gen failed at " .. c) end return c + 1 end
for rep = 1, 3 do print(pcall(function() local n = 0 for i in bad, nil, 0 do n = n + i end return n end)) end
local function badidx(st, c) return st.x.y end
print(pcall(function() for i in badidx, {} , 0 do end end))
local co = coroutine.wrap(function()
  local function gen(st, c) if c < 3 then coroutine.yield("in gen " .. c) return c + 1 end end
  for rep = 1, 2 do for i in gen, nil, 0 do coroutine.yield("body " .. i) end end
  return "done"
end)
local out = {}
for i = 1, 13 do out[#out + 1] = tostring(co()) end
print(table.concat(out, ", "))
local swaps = 0
local g1 = function(st, c) if c < 5 then return c + 1 end end
for rep = 1, 200 do
  local g = rep > 100 and function(st, c) if c < 2 then return c + 1 end end or g1
  for i in g, nil, 0 do swaps = swaps + i end
end
print(swaps)
local function deep(n) if n == 0 then return 0 end local t = 0 for i in range(1, 2) do t = t + i end return t + deep(n - 1) end
print(deep(150))
print(select("#", (function() for i in function(st, c) if not c then return nil, 5 end end do return i end return "none" end)()))
