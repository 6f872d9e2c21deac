-- A constructor ending in a multiple-value call ({f()}, BC_TSETM) grows the array part, when the values do not
-- fit, to hold them exactly (lj_tab_reasize), as LuaJIT does. Printed: bytes beyond the n = 0 case (array slots
-- are 8 bytes in both modes, so the numbers are the same in x64 and GC64).
collectgarbage("stop")
local s = string.rep("a", 300)
local function f(n) return s:byte(1, n) end
local x = {f(300)} -- grow the stack once
local base_t, base_u
for _, n in ipairs({0, 1, 2, 3, 4, 5, 8, 9, 16, 17, 100}) do
  for rep = 1, 2 do
    local a = collectgarbage("count")
    local t = {f(n)}
    local b = collectgarbage("count")
    local u = {0, 0, 0, f(n)}
    local c = collectgarbage("count")
    if rep == 2 then
      base_t = base_t or (b - a) * 1024
      base_u = base_u or (c - b) * 1024
      print(n, (b - a) * 1024 - base_t, (c - b) * 1024 - base_u, #t, #u, t[n], u[n + 3])
    end
  end
end
local function pack(...) return {...} end
local p = pack(1, nil, 3, nil)
print(#p == 4 or #p == 3 or #p == 1, p[3], select("#", unpack(pack(1, 2, 3))))
