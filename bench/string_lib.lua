-- The string library on a 12 KB text: sub/byte/char, gmatch and find with classes, gsub with a function and a
-- table, match, format, rep, upper/lower, tostring of fractions and table.concat.
local words = {}
for i = 1, 2000 do words[i] = string.format("w%03x", i * 7 % 4096) end
local text = table.concat(words, " ")
local acc = 0
for r = 1, 150 do
  for i = 1, #text - 8, 7 do
    local c = text:sub(i, i + 3)
    acc = acc + c:byte(1) + #c
  end
  for w in text:gmatch("%a%x+") do acc = acc + #w end
  local n = 0
  local s = text:gsub("(%x)(%x)", function(a, b) n = n + 1; return b .. a end)
  acc = acc + n + #s
  acc = acc + #(text:gsub("[w0]", {w = "W", ["0"] = "o"}))
  local i1, i2 = text:find("w(%x%x)f", 1 + r)
  acc = acc + (i1 or 0) + (i2 or 0)
  acc = acc + #string.format("%s=%d (%5.1f%%) %x %g", "key", r, r / 3, r * 255, r / 7)
  acc = acc + #string.rep("ab,", 50) + #(text:upper():lower())
  local t = {}
  for k = 1, 500 do t[k] = string.char(65 + k % 26, 97 + k % 26) .. k / 4 end
  acc = acc + #table.concat(t, ";")
  acc = acc + (string.match(text, "w(%x+) w0") and 1 or 0)
end
print(acc)
