-- debug.getinfo: level and function forms, every option letter, errors
local function keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks)
  return ks
end

local function show(t)
  if t == nil then return "nil" end
  local out = {}
  for _, k in ipairs(keys(t)) do
    local v = t[k]
    if type(v) == "function" or type(v) == "table" then v = type(v) end
    out[#out + 1] = k .. "=" .. tostring(v)
  end
  return table.concat(out, " ")
end

local function outer(a, b, ...)
  local x = 1
  print("S", show(debug.getinfo(1, "S")))
  print("l", show(debug.getinfo(1, "l")))
  print("u", show(debug.getinfo(1, "u")))
  print("n", show(debug.getinfo(1, "n")))
  print("n2", show(debug.getinfo(2, "n")))
  print("f", debug.getinfo(1, "f").func == outer)
  print("default", show(debug.getinfo(1)))
  print("caller", show(debug.getinfo(2, "Sl")))
  return x
end
outer(1, 2, 3)
local t = {m = outer}
t.m(1)
t:m()

print("C level 0", show(debug.getinfo(0)))
print("C fn", show(debug.getinfo(select)))
print("C fn u", show(debug.getinfo(select, "u")))
print("Lua fn", show(debug.getinfo(outer)))
print("Lua fn l", show(debug.getinfo(outer, "l")))
print("main", show(debug.getinfo(1, "S")))
print("numeric string level", show(debug.getinfo("1", "l")))
print("too deep", debug.getinfo(100))
print("negative", debug.getinfo(-1))
print("empty options", show(debug.getinfo(1, "")))

-- activelines
local function lines()
  local a = 1
  local b = 2

  return a + b
end
print("activelines", show(debug.getinfo(lines, "L").activelines))
print("C activelines", debug.getinfo(print, "L").activelines)

-- chunk names
local f = loadstring("local i = debug.getinfo(1, 'S') return i")
print("string chunk", show(f()))
f = loadstring("local i = debug.getinfo(1, 'S') return i", "=custom")
print("= chunk", show(f()))
f = loadstring("local i = debug.getinfo(1, 'S') return i", "@some/file.lua")
print("@ chunk", show(f()))
f = loadstring("local x = 1\nlocal i = debug.getinfo(1, 'S') return i", "a very long chunk name that goes on and on and on beyond sixty characters")
print("long chunk", show(f()))
print("empty chunk", show(debug.getinfo(loadstring(""), "S")))

-- names from the caller's debug info
local function who() return debug.getinfo(2, "n") end
local function named() local i = debug.getinfo(1, "n") return i.name, i.namewhat end
print("local", named())
gnamed = named
print("global", gnamed())
local obj = {named = named}
print("field", obj.named())
print("method", obj:named())
local mt = setmetatable({}, {__index = function(t, k) return debug.getinfo(1, "n") end})
local i = mt.foo
print("metamethod", i.name, i.namewhat)
local add = setmetatable({}, {__add = function() local i = debug.getinfo(1, "n") return i.name .. "/" .. i.namewhat end})
print("arith", add + 1)
for k, v in function(s, c) local i = debug.getinfo(1, "n") if c then return nil end return i.name, i.namewhat end do
  print("iterator", k, v)
end

-- errors
print(pcall(debug.getinfo))
print(pcall(debug.getinfo, {}))
print(pcall(debug.getinfo, 1, "x"))
print(pcall(debug.getinfo, print, "Sx"))
print(pcall(debug.getinfo, 1, {}))
print(pcall(debug.getinfo, 1, ">S"))
print(pcall(debug.getinfo, print, ">S"))

-- threads
local co = coroutine.create(function(a)
  local z = a
  coroutine.yield(z)
  error("boom")
end)
print("fresh", debug.getinfo(co, 0))
coroutine.resume(co, 5)
print("co 0", show(debug.getinfo(co, 0, "Sln")))
print("co 1", show(debug.getinfo(co, 1, "Sln")))
print("co 2", debug.getinfo(co, 2, "Sln"))
print("co fn", show(debug.getinfo(co, print, "S")))
print(pcall(debug.getinfo, co))
coroutine.resume(co)
print("dead 0", show(debug.getinfo(co, 0, "Sln")))
print("dead 1", show(debug.getinfo(co, 1, "Sln")))
