print(1)
local x1 = 7
local f1 = function() return x1 end
local x2 = 4
do

end
