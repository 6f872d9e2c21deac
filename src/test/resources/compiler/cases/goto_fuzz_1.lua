print(1)
while g do
local x1 = 7
end
local x2 = 6
