local x1 = 1
local f1 = function() return x1 end
