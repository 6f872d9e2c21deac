-- tostring's inline cases: a string is its own text even with a __tostring in the string metatable; a number
-- with a number metatable takes the full path (its __tostring is called)
local smt = getmetatable("")
smt.__tostring = function() return "X" end
print(tostring("a"), tostring(1), tostring(-0.5), tostring(1e100), tostring(0/0) == tostring(0/0))
print(select("#", tostring("a", "b")), (tostring("x")))
smt.__tostring = nil
debug.setmetatable(0, {})
print(tostring(12), tostring(1.25))
debug.setmetatable(0, {__tostring = function(n) return "num" .. n end})
print(tostring(1), tostring("b"), pcall(tostring))
debug.setmetatable(0, nil)
local t = {}
for i = 1, 5 do t[i] = tostring(i / 4) end
print(table.concat(t, " "))
local co = coroutine.wrap(function(...) return tostring(...) end)
print(co(3.5))
