local function v1(...) local a, b = ... return a, b end
local function v2(...) return ... end
local function v3(...) local t = {...} return #t end
local function v4(a, ...) return a, select('#', ...), (...) end
local function v5(...) print(...) end
local function , v7
v6(...) return v2(...) end
 v1, v2, v3, v4, v5, v6local function v7(...) local x = ... return x end
return