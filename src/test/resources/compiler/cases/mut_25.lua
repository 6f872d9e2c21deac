local functif x then return 1 else return 2 end end
local function j(x) local y = x; local f = function() return y end; return f() end
local function k(x) do return end end
local function l(x) while x do return x end end
return 1, a, b, c, d, e, g, h, i, j, k, l
ion a() return end
local function b() return 1 end
local function c() return 1, 2 end
local function d(x) return x end
local function e(x) return f(x) end
local function g(x) return x.y(x) end
local function h(x) return x:y() end
local function i(x) 