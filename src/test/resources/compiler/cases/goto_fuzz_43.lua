if g then
while g do
do
while g do
print(1)
local x1 = 1
print(x1)
if g then break end
end
print(1)
print(1)
end
local x2 = 0
end
local x3 = 9
local f3 = function() return x3 end
for x4 = 1, 3 do
print(x4)
print(x4)
end
x3 = x3 + 1
else

end
for x5 = 1, 3 do
local f5 = function() return x5 end
print(x5)
end
print(1)
