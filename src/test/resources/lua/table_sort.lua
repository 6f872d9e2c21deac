-- table.sort: LuaJIT's quicksort, also with odd comparators
local function show(t) local p = {} for i = 1, #t do p[i] = tostring(t[i]) end return table.concat(p, " ") end
local t = {5, 3, 8, 1, 9, 2, 7, 4, 6, 0}
table.sort(t) print(show(t))
table.sort(t, function(a, b) return a > b end) print(show(t))
t = {"pear", "apple", "fig", "banana", "Apple", "cherry"}
table.sort(t) print(show(t))
t = {3, 1, 2}
table.sort(t, function(a, b) return true end) print(show(t))
print(pcall(table.sort, {3, 2, 1, 5, 4, 7, 6}, function(a, b) return true end))
print(pcall(table.sort, {1, "x"}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {1, 2, nil, 4}))
print(pcall(table.sort, {1, 2}, 3))
print(pcall(table.sort))
-- a comparator that is not a strict order: results depend on the algorithm
t = {}
for i = 1, 40 do t[i] = (i * 37) % 11 end
print(pcall(table.sort, t, function(a, b) return a <= b and a % 3 ~= 0 end))
print(show(t))
t = {}
for i = 1, 40 do t[i] = (i * 37) % 11 end
print(pcall(table.sort, t, function(a, b) return a % 4 < b % 4 or a < 3 end))
print(show(t))
t = {}
for i = 1, 25 do t[i] = (i * 13) % 7 end
print(pcall(table.sort, t, function(a, b) return a <= b end))
print(show(t))
t = {}
for i = 1, 30 do t[i] = (i * 7) % 13 end
local calls = 0
table.sort(t, function(a, b) calls = calls + 1 return a < b end)
print(show(t), calls)
-- stability is not promised: equal keys end up where the algorithm leaves them
local recs = {}
for i = 1, 20 do recs[i] = {k = i % 4, id = i} end
table.sort(recs, function(a, b) return a.k < b.k end)
local ids = {} for i = 1, #recs do ids[i] = recs[i].id end
print(table.concat(ids, " "))
-- __lt metamethod
local mt = {__lt = function(a, b) return a.v < b.v end}
local objs = {}
for i, v in ipairs({4, 1, 3, 2}) do objs[i] = setmetatable({v = v}, mt) end
table.sort(objs)
print(objs[1].v, objs[2].v, objs[3].v, objs[4].v)
-- errors raised by the comparator pass through
print(pcall(table.sort, {1, 2, 3}, function(a, b) error("boom") end))
local ok, e = pcall(table.sort, {1, 2, 3}, function(a, b) error({code = 7}) end) print(ok, type(e), e.code)
-- yield inside the comparator
local co = coroutine.create(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)
local ok, e = coroutine.resume(co)
print(ok, e:match("attempt to yield across C%-call boundary$"))
local big = {}
for i = 1, 1000 do big[i] = (i * 7919) % 1000 end
table.sort(big)
local ok = true
for i = 2, 1000 do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[500], big[1000])
