local x1 = 5
::d::
print(x1)
local f1 = function() return x1 end
