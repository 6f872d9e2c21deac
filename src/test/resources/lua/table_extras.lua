-- OpenResty's table.nkeys, table.isempty, table.isarray, table.clone (expected outputs written by hand:
-- Debian's luajit lacks these modules; the semantics are those of OpenResty's lj_tab.c)
local nkeys = require "table.nkeys"
local isempty = require "table.isempty"
local isarray = require "table.isarray"
local clone = require "table.clone"
print(type(nkeys), type(isempty), type(isarray), type(clone), table.nkeys == nkeys, table.clone == clone)
print(nkeys({}), nkeys({1, 2, 3}), nkeys({a = 1, b = 2, 1}), nkeys({nil, nil, 3}), nkeys({[0] = 1, [-1] = 2}))
local t = {1, 2, 3, x = 1}
t[2] = nil t.x = nil
print(nkeys(t), isempty(t), isempty({}), isempty({nil}), isempty({a = false}))
t[1], t[3] = nil, nil
print(nkeys(t), isempty(t))
print(isarray({}), isarray({1, 2, 3}), isarray({1, nil, 3}), isarray({[0] = 1, [-2] = 1}), isarray({[1.5] = 1}))
print(isarray({a = 1}), isarray({1, 2, x = nil}), isarray({[2^40] = 1}), isarray({["1"] = 1}))
local src = setmetatable({1, 2, 3, a = "x", [10] = 10}, {__index = function() return "meta" end})
local c = clone(src)
print(c ~= src, #c, c[1], c[3], c.a, c[10], c.missing, getmetatable(c))
c[1] = 100
print(src[1], c[1])
print(pcall(nkeys, 1))
print(pcall(isempty))
print(pcall(isarray, "x"))
print(pcall(clone, nil))
