local x1 = 2
local f1 = function() return x1 end
