-- debug.getmetatable / setmetatable on any type, getfenv / setfenv, getregistry
local t = setmetatable({}, {__metatable = "protected", __index = {x = 1}})
print(getmetatable(t), type(debug.getmetatable(t)), debug.getmetatable(t).__metatable)
print(debug.setmetatable(t, nil), getmetatable(t), debug.getmetatable(t))
print(debug.setmetatable(t, {__index = {y = 2}}), t.y)
print(pcall(debug.setmetatable, t, 1))
print(pcall(debug.setmetatable, t))
print(pcall(debug.getmetatable))
print(debug.getmetatable(1), debug.getmetatable(nil), debug.getmetatable(true))

-- strings share one metatable
print(debug.getmetatable("") == getmetatable("abc"), debug.getmetatable("").__index == string)
local smt = debug.getmetatable("")
debug.setmetatable("", {__index = {shout = function(s) return string.upper(s) .. "!" end}})
print(("hi"):shout())
debug.setmetatable("", smt)
print(("abc"):upper())

-- numbers, booleans, nil, functions, threads
debug.setmetatable(0, {__index = {double = function(n) return n * 2 end}, __call = function(n, a) return n + a end})
print((21):double(), (5)(3))
debug.setmetatable(1, nil)
print(pcall(function() return (1):double() end))
debug.setmetatable(nil, {__index = function(_, k) return "nil." .. k end})
local z = nil
print(z.anything)
debug.setmetatable(nil, nil)
print(pcall(function() return z.anything end))
debug.setmetatable(true, {__tostring = function(b) return b and "YES" or "NO" end, __len = function() return 42 end})
print(tostring(true), tostring(false), #true)
debug.setmetatable(false, nil)
print(tostring(true))
debug.setmetatable(print, {__index = {name = "a function"}})
print(print.name, (function() end).name)
debug.setmetatable(print, nil)
local co = coroutine.create(function() end)
debug.setmetatable(co, {__index = {kind = "thread"}})
print(co.kind, coroutine.running() == nil)
debug.setmetatable(co, nil)

-- userdata
local u = newproxy(true)
getmetatable(u).__index = {ud = "proxy"}
print(u.ud)
debug.setmetatable(u, {__index = {ud = "replaced"}})
print(u.ud)

-- environments
local function f() return x end
print(debug.getfenv(f) == _G)
local env = {x = "from env"}
print(debug.setfenv(f, env) == f, f(), debug.getfenv(f) == env)
print(debug.getfenv(print) == _G)
print(debug.getfenv(1), debug.getfenv("s"), debug.getfenv(nil), debug.getfenv({}))
print(pcall(debug.setfenv, 1, {}))
print(pcall(debug.setfenv, "s", {}))
print(pcall(debug.setfenv, f, 1))
print(pcall(debug.setfenv, f))
print(pcall(debug.getfenv))
local co2 = coroutine.create(function() return x end)
print(debug.getfenv(co2) == _G)
print(debug.setfenv(co2, env) == co2, debug.getfenv(co2) == env)
local p = newproxy()
print(debug.getfenv(p) == _G)
print(debug.setfenv(p, env) == p, debug.getfenv(p) == env)
local cf = coroutine.wrap(function() end)
print(debug.setfenv(cf, env) == cf, debug.getfenv(cf) == env)

-- registry
local r = debug.getregistry()
print(type(r), r == debug.getregistry(), r._LOADED == package.loaded)
