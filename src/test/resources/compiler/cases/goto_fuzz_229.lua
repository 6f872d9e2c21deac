::a::
if g then
print(1)
print(1)
repeat
if g then break end
print(1)
print(1)
print(1)
until g
else
print(1)
::a::
end
if g then
while g do
goto d
end
for x1 = 1, 3 do
local x2 = 6
if g then break end
local f2 = function() return x2 end
local x3 = 4
end
else
do

end
end
::d::
local x4 = 2
