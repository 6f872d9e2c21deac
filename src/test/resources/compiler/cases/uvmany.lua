local a,b,c
local function f() return function() return function() return a,b,c end end end
