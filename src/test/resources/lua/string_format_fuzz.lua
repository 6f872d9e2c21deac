-- random numbers through random format specs (deterministic LCG), plus tostring
local seed = 3
local function rnd(n) seed = (seed * 16807) % 2147483647 return seed % n + 1 end
local flags = {"", "-", "+", " ", "#", "0", "-+", "0 ", "#0", "+#"}
local widths = {"", "", "1", "7", "15", "30"}
local precs = {"", "", ".0", ".1", ".2", ".5", ".9", ".14", ".17", ".25"}
local convs = {"d", "i", "u", "x", "X", "o", "e", "E", "f", "g", "G", "a", "A", "c", "s", "q"}
for i = 1, 4000 do
  local m = rnd(2147483646) / rnd(1000000)
  local e = rnd(80) - 40
  local v = m * tonumber("1e" .. e)
  if rnd(3) == 1 then v = -v end
  if rnd(10) == 1 then v = math.floor(v) end
  local spec = "%" .. flags[rnd(#flags)] .. widths[rnd(#widths)] .. precs[rnd(#precs)] .. convs[rnd(#convs)]
  local ok, r = pcall(string.format, spec, v)
  print(spec, tostring(v), ok, r)
end
