-- Numbers written by concatenation and tostring ("%.14g"): integral fast path and its edges.
local vals = {0, -0, 1, -1, 7, 10, 99, 100, 12345, -12345, 2^31 - 1, 2^31, -2^31, -2^31 - 1, 2^32,
  1e13, 99999999999999, -99999999999999, 1e14, -1e14, 1e14 + 1, 123456789012345, 1e15, -1e15,
  2^53, 2^53 + 2, -2^53, 2^63, -2^63, 2^64, 1e100, -1e100, 1e308, 0.5, -0.5, 0.1, 1/3, 1e-5, 1e-300,
  5e-324, 1/0, -1/0, 0/0, 3.0000000000001, 2.5e-7}
for _, v in ipairs(vals) do
  io.write(v .. "", " ", tostring(v), " ", "<" .. v .. ">", " ", v .. v, "\n")
end
local t = {}
for i = -3, 3 do t[#t + 1] = i .. "" end
print(table.concat(t, ","))
print(#(2^53 .. ""), (2^53 .. "") == tostring(2^53), -0 .. "" == "-0")
