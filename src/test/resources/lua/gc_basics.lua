-- the collector under the interpreter: live data survives, garbage and weak entries go
local keep = {}
for i = 1, 200000 do
  local t = {i, tostring(i), {x = i}}
  if i % 1000 == 0 then keep[#keep + 1] = t end
end
local s = 0
for _, t in ipairs(keep) do s = s + t[1] + tonumber(t[2]) + t[3].x end
print(s, #keep)
local co = coroutine.wrap(function() for i = 1, 100000 do local junk = {i} coroutine.yield(i) end end)
local n = 0
for i = 1, 100000 do n = n + co() end
print(n)
local function mk(i) return function() return i end end
local fs = {}
for i = 1, 100000 do local f = mk(i) if i % 10000 == 0 then fs[#fs+1] = f end end
local z = 0 for _, f in ipairs(fs) do z = z + f() end
print(z)
collectgarbage()
collectgarbage()
print(math.floor(collectgarbage("count")) < 1000)
local wk = setmetatable({}, {__mode = "k"})
wk[{}] = 1
collectgarbage()
print(next(wk))
local str = {}
for i = 1, 50000 do str[i % 100 + 1] = "s" .. i end
collectgarbage()
print(str[1], str[100], ("s" .. "50000") == str[1])
print(setmetatable({}, {__index = function(t, k) return k end}).hello)
local wv = setmetatable({}, {__mode = "v"})
local function fill() for i = 1, 10 do wv[i] = {} end end
fill()
local function gc() collectgarbage("collect") end
gc()
local n = 0 for k, v in pairs(wv) do n = n + 1 end
print(n)
