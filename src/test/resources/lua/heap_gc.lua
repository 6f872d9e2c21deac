-- the collector from Lua: weak tables, __gc order and resurrection, collectgarbage's results
local w = setmetatable({}, {__mode = "v"})
local keep = {}
w[1] = {} w[2] = "a string" w[3] = keep w.x = {}
local function f() w[4] = {} end f()
collectgarbage()
print(w[1], w[2], w[3] == keep, w.x, w[4])
local k = setmetatable({}, {__mode = "k"})
k[{}] = 1 k[keep] = 2 k.s = {}
collectgarbage()
local n = 0 for key, v in pairs(k) do n = n + 1 end
print(n, k[keep], type(k.s))
local kv = setmetatable({}, {__mode = "kv"})
kv[1] = {} kv[{}] = 1 kv[keep] = keep
collectgarbage()
n = 0 for key, v in pairs(kv) do n = n + 1 end
print(n)
-- __gc runs newest first, once; the object lives one more cycle
for i = 1, 3 do local u = newproxy(true) getmetatable(u).__gc = function() io.write(i, " ") end end
collectgarbage() print("|")
local saved
do local u = newproxy(true) getmetatable(u).__gc = function(x) saved = x io.write("res ") end end
collectgarbage() print(saved ~= nil)
saved = nil collectgarbage() collectgarbage() print("again?")
-- a finalized userdata leaves weak values
local wv = setmetatable({}, {__mode = "v"})
do local u = newproxy(true) getmetatable(u).__gc = function(x) wv[1] = x end end
collectgarbage() print(type(wv[1])) collectgarbage() print(wv[1])
-- options
print(collectgarbage("setpause", 150), collectgarbage("setpause", 200))
print(collectgarbage("setstepmul", 300), collectgarbage("setstepmul", 200))
print(collectgarbage("isrunning"), collectgarbage("stop"), collectgarbage("isrunning"),
      collectgarbage("restart"), collectgarbage("isrunning"))
print(collectgarbage("step", 0), collectgarbage("collect"), collectgarbage("step", 100000))
print(type(collectgarbage("count")), collectgarbage("count") > 0, collectgarbage() == 0)
print(pcall(collectgarbage, "bogus"))
print(select("#", collectgarbage("count")), math.type and "5.3" or "5.1")
