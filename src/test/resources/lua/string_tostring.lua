-- numbers as text: print, tostring, concatenation, %.14g rules
local function join(t, sep, n)
  local s = ""
  for i = 1, n or #t do s = s .. (i > 1 and sep or "") .. tostring(t[i]) end
  return s
end
print(1, -1, 0, -0, 1.5, -1.5, 1e15, 1e14, 123456789012345, 1e100, 1e-5, 1e-4, 0.1, 1/3, -1/3)
print(1/0, -1/0, 0/0, -(0/0), (1/0), -(1/0))
print(2^53, 2^63, 2^64, -2^63, 2^-1074, 2^-1022, 1.7976931348623157e308)
print(3.14159265358979, 100, 1e2, 12.5e3, 0x10, 0xff, 1e300 * 1e10)
print(tostring(12), tostring(-0.0), tostring(1e15) .. "", 10 .. "", 1.25 .. "x", -0.0 .. "")
print(99999999999999.5, 999999999999999, 9999999999999.95, 0.00012345678901234567)
print(123.456, 5e-324, 2.5, 4.35, 1e21, 1e22, 1e23)
local t = {}
for i = -5, 5 do t[#t + 1] = tostring(i / 4) end
print(join(t, " "))
out = "" for e = -8, 16, 3 do out = out .. tostring(1.5 * 10 ^ e) .. " " end print(out)
