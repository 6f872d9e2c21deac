if g then

else
repeat
print(1)
print(1)
until g
goto a
do

end
local x1 = 0
print(x1)
end
while g do
goto d
print(1)
local x2 = 8
goto d
repeat
goto c
goto b
print(x2)
::a::
until g
end
while g do
if g then break end
local x3 = 2
if g then break end
x3 = x3 + 1
end
