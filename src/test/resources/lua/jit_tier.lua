-- jit.on/off/flush switch jresty's compile tier (as LuaJIT's JIT): results never change, only the status does
local function work(n)
  local s, t = 0, {}
  for i = 1, n do
    t[i] = i * 2
    s = s + t[i] % 7 - i / 4
  end
  for k, v in pairs({a = 1, b = 2}) do s = s + v end
  local str = ""
  for i = 1, 5 do str = str .. i end
  return s, #t, str
end
print((jit.status()))
print(work(200))
jit.off()
print((jit.status()))
print(work(200))
jit.on()
print((jit.status()))
print(work(200))
jit.flush()
print(work(200))
jit.off(work)
print(work(200))
jit.on(work, true)
jit.flush(work, true)
print(work(200))
jit.opt.start("hotloop=1")
print(work(200))
-- errors raised in compiled code name the same variables and lines as the interpreter's
local function bad(t, n)
  local sum = 0
  for i = 1, n do sum = sum + t[i] end
  return sum
end
for i = 1, 3 do print(pcall(bad, {1, 2, 3}, 3)) end
print(pcall(bad, {1, 2, "x", nil}, 4))
print(pcall(bad, {1, 2, {}}, 3))
print(select(2, pcall(bad, nil, 1)))
