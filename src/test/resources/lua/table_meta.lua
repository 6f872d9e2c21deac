-- no table function sees __index/__newindex: the C ones are raw and the Lua-written ones (remove, move,
-- foreachi) use raw index instructions
local log = {}
local function logged(t)
  return setmetatable(t, {
    __index = function(_, k) log[#log + 1] = "get" .. tostring(k) return "dflt" .. tostring(k) end,
    __newindex = function(tt, k, v) log[#log + 1] = "set" .. tostring(k) rawset(tt, k, v) end,
  })
end
local function flush() local s = table.concat(log, " ") log = {} return s end
local t = logged({1, 2, 3})
table.insert(t, 4) table.insert(t, 1, 0)
print(#t, t[1], t[5], flush())
print(table.concat(t, ","), flush())
print(pcall(table.concat, logged({1, nil, 3}), ",", 1, 3))
print(flush())
t = logged({10, 20, 30})
print(table.remove(t, 1), flush())
print(rawget(t, 1), rawget(t, 2), rawget(t, 3), #t)
t = logged({10, 20, 30})
rawset(t, 2, nil)
print(table.remove(t, 1), flush(), rawget(t, 1), rawget(t, 2))
-- raw index instructions truncate number keys
t = {1, 2, 3, 4}
print(table.remove(t, 1.5), #t, t[1], t[2], t[3], t[4])
t = {1, 2, 3, 4}
print(table.move(t, 1.5, 2, 3) == t, t[1], t[2], t[3], t[4])
t = {1, 2, 3, 4, 5}
print(table.remove(t, 2.9), #t, t[1], t[2], t[3], t[4], t[5])
t = logged({})
print(table.remove(t), flush())
t = logged({1, 2, 3})
table.move(t, 1, 3, 3)
print(flush(), rawget(t, 5))
local src = logged({1, nil, 3})
local dst = logged({})
table.move(src, 1, 3, 1, dst)
print(flush(), rawget(dst, 2))
t = logged({1, nil, 3})
table.foreachi(t, function(i, v) log[#log + 1] = "cb" .. i .. "=" .. tostring(v) end)
print(flush())
print(table.getn(logged({1, 2})), table.maxn(logged({1, 2, [7] = 1})), flush())
t = logged({3, 1, 2})
table.sort(t)
print(t[1], t[2], t[3], flush())
table.foreach(logged({5}), function(k, v) log[#log + 1] = k .. "=" .. v end)
print(flush())
-- __len is not used by # on tables in 5.1 mode, so neither by the library
t = setmetatable({1, 2}, {__len = function() return 10 end})
table.insert(t, "x")
print(#t, t[3], table.concat(t, "-"), table.getn(t))
