-- random patterns on random subjects: find, gsub and gmatch results and errors (deterministic LCG)
local seed = 1
local function rnd(n) seed = (seed * 16807) % 2147483647 return seed % n + 1 end
local atoms = {"a", "b", ".", "%a", "%d", "%s", "%w", "%p", "[ab]", "[^a]", "[a-c]", "%%", "%]", "[%a%d]", "%b()", "%f[%a]", "%f[%A]", "(", ")", "()", "%1", "^", "$", "x", " ", "-", "%.", "[]]", "[^]]", "%z", "\0"}
local quants = {"", "", "", "*", "+", "-", "?"}
local chars = {"a", "b", "c", "1", "2", " ", "(", ")", ".", "%", "]", "x", "\0", "-"}
local function esc(s) return (s:gsub("[^%w%p ]", function(c) return "\\" .. c:byte() end)) end
local lines = 0
for i = 1, 2500 do
  local p = ""
  for j = 1, rnd(5) do p = p .. atoms[rnd(#atoms)] .. quants[rnd(#quants)] end
  local s = ""
  for j = 1, rnd(12) - 1 do s = s .. chars[rnd(#chars)] end
  local init = rnd(7) - 3
  local r = {pcall(string.find, s, p, init)}
  local out = esc(p) .. " @ " .. esc(s) .. " -> "
  for k = 1, #r do out = out .. esc(tostring(r[k])) .. "," end
  r = {pcall(string.gsub, s, p, "<%0>")}
  for k = 1, #r do out = out .. esc(tostring(r[k])) .. "," end
  local ok, e = pcall(function()
    local acc = ""
    local n = 0
    for a, b in s:gmatch(p) do acc = acc .. tostring(a) .. "/" .. tostring(b) .. ";" n = n + 1 if n > 20 then break end end
    return acc
  end)
  out = out .. tostring(ok) .. ":" .. esc(tostring(e))
  print(out)
end
