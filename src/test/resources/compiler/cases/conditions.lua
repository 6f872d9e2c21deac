local a, b, c = ...
if a then print(1) end
if not a then print(2) end
if a and b then print(3) elseif b or c then print(4) elseif not (a or b) then print(5) else print(6) end
if a == nil then print(7) end
if nil == a then print(8) end
if a ~= "x" and 1 ~= b and c == 2.5 and true == a then print(9) end
if a < 1 or 1 < a or a <= b or a >= 2 or a > b then print(10) end
while a and (b or c) do a = a - 1 end
while not a do break end
repeat local k = a; a = k until a or b and c
local x = a and b
local y = a or b
local z = (a and 1) or 2
local w = a and nil or false
local t = a == b
local u = not (a < b)
local v = a and b and c or a or b
if a then elseif b then else end
if true then print(11) end
if false then print(12) end
if nil then print(13) else print(14) end
if 1 then print(15) end
if "s" and a then print(16) end
while true do if a then break end end
print(x, y, z, w, t, u, v)
