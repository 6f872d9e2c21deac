-- require "jit.util": function inspection from prototypes (recorded with luajit; funcbc's third argument, the
-- line, is OpenResty's addition: those two lines are edited by hand)
local u = require "jit.util"
print(type(u), package.loaded["jit.util"] == u, require("jit.util") == u, jit.util)
local function f(a, b, ...) local x = a + 1 return x * 2.5, "s", b end
local i = u.funcinfo(f)
for _, k in ipairs{"linedefined", "lastlinedefined", "stackslots", "params", "bytecodes", "gcconsts",
                   "nconsts", "upvalues", "currentline", "isvararg", "children", "source", "loc"} do
  print(k, i[k])
end
local i2 = u.funcinfo(select) print(i2.upvalues, type(i2.addr), i2.linedefined)
print(u.funcinfo(f, 2).currentline, u.funcinfo(f, 2).loc, u.funcinfo(f, 6).currentline, u.funcinfo(f, 6).loc)
print(u.funcinfo(f, 99).loc, u.funcinfo(f, -1).currentline)
for pc = 0, 6 do print(pc, u.funcbc(f, pc)) end
print(u.funcbc(f, 1, 1))
print(u.funcbc(f, 5, 2))
for k = -3, 3 do print(k, u.funck(f, k)) end
local up1, up2 = 1, 2
local function g() return up1 + up2 + u end
print(u.funcuvname(g, 0), u.funcuvname(g, 1), u.funcuvname(g, 2), u.funcuvname(g, 3), u.funcuvname(g, -1))
-- no calls in h: call frames take 1 slot in x64 mode and 2 in GC64, which changes the registers
local function h(t, n)
  if n < 10 then return #t .. "x" end
  t.k = -t[1] + n * 2
  G_x = t[n] or {1, 2, a = n}
  return t.k, n % 3, n ^ 2, not n, n == "s", n <= 4, t[2] - 1, 5 / n
end
-- (pc 0, the FUNCF header, holds the frame size)
for pc = 1, u.funcinfo(h).bytecodes - 1 do print("h", pc, u.funcbc(h, pc)) end
local tk = u.funck(h, -2) print(type(tk))
local main = u.funcinfo(function() end)
print(main.children, main.isvararg, main.params, main.bytecodes)
local outer = u.funcinfo(h) print(outer.children)
print(u.funcinfo(function() return function() end end).children)
local s = loadstring("local a = ... return a, 'x'", "=chunky")
local si = u.funcinfo(s) print(si.source, si.loc, si.linedefined, si.lastlinedefined, si.isvararg)
s = loadstring("return 1", "some code") print(u.funcinfo(s).loc, u.funcinfo(s).source)
print(pcall(u.funcbc, print, 0))
print(pcall(u.funcinfo, 1))
print(pcall(u.funck, f))
print(pcall(u.funcuvname))
print(u.traceinfo(1), u.tracek(1, 1), u.tracesnap(1, 1), u.tracemc(1))
