local t = {}
for k, v in pairs(t) do t[k] = v + 1 end
while true do break end
repeat until true
