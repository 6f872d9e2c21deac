local function make(n) return function(x) return x + n end end
local s = 0
for i = 1, 2000000 do s = make(i)(s) % 1000003 end
print(s)
