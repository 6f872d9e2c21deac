-- string library basics: len byte char sub rep reverse lower upper, methods, argument errors
local function join(t, sep, n)
  local s = ""
  for i = 1, n or #t do s = s .. (i > 1 and sep or "") .. tostring(t[i]) end
  return s
end
local function show(...)
  local t = {}
  for i = 1, select("#", ...) do t[i] = tostring((select(i, ...))) end
  print(select("#", ...), join(t, " | ", select("#", ...)))
end
local function try(f, ...) show(pcall(f, ...)) end

show(string.len(""), string.len("abc"), string.len("a\0b"), ("xyz"):len(), #"hello", string.len(12345))
show(string.byte("ABC"), string.byte("ABC", 2), string.byte("ABC", 1, 3), string.byte("ABC", -1))
show(string.byte("ABC", 0, 10), string.byte("ABC", 3, 1), string.byte(""), string.byte("ABC", -10, -2))
show(string.byte("\255\0\128", 1, -1))
show(string.char(), string.char(72, 105), string.char(0, 255):byte(1, -1))
show(("%d"):rep(3), string.rep("ab", 3, ","), string.rep("x", 0), string.rep("x", -1), string.rep("", 5), string.rep("ab", 1, ","))
show(string.rep("ab", 2, ""), string.rep("-", 5, "+"), #string.rep("abc", 1000), string.rep(1, 3), string.rep("a", 3.9))
for _, args in ipairs({{2}, {2, 3}, {-3}, {-3, -2}, {0}, {0, 0}, {1, 0}, {4}, {3, 100}, {-100, 2}, {2, -100}, {5, 2}, {1, -1}}) do
  show("hello", args[1], args[2], string.sub("hello", args[1], args[2]), ("hello"):sub(unpack(args)))
end
show(string.sub("hello", 2.7), string.sub("hello", "2", "3"), string.sub(123456, 2, 4))
show(string.reverse("hello"), string.reverse(""), string.reverse("a\0b"), ("abc"):reverse())
show(string.upper("Hello, World! \228\246"):byte(-2, -1), string.lower("Hello, World! \196\214"):byte(-2, -1), ("MiXeD"):lower(), ("MiXeD"):upper())
show(string.upper("Hello, World!"), string.lower("Hello, World!"))
show(("x"):upper(), ("abc"):byte(-1), ("%s=%s"):format("k", "v"), ("a,b"):find(",", 1, true))
local s = "hello"
show(s:len(), s:sub(2, 3), s.len == string.len, getmetatable("").__index == string, getmetatable("abc") == getmetatable(""))

print("-- errors")
try(string.len)
try(string.len, {})
try(function() return string.len() end)
try(function() return ("x"):rep() end)
try(function() return string.rep("x") end)
try(function() return string.rep("x", "y") end)
try(function() return string.rep("x", 1, {}) end)
try(function() return string.char(256) end)
try(function() return string.char(65, -1) end)
try(function() return string.char("x") end)
try(function() return string.byte() end)
try(function() return string.byte("abc", {}) end)
try(function() return string.sub("abc") end)
try(function() return string.sub() end)
try(function() return string.upper() end)
try(function() return string.lower(nil) end)
try(function() return string.reverse(true) end)
try(function() local t = {} return t:upper() end)
try(function() return ("x"):nosuch() end)
try(function() return string.rep("x", 2^31) end)
try(function() return string.rep("abc", 2^30) end)
try(function() return string.byte(string.rep("x", 9000), 1, -1) end)
print(select("#", string.byte(string.rep("x", 8000), 1, -1)))
try(string.dump)
try(string.dump, print)
try(function() return string.dump(print) end)
local f = function(a, b) return a + b end
local d = string.dump(f)
show(type(d), d:sub(1, 3) == "\27LJ", loadstring(d)(2, 3), #string.dump(f, true) < #d)
print("done")
print("-- named errors (not tail calls)")
try(function() local r = string.len() return r end)
try(function() local r = ("x"):rep() return r end)
try(function() local r = string.char(300) return r end)
try(function() local s = "abc" local r = s:sub({}) return r end)
try(function() local up = string.upper local r = up() return r end)
try(function() local r = string.rep("abc", 2^30) return r end)
try(function() local r = string.byte(string.rep("x", 9000), 1, -1) return r end)
try(function() local r = string.dump(print) return r end)
