local a, b = ...
local r = {}
r[1] = a < b; r[2] = a <= b; r[3] = a > b; r[4] = a >= b
r[5] = a == b; r[6] = a ~= b; r[7] = a == "s"; r[8] = a ~= 1
r[9] = a == nil; r[10] = a ~= true; r[11] = not a
r[12] = a and b or 3; r[13] = -a; r[14] = #b; r[15] = a .. b .. "c"
r[16] = a % 3; r[17] = 2 ^ a; r[18] = 10 - a; r[19] = a / 0.5
if a < 1 and b > 2 or a == b then r[20] = 1 elseif not b then r[21] = 2 else r[22] = 3 end
return r
