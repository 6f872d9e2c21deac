-- debug.getupvalue / setupvalue / upvalueid / upvaluejoin
local a, b = 1, "two"
local function f() return a, b end
local function g() return b end
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
print(select('#', debug.getupvalue(f, 3)))
print(select('#', debug.getupvalue(f, 0)))
print(select('#', debug.getupvalue(f, -1)))
print(debug.setupvalue(f, 1, 10))
print(a, f())
print(select('#', debug.setupvalue(f, 5, 1)))
print(debug.setupvalue(f, 2, "x", "last wins"))
print(b, g())

-- C functions: no upvalues here
print(select('#', debug.getupvalue(select, 1)))
local w = coroutine.wrap(function() end)
print(debug.getupvalue(w, 1) == "", type(select(2, debug.getupvalue(w, 1))))

-- ids: shared upvalues have the same id
print(debug.upvalueid(f, 2) == debug.upvalueid(g, 1))
print(debug.upvalueid(f, 1) == debug.upvalueid(g, 1))
print(type(debug.upvalueid(f, 1)))
local ids = {}
ids[debug.upvalueid(f, 2)] = "b"
print(ids[debug.upvalueid(g, 1)])
print(pcall(debug.upvalueid, f, 3))
print(pcall(debug.upvalueid, f, 0))
print(pcall(debug.upvalueid, 1, 1))

-- join: f's first upvalue becomes g's
local x1, x2 = "x1", "x2"
local function h1() return x1 end
local function h2() return x2 end
debug.upvaluejoin(h1, 1, h2, 1)
print(h1(), h2())
x2 = "changed"
print(h1(), h2(), x1)
print(debug.upvalueid(h1, 1) == debug.upvalueid(h2, 1))
print(pcall(debug.upvaluejoin, h1, 2, h2, 1))
print(pcall(debug.upvaluejoin, h1, 1, h2, 2))
print(pcall(debug.upvaluejoin, print, 1, h2, 1))
print(pcall(debug.upvaluejoin, h1, 1, print, 1))
print(pcall(debug.upvaluejoin, h1, 1, {}, 1))

-- closed upvalues
local function counter()
  local n = 0
  return function() n = n + 1 return n end
end
local c = counter()
c()
print(debug.getupvalue(c, 1))
debug.setupvalue(c, 1, 100)
print(c())

-- errors
print(pcall(debug.getupvalue, f))
print(pcall(debug.getupvalue, nil, 1))
print(pcall(debug.getupvalue))
print(pcall(debug.setupvalue, f, 1))
print(pcall(debug.setupvalue, 1, 1, 1))

