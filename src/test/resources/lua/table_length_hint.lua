-- # of tables grown by appends, holes, removals and reverse fills (LuaJIT's border search).
local function show(label, t) print(label, #t) end
local t = {}
for i = 1, 100 do t[#t + 1] = i end
show("append 100", t)
t[100] = nil show("drop last", t)
t[50] = nil show("hole at 50", t)
t[50] = 50 show("hole filled", t)
for i = 99, 60, -1 do t[i] = nil end show("pop to 59", t)
t[80] = 1 show("island at 80", t)
t[80] = nil show("island gone", t)
local r = {}
for i = 10, 1, -1 do r[i] = i end
show("reverse fill", r)
r[5] = nil show("reverse hole", r)
local q = {}
for i = 1, 20 do q[i] = i end
for i = 1, 20 do q[i] = nil end
show("emptied", q)
q[1] = 1 show("one again", q)
local z = {n = 1}
z[1], z[2], z[3] = 1, 2, 3
z[2] = nil show("mixed hole", z)
local w = {1, 2, 3, 4, 5, 6, 7, 8}
table.remove(w) table.remove(w, 1) show("removed", w)
table.insert(w, 1, 0) table.insert(w, 9) show("inserted", w)
local c = {}
for i = 1, 64 do c[i] = i end
c[64] = nil c[33] = nil show("two gaps", c)
c[0] = 0 show("slot 0", c)
-- a weak-valued array whose values are collected
local weak = setmetatable({}, {__mode = "v"})
for i = 1, 10 do weak[i] = {} end
weak[11] = "kept"
collectgarbage() collectgarbage()
show("weak after gc", weak)
weak[1] = "a" show("weak refilled 1", weak)
-- template constructors
local function mk() return {1, 2, 3, x = 1, y = 2} end
local a, b = mk(), mk()
a[4] = 4 a.x = 10 b[3] = nil
show("tdup a", a) show("tdup b", b)
print(mk().x, mk()[3], #mk(), a.x, b.x)
local function mk2() return {f = function() end, g = 1, "s"} end
local m1, m2 = mk2(), mk2()
m1.g = 5
print(type(m2.f), m2.g, m1.g, #m1, m1[1], m2[1])
