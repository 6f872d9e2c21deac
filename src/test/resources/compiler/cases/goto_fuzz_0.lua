if g then

else
local x1 = 7
print(x1)
end
