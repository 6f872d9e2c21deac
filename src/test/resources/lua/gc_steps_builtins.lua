-- Every builtin that makes a new object runs the collector's step check (LuaJIT's ffgccheck / lj_gc_check): a
-- loop whose only allocation is one builtin keeps the heap bounded instead of growing until the loop ends.
local cases = {
  {"tostring(number)", function(i) return tostring(i * 1.5) end},
  {"tostring(integer)", function(i) return tostring(i) end},
  {"tostring(table)", function(i) return tostring({}) end},
  {"pcall(tostring)", function(i) return pcall(tostring, i) end},
  {"string.format", function(i) return string.format("%d", i) end},
  {"string.rep", function(i) return string.rep("x", i % 20 + 1) end},
  {"string.sub", function(i) return ("abcdefghij" .. i):sub(2, 9) end},
  {"string.upper", function(i) return ("abc" .. i):upper() end},
  {"string.char", function(i) return string.char(i % 256, i % 251) end},
  {"string.gsub", function(i) return (string.gsub("ab" .. i, "b", "x")) end},
  {"table.concat", function(i) return table.concat({i, i}) end},
  {"bit.tohex", function(i) return bit.tohex(i) end},
  {"concatenation", function(i) return "a" .. i end},
}
for _, c in ipairs(cases) do
  collectgarbage()
  local before = collectgarbage("count")
  local f, x = c[2]
  for i = 1, 100000 do x = f(i) end
  print(c[1], collectgarbage("count") - before < 1500)
end
