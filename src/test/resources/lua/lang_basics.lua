-- language core: values, arithmetic, strings coercion, control flow, closures, varargs
print(1, 2.5, -0.0, 1/0, -1/0, 1e15, 1e100, 123456789012345, 0.1, 2^53)
print(7 % 3, -7 % 3, 7 % -3, 5.5 % 2, 2^10, 7 / 2, -7 / 2)
print("10" + 1, "3" * "4", 10 .. 20, "0x10" + 0, " 5 " * 2)
print(1 == 1.0, "a" == "a", {} == {}, nil == false, 1 < 2, "a" < "b", "abc" < "abd", "" < "a")
print(not nil, not 0, nil and 1, false or "x", 1 and 2, nil or false)
local a, b, c = 1
print(a, b, c)
local x, y = 1, 2, 3
print(x, y)
x, y = y, x
print(x, y)
local t = {1, 2, 3, nil, 5, n = "n", [10] = 10, ["k" .. 1] = "v"}
print(t[1], t[5], t.n, t[10], t.k1, #"hello")
local function counter()
  local n = 0
  return function() n = n + 1 return n end
end
local c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
local fns = {}
for i = 1, 3 do fns[i] = function() return i end end
print(fns[1](), fns[2](), fns[3]())
local function va(...)
  local n = select('#', ...)
  local a, b = ...
  return n, a, b, ...
end
print(va())
print(va(1))
print(va(1, nil, 3))
print((va(1, 2)))
local function tail(n, acc) if n == 0 then return acc end return tail(n - 1, acc + n) end
print(tail(100000, 0))
local s = 0
for i = 10, 1, -3 do s = s + i end
print(s)
for i = 1, 3 do local j = i * 2 if j == 4 then break end print("i", i) end
local i = 0
while true do i = i + 1 if i > 5 then break end end
repeat i = i - 1 until i == 0
print(i)
for i = 1, 0 do print("never") end
for i = 1.0, 2.0, 0.5 do io_unused = i end
print(io_unused)
goto skip
print("skipped")
::skip::
do
  local k = 0
  ::top::
  k = k + 1
  if k < 3 then goto top end
  print("k", k)
end
local t2 = {}
t2.a = {b = {c = 42}}
print(t2.a.b.c, #t2, next({}))
local keys = 0
for k, v in pairs({a = 1, b = 2, c = 3, 1, 2}) do keys = keys + 1 end
print(keys)
for i, v in ipairs({10, 20, nil, 40}) do print(i, v) end
local mt = {1, 2, 3}
print(unpack(mt))
print(unpack(mt, 2))
print(unpack(mt, 2, 3))
print(select(-1, 1, 2, 3))
print(type(nil), type(1), type("s"), type({}), type(print), type(coroutine.create(print)), type(newproxy()))
print(tostring(nil), tostring(true), tostring(12), tostring(-0.5))
print(tonumber("0x1p4"), tonumber("  12  "), tonumber("1e"), tonumber("z", 36), tonumber("-ff", 16), tonumber("777", 8))
print(tonumber("10", 2), tonumber(""), tonumber("inf"), tonumber("1 2"), tonumber(nil))
print(rawequal(t, t), rawequal(1, 1.0), rawequal("a", "b"), rawget({5}, 1), rawset({}, "x", 1).x)
print(#{1, 2, 3, nil}, #{n = 1}, #"")
print(_VERSION, _G._G == _G, rawlen)
