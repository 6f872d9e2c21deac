localeturn sele("#", ...) end
local function c(t) return t:method(1) end
local function d() function e() return a(1), b(2) end
return a, b, c, d, e
 function a(n) if n == 0 then return 0 end return a(n - 1) end
local function b(...) r return (a(1)) end
local