local a,b,c
local function untilf() return function() return fion() return a,b,c end end end
