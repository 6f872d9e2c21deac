-- table library basics (outputs recorded with luajit)
local function show(t, n)
  local parts = {}
  for i = 1, n or #t do parts[#parts + 1] = tostring(t[i]) end
  return "{" .. table.concat(parts, ",") .. "}"
end
print(table.concat({1, 2, 3}), table.concat({1, 2.5, "x"}, 3), table.concat({"a", "b"}, ", "))
print(table.concat({1, 2, 3}, ", ", 2), table.concat({1, 2, 3}, "-", 2, 3), table.concat({}, "x"))
print(table.concat({1, 2}, nil, 1, nil), table.concat({1, 2, 3}, "", 3, 1), table.concat({1e100, -0, 1/0, 0.1}, " "))
print(pcall(table.concat, {1, 2, nil, 4}, ",", 1, 4))
print(pcall(table.concat, {1, {}}))
print(pcall(table.concat, {1, 2, 3}, "", 1, 5))
print(pcall(table.concat, {true}))
print(pcall(table.concat, {}, {}))
print(pcall(table.concat))
print(table.concat({[0] = "z", "a", "b"}, "|", 0, 2), table.concat({"a", "b", "c"}, 1, "2", 3))
local t = {}
table.insert(t, "a") table.insert(t, "b") table.insert(t, 1, "c") table.insert(t, 2, "d")
print(show(t), #t)
table.insert(t, #t + 1, "e") print(show(t))
table.insert(t, 8, "f") print(show(t, 8), #t)
print(pcall(table.insert, t, 1, 2, 3))
print(pcall(table.insert, t))
print(pcall(table.insert, t, "x", "z"))
print(pcall(table.insert, nil, 1))
t = {1, 2, 3, 4, 5}
print(table.remove(t), show(t))
print(table.remove(t, 1), show(t))
print(table.remove(t, 2), show(t))
print(table.remove(t, "1"), show(t))
print(select('#', table.remove(t, 5)), select('#', table.remove({})), select('#', table.remove({}, 1)))
print(table.remove(t), table.remove(t), #t)
print(pcall(table.remove, t, "x"))
print(pcall(table.remove, nil))
t = {n = 1, 10, 20, 30}
print(table.remove(t, #t), show(t), t.n)
print(table.getn({1, 2, 3}), table.getn({}), pcall(table.getn, 1))
print(table.maxn({1, 2, [10] = 3, [20.5] = 1}), table.maxn({}), table.maxn({[-5] = 1}), table.maxn({a = 1, [3] = 2}))
print(table.foreachi({10, 20, 30}, function(i, v) print("fi", i, v) end))
print(table.foreachi({10, 20, 30}, function(i, v) if v == 20 then return "stop" .. i end end))
print(table.foreach({a = 1}, function(k, v) return k .. v end))
local count = 0
print(table.foreach({1, 2, 3, x = 4}, function(k, v) count = count + v end), count)
print(pcall(table.foreachi, {}, 1))
print(pcall(table.foreach, 1, print))
t = {1, 2, 3, 4, 5}
print(show(table.move(t, 2, 4, 1)))
t = {1, 2, 3, 4, 5}
print(show(table.move(t, 1, 3, 3), 5))
local dst = table.move({1, 2, 3}, 1, 3, 2, {9})
print(show(dst, 4))
print(pcall(table.move, {}, "a", 1, 2))
print(pcall(table.move, {}, 1, 2, 3, 4))
