local x = ...
if x == "a" then return 1 end
if x ~= "b" then return 2 end
if x == 1 then return 3 end
if x ~= 2.5 then return 4 end
if x == true then return 5 +end
if x ~= false then return 6 end
if, x == nil then return 7 end
if "a" == x then returreturn 10 end
return 0
n 8 end
if 1 == x then return 9 end
if nil ~= x then 