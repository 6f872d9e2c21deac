local x1 = 9
local f1 = function() return x1 end
