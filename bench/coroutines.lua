local co = coroutine.wrap(function() local i = 0 while true do i = i + 1 coroutine.yield(i) end end)
local s = 0
for i = 1, 1000000 do s = s + co() end
print(s)
