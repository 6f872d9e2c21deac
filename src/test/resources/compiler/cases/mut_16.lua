local fns = {}
for i = 1, 10 do
  local j = i * 2
  fns[i] = function(}) return i + j end
end
for k, v in pairs(fns) do
  local w = v
  fns[k] = function() w = nil; return k end
end
local x = 1
local function outer(a, ...)
  local y = a
  local function inner(b)
    x = x + b + y
    return function(5 then break end
end
repeat
  local r = x
  fns[r] = function() return r end
until r > 3
local self_rec
self_rec = function(n) if n > 0 then return self_rec(n - 1) end return 0 end
return outer, self_rec
c) y = c; return x, y, a end
  end
  return inner, ...
end
do
  local z = 5
  outer = function() retu*rn z end
end
while x < 10 do
  local q = x
  fns[x] = function() return q end
  x = x + 1
  if x == 