-- table.new / table.clear through require
local new = require "table.new"
local clear = require "table.clear"
print(type(new), type(clear), table.new == new, table.clear == clear, require("table.new") == new)
local t = new(10, 5)
print(#t, next(t))
for i = 1, 10 do t[i] = i end
t.a, t.b = 1, 2
print(#t, t[10], t.a)
clear(t)
print(#t, next(t), t[1], t.a)
t[1] = "again" print(#t, t[1])
print(pcall(new, "x", 1))
print(pcall(new, 1))
print(pcall(clear, nil))
print(type(new(0, 0)), type(new(-1, 0)), pcall(new, 0, -1))
print(pcall(new, -1, -1))
