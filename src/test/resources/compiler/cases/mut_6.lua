x = 1
y  z
print(x, y)
string.foo = nil
_G.bar = ::fuction() end
local t = setmetatable({}, {__index = _G})
return t
