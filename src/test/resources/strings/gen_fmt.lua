-- writes format_cases.txt: fmt \t args ; args are tokens n:<num> s:<escaped> separated by \t
math.randomseed(777)
local out = {}
local function esc(s) return (s:gsub("[^%w%p ]", function(c) return string.format("\\x%02x", c:byte()) end):gsub("\t", "\\x09")) end
local function add(fmt, ...) local t = {esc(fmt)} for _, a in ipairs({...}) do t[#t+1] = a end out[#out+1] = table.concat(t, "\t") end
local nums = {"0", "-0", "1", "-1", "0.5", "1.5", "2.5", "-2.5", "3.14159265358979", "1e15", "1e100", "1e-5", "123456789012345678",
  "2^63", "2^64", "-2^63", "2^53+1", "1e300", "5e-324", "0.1", "255", "-255", "4294967296", "-4294967297", "inf", "-inf", "nan",
  "999.9995", "0.000123456", "1e21", "7", "12345.6789", "-0.0001", "1/3", "2^-1074*3", "0x1p-1022", "1.96875", "9.5", "10.5", "0.05"}
local specs = {"d", "i", "u", "x", "X", "o", "e", "E", "f", "g", "G", "a", "A", "c"}
local flagsets = {"", "-", "+", " ", "#", "0", "-0", "+0", "# ", "-#", "+ ", "0#"}
local widths = {"", "1", "5", "12", "25", "99"}
local precs = {"", ".", ".0", ".1", ".3", ".10", ".17", ".40", ".99"}
for _, sp in ipairs(specs) do
  for _, n in ipairs(nums) do
    add("%" .. sp, "n:" .. n)
    for i = 1, 6 do
      local f = "%" .. flagsets[math.random(#flagsets)] .. widths[math.random(#widths)] .. precs[math.random(#precs)] .. sp
      add(f, "n:" .. n)
    end
  end
end
for i = 1, 400 do
  local v = (math.random() - 0.5) * 10 ^ math.random(-20, 20)
  local f = "%" .. flagsets[math.random(#flagsets)] .. widths[math.random(#widths)] .. precs[math.random(#precs)] .. specs[math.random(7, 13)]
  add(f, "n:" .. string.format("%.17g", v))
end
local strs = {"", "abc", "hello world", "a\0b", "\"quoted\"\n\\", "\r\0011\127\200\255", "x", "12345678901234567890"}
for _, s in ipairs(strs) do
  for _, f in ipairs({"%s", "%q", "%5s", "%-5s|", "%.2s", "%10.3s|", "%-10.0s|", "%05s", "%.99s"}) do add(f, "s:" .. esc(s)) end
end
add("%s %s %d", "s:a", "s:b", "n:3")
add("%d", "s:12"); add("%x", "s: 0x1F "); add("%d", "s:abc"); add("%d"); add("%s"); add("%d %d", "n:1")
add("%5.1f|%-8.3e|%+g", "n:1.25", "n:12345.678", "n:100")
add("abc%%def%%"); add("%"); add("%y", "n:1"); add("%100d", "n:1"); add("%5.100f", "n:1"); add("%-", "n:1"); add("abc%"); add("%5%")
add("%\n", "n:1"); add("%F", "n:1"); add("%C", "n:65"); add("%ld", "n:1"); add("% -+#0d", "n:5"); add("%.f", "n:2.5"); add("%#.0f", "n:2")
add("%c%c%c", "n:65", "n:256", "n:-1"); add("%c", "n:2^40+65"); add("%c", "n:65.9"); add("a\0%sz", "s:b")
add("%#x|%#o|%#X|%#.0o|%.0x|%.0d", "n:0", "n:0", "n:0", "n:0", "n:0", "n:0")
add("%5.3d|%-5.3d|%05.3d|%+.3d|% 05d", "n:7", "n:-7", "n:7", "n:7", "n:-7")
for _, line in ipairs(out) do print(line) end
