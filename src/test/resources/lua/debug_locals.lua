-- debug.getlocal / debug.setlocal: names, temporaries, varargs, parameters of functions, threads, errors
local function dump(level)
  local out = {}
  for i = 1, 20 do
    local name, value = debug.getlocal(level + 1, i)
    if not name then break end
    if name:sub(1, 1) == "(" and name ~= "(for index)" and name ~= "(for limit)" and name ~= "(for step)" then
      out[#out + 1] = name
    else
      out[#out + 1] = name .. "=" .. (type(value) == "function" and "function" or tostring(value))
    end
  end
  return table.concat(out, " ")
end

local function f(a, b, ...)
  local c = a + b
  do local inner = "in" print("inner", dump(1)) end
  print("after block", dump(1))
  for i = 1, 1 do print("loop", dump(1)) end
  for k, v in pairs({x = 1}) do print("generic", dump(1)) end
  print("varargs", debug.getlocal(1, -1))
  print("varargs 2", debug.getlocal(1, -2))
  print("varargs 3", debug.getlocal(1, -3))
  print("vararg 0", debug.getlocal(1, 0))
  print("set vararg", debug.setlocal(1, -1, "V"))
  print("varargs now", ...)
  print("set local", debug.setlocal(1, 3, 100), c)
  print("set missing", debug.setlocal(1, 40, 1))
  return c
end
f(1, 2, "va1", "va2")

local function g(x)
  print("no varargs", debug.getlocal(1, -1))
  return x
end
g(1)

-- temporaries: values of an active call expression
local function h()
  local a = 1
  print("temporary", select(2, pcall(function() local n, v = debug.getlocal(3, 2) return n, type(v) end)))
  return tostring(a), debug.getlocal(1, 2)
end
print(h())

-- level 0 is getlocal itself (its arguments are temporaries)
print("level 0", debug.getlocal(0, 1))
print("level 0 #2", debug.getlocal(0, 2))
print("level 0 #3", debug.getlocal(0, 3))

-- parameter names of a function
local function params(p1, p2, ...) local l1 end
print("params", debug.getlocal(params, 1), debug.getlocal(params, 2), debug.getlocal(params, 3))
print("C params", debug.getlocal(print, 1))

-- caller's locals
local outer1, outer2 = "o1", "o2"
local function show() local s = dump(2) return s end
print("main", show())

-- threads
local co = coroutine.create(function(p)
  local q = p * 2
  coroutine.yield()
end)
coroutine.resume(co, 21)
print("co level 1", debug.getlocal(co, 1, 1))
print("co level 1 #2", debug.getlocal(co, 1, 2))
print("co set", debug.setlocal(co, 1, 2, "changed"), debug.getlocal(co, 1, 2))
print("co level 0", debug.getlocal(co, 0, 1))

-- errors
print(pcall(debug.getlocal, 50, 1))
print(pcall(debug.getlocal, 1))
print(pcall(debug.getlocal, "x", 1))
print(pcall(debug.setlocal, 50, 1, 1))
print(pcall(debug.setlocal, 1, 1))
print(pcall(debug.getlocal, co, 10, 1))
print(pcall(debug.getlocal))
