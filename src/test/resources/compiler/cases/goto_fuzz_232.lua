local x1 = 5
for x2 = 1, 3 do
do
x1 = x2 + 1
end
if g then
if g then break end
else
while g do
print(x2)
::c::
end
end
local f2 = function() return x2 end
end
print(x1)
