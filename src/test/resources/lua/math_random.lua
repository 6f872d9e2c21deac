-- math.random follows luajit's generator: same seed, same sequence
print(math.random(), math.random(), math.random(10), math.random(5, 7))
for i = 1, 5 do print(math.random(1000000)) end
math.randomseed(42)
print(math.random(), math.random(100), math.random(-5, 5))
math.randomseed(1.5)
print(math.random(), math.random(), math.random(1000000))
math.randomseed(-7)
print(math.random(), math.random(1, 6))
math.randomseed("12")
print(math.random())
math.randomseed(0)
local t = {}
for i = 1, 10 do t[#t + 1] = math.random(100) end
print(table.concat(t, " "))
math.randomseed(1e300)
print(math.random(), math.random(0), math.random(-3), math.random(2.5), math.random(3, 1), math.random(1.5, 3.5))
print(math.random(1e10), math.random(-1e10, 1e10))
math.randomseed(0/0)
print(math.random(1000))
math.randomseed(1/0)
print(math.random(1000))
math.randomseed(123)
local sum = 0
for i = 1, 1000 do sum = sum + math.random() end
print(sum)
local counts = {0, 0, 0}
for i = 1, 3000 do local r = math.random(3); counts[r] = counts[r] + 1 end
print(counts[1], counts[2], counts[3])
print(math.random(1, 1), math.random(2^31), math.random(2^40, 2^40 + 10))
-- full precision over a long run, after several reseeds
for _, seed in ipairs({0, 1, 2^31, -0.5, 1e-300, 12345.678}) do
  math.randomseed(seed)
  local out = {}
  for i = 1, 40 do out[i] = string.format("%.17g", math.random()) end
  print(seed, table.concat(out, " "))
end
