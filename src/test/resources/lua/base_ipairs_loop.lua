-- ipairs loops (stepped in place by ITERC over tables): holes, raw access, changes while iterating, one or
-- three loop variables, non-table states, and the call hook still seeing ipairs_aux.
local t = {10, 20, 30, nil, 50}
for i, v in ipairs(t) do io.write(i, "=", v, " ") end print()
for i in ipairs(t) do io.write(i, " ") end print()
for i, v, extra in ipairs({1, 2}) do io.write(i, v, tostring(extra), " ") end print()
local proxy = setmetatable({1, 2}, {__index = function(_, k) return k * 100 end})
for i, v in ipairs(proxy) do io.write(i, ":", v, " ") end print()
local grow = {1, 2, 3}
for i, v in ipairs(grow) do if i < 6 then grow[#grow + 1] = v * 10 end io.write(v, " ") end print()
local shrink = {1, 2, 3, 4, 5}
for i, v in ipairs(shrink) do shrink[i + 1] = nil io.write(v, " ") end print()
local h = {}
h[1] = "a"; h[2] = "b"; h[3] = "c"
for i, v in ipairs(h) do io.write(i, v) end print()
local sum = 0
for j = 1, 200 do for _, v in ipairs({1, 2, 3, 4}) do sum = sum + v end end
print(sum)
local f, s, c = ipairs(t)
print(f(s, c), f(s, 3), f(s, 4), f(s, 1.5))
print(select("#", f({1}, 1)), select("#", f({1}, 0)), f({1, 2, 3}, 2.7))
print(f({[0] = 9, [1] = 5}, -1.5))
print(select("#", f({1, 2}, 1e10)), select("#", f({1, 2}, 0 / 0)), f({1, 2}, "1"))
print(pcall(f), pcall(f, {}))
print(pcall(f, {}, "x"))
print(pcall(f, 5, 1))
print(pcall(ipairs))
for i, v in ipairs({[1] = "a", [2.0] = "b", [3.5] = "c"}) do io.write(i, v, " ") end print()
print(pcall(function() for i, v in ipairs(nil) do end end))
print(pcall(function() for i, v in ipairs(5) do end end))
local calls = 0
debug.sethook(function(ev) calls = calls + 1 end, "c")
for i, v in ipairs({1, 2, 3}) do end
debug.sethook()
print(calls)
-- a generator that is not ipairs_aux is still called
local function gen(st, i) if i < 3 then return i + 1, st end end
for i, v in gen, "s", 0 do io.write(i, v, " ") end print()
local co = coroutine.wrap(function() for i, v in ipairs({"x", "y"}) do coroutine.yield(i .. v) end end)
print(co(), co())
