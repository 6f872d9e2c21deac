-- usage: luajit measure.lua file...  prints bytes of loadstring(second time) per file
local keep = {}
for _, name in ipairs(arg) do
  local src = io.open(name):read("*a")
  for w in src:gmatch("[%a_][%w_]*") do keep[#keep + 1] = w end
  local f1 = assert(loadstring(src, "=k"))
  keep[#keep + 1] = f1
  collectgarbage(); collectgarbage(); collectgarbage("stop")
  local m0 = collectgarbage("count")
  local f2 = loadstring(src, "=k")
  local m1 = collectgarbage("count")
  collectgarbage("restart")
  keep[#keep + 1] = f2
  print(name, string.format("%d", (m1 - m0) * 1024))
end
