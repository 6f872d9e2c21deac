-- gsub with random patterns, replacement strings (%0-%9, %%) and counts (deterministic LCG)
local seed = 11
local function rnd(n) seed = (seed * 16807) % 2147483647 return seed % n + 1 end
local atoms = {"a", "b", ".", "%a", "%d", "(a)", "(%w+)", "()", "(.)", "%s*", "(b*)", "[ab]+", "(%d)(%d)", "^", "$", "x?"}
local repls = {"%0", "%1", "%2", "%%", "x", "%a", "", "[%1|%2]", "%3", "%0%0"}
local chars = {"a", "b", "1", "2", " ", "x", "."}
for i = 1, 2500 do
  local p = ""
  for j = 1, rnd(3) do p = p .. atoms[rnd(#atoms)] end
  local s = ""
  for j = 1, rnd(10) - 1 do s = s .. chars[rnd(#chars)] end
  local r = repls[rnd(#repls)]
  local n = rnd(5) - 2
  if n == 3 then n = nil end
  print(p, s, r, tostring(n), pcall(string.gsub, s, p, r, n))
end
