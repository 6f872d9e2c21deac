local function a()
  local function b() return 1LL end
  return b
end
local function c() return 2 end
local x = -1ULL
local y = -2.5i
local z = not 5LL
return a, c, x, y, z
