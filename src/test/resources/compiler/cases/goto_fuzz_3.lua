do
print(1)
for x1 = 1, 3 do
for x2 = 1, 3 do
goto c
::d::
for x3 = 1, 3 do
print(x1)
print(x1)
x2 = x2 + 1
end
if g then break end
local f3 = function() return x2 end
end
for x4 = 1, 3 do
print(x4)
local x5 = 7
if g then break end
for x6 = 1, 3 do

end
print(x1)
end
for x7 = 1, 3 do
do
x1 = x7 + 1
local x8 = 4
x8 = x8 + 1
end
if g then
if g then break end
local f8 = function() return x1 end
print(x1)
else

end
print(x1)
end
end
for x9 = 1, 3 do
goto d
for x10 = 1, 3 do
if g then
print(x10)
if g then break end
else
print(x9)
print(x9)
print(x9)
print(x9)
end
repeat
print(x9)
print(x10)
until g
end
repeat
while g do
local x11 = 8
print(x11)
end
repeat
local x12 = 3
if g then break end
local f12 = function() return x9 end
local x13 = 8
until g
until g
print(x9)
end
local x14 = 1
local x15 = 0
end
repeat

until g
print(1)
print(1)
::b::
