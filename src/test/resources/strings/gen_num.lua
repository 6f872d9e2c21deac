math.randomseed(12345)
local vals = {0, -0.0, 1, -1, 0.1, 0.5, 1/3, 2/3, 1e15, 1e14, 1e-5, 1e-4, 123456789012345, 2^53, 2^63, 2^64, 1e100, 1e-100,
 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 99999999999999.5, 999999999999999, 9999999999999.95,
 0.00012345678901234567, 1.00000000000005, 123456789012345.5, 1e21, 1e22, 1e23, 3.14159265358979, math.pi, -math.pi,
 100, 1e16, 12345678901234567890, 0.1+0.2, 1-1e-16, 2^-1074, 2^-1022, 4.5e15, 0.0001, 0.00001, 99999.99999999999,
 1.5, 2.5, 1e-310, 123.456, 1e300*1e10, -1e300*1e10}
for _, v in ipairs(vals) do print(string.format("%.17g", v) .. "\t" .. tostring(v)) end
for i = 1, 3000 do
  local kind = i % 6
  local v
  if kind == 0 then v = math.random() * 10 ^ math.random(-30, 30)
  elseif kind == 1 then v = math.random(0, 2^31) * 2 ^ math.random(-60, 60)
  elseif kind == 2 then v = math.floor(math.random() * 10 ^ math.random(1, 20))
  elseif kind == 3 then v = (math.random(1, 2^30) + 0.5) * 10 ^ math.random(-5, 5)
  elseif kind == 4 then v = math.random(1, 99999) / 2 ^ math.random(1, 40)
  else v = math.random() * 10 ^ math.random(-320, 308) end
  if math.random() < 0.3 then v = -v end
  print(string.format("%.17g", v) .. "\t" .. tostring(v))
end
