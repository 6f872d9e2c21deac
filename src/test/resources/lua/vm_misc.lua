-- assorted VM semantics: environments, load, varargs, keys, upvalue sharing, coercions
local real_tostring = tostring
tostring = function(v) return "<" .. real_tostring(v) .. ">" end
print(1, "a", nil)
tostring = real_tostring
print(1, "a", nil)
-- function environments
local function getx() return x end
x = "global x"
setfenv(getx, {x = "env x"})
print(getx(), x)
print(getfenv(getx).x, getfenv(0) == _G, getfenv() == _G, getfenv(1) == _G)
local function lvl() return getfenv(1) end
print(lvl() == _G)
local sandbox = setmetatable({}, {__index = _G})
local chunk = loadstring("y = 5 return y, print ~= nil")
setfenv(chunk, sandbox)
print(chunk())
print(rawget(sandbox, "y"), y)
print(pcall(setfenv, 1, {}))
print(pcall(getfenv, 100))
-- load / loadstring
print(loadstring("return 1 +")) 
print(type(loadstring("return 1", "=name")))
print(pcall(loadstring("error('e1')", "=custom")))
print(pcall(loadstring("error('e2')", "@file.lua")))
print(pcall(loadstring("error('e3')")))
print(pcall(loadstring("local x = 1\nerror('e4')", "a long chunk name that goes on and on and on and on")))
local parts = {"return ", "10 ", "+ 5"}
local i = 0
print(load(function() i = i + 1 return parts[i] end)())
print(load("return 7")())
print(type(load(function() return nil end)))
-- varargs and multiple results
local function three() return 1, 2, 3 end
local t = {three(), three()}
print(#t, t[4], t[5])
t = {three(), (three())}
print(#t)
local function count(...) return select('#', ...) end
print(count(three()), count(three(), 10), count((three())), count(nil, nil), count())
print(select(2, three()), (select(2, three())))
local function pass(...) return ... end
print(pass(1, nil, 3, nil))
print(count(pass(1, nil, 3, nil)))
print(unpack({1, nil, 3}, 1, 3))
print(math_absent, #{n = 1, 1, 2})
-- number keys
local k = {}
k[1] = "one" k[1.0] = "one float" k[2^53] = "big" k[-0.0] = "zero"
print(k[1], k[2^53], k[0], k[-0.0])
print(next({}, nil), type(next({10})))
-- upvalues shared between closures and closed per iteration
local function pair()
  local n = 0
  return function() n = n + 1 return n end, function() return n end
end
local inc, get = pair()
inc() inc()
print(get())
local fs = {}
for i = 1, 3 do local j = i * 10 fs[i] = function() j = j + 1 return j end end
print(fs[1](), fs[1](), fs[2](), fs[3]())
local w = {}
local idx = 0
while idx < 3 do idx = idx + 1 local v = idx w[idx] = function() return v end end
print(w[1](), w[2](), w[3]())
-- coercions
print("10" * 2, 10 .. "", -"2", "0x10" * 1, pcall(function() return "abc" * 1 end))
for i = "1", "3" do io_dummy = i end
print(io_dummy, type(io_dummy))
print(1e300 * 1e10, -1e300 * 1e10, 2^-1080, 0/0 ~= 0/0)
print(math_absent == nil, 3 % -2, -3 % 2, 5.25 % 1, -5.25 % 1, 1 % 0)
print(2^0.5, (-8)^(1/3), 0^0, 10 / 0, -10 / 0)
-- comparisons
print(1 < 1.5, "10" < "9", "a\0b" < "a\0c", "" == "", 1 == "1")
-- long chains
local s = ""
for i = 1, 10 do s = s .. i .. "," end
print(s, #s)
print(1 .. 2 .. 3, 1.5 .. "|" .. -0.0 .. "|" .. 1e100)
-- stack overflow is catchable and the VM goes on
local function deep(n) return deep(n + 1) + 1 end
local ok, e = pcall(deep, 1)
print(ok, e)
print(select('#', pcall(deep, 1)))
local co = coroutine.create(function() return deep(1) end)
print(coroutine.resume(co))
print("after overflow", pcall(function() return 1 end))
