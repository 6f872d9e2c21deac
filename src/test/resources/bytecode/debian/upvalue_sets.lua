local s, n, p, v = "x", 1, nil, {}
local function f(x)
  s = "str"
  n = 42.5
  p = true
  p = false
  p = nil
  v = x
  return s, n, p, v
end
local function g()
  return function() s = "inner"; return n end
end
return f, g
