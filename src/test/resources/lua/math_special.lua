-- special arguments: infinities, NaN, signed zeros, huge and tiny values
local inf, nan = 1/0, 0/0
local function z(x) return x == 0 and (1/x < 0 and "-0" or "+0") or tostring(x) end
local args = {0, -0, inf, -inf, nan, 1e-300, -1e-300, 5e-324, 1e300, -1e300, 1e10, -1e10, 710, -710, 745, -746, 1, -1, 0.5, 1e-8, -1e-8, 22, 709.5, 710.3, 3e8}
for _, name in ipairs({"exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "sqrt", "floor", "ceil", "abs"}) do
  local out = {}
  for i, x in ipairs(args) do out[i] = z(math[name](x)) end
  print(name, table.concat(out, " "))
end
local out = {}
for _, y in ipairs({0, -0, 1, -1, inf, -inf}) do
  for _, x in ipairs({0, -0, 1, -1, inf, -inf}) do out[#out + 1] = z(math.atan2(y, x)) end
end
print("atan2", table.concat(out, " "))
print(z(math.log(0, 2)), z(math.log(inf, 2)), z(math.log(-1, 2)), z(math.log(1, 2)), z(math.log(8, inf)), z(math.log(2, 0.5)))
print(z(math.fmod(0, 1)), z(math.fmod(-0, 1)), z(math.fmod(-2, 2)), z(math.fmod(inf, 1)), z(math.fmod(1, inf)), z(math.fmod(-1, -inf)))
