local function f(...)
  local a, b = ...
  local c = select('#', ...)
  local t = {...}
  local u = {..., 1}
  local n = ... + 1
  g(...)
  g(1, ...)
  g(..., 1)
  return ...
end
local function h(a, b, ...)
  local x = ...
  return a, b, ...
end
local function k(...)
  return (...)
end
local function m(...) local a, b, c = 1, ... ; return a, b, c end
return f, h, k, m
