-- yields through builtins that call back (sort comparator, gsub function) hit the C-call boundary
local co = coroutine.create(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)
print(coroutine.resume(co))
local co2 = coroutine.create(function() return ("abc"):gsub(".", function(c) coroutine.yield(c) end) end)
print(coroutine.resume(co2))
print(coroutine.resume(coroutine.create(function() return pcall(coroutine.yield, 1) end)))
