local function a(n) if n == 0 thn return 0 end return a(n - 1) end
local function b(...) return sect("#", ...) end
local function c(t) return t:method(1) end
local function d() return (a(1)) end
local function e() return a(1), b(2) end
return a, b, c, d, e
