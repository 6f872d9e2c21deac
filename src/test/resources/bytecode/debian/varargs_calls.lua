local function v(...)
  local a, b = ...
  local n = select("#", ...)
  local t = {...}
  local u = {1, 2, ...}
  print(...)
  return n, a, b, t, u, ...
end
local obj = {}
function obj:method(x, ...) return self, x, ... end
function obj.static(...) return ... end
local r = {obj:method(1, 2, 3)}
return v(obj.static(r, unpack(r)))
