-- recursion depth at which "stack overflow" is raised (GC64 from luajit; x64 from the same stack rule, no x64 luajit at hand)
local depth=0
local function h() depth=depth+1; h() end
print(pcall(h), depth)
depth = 0
local function h2(a, b, c) depth=depth+1; local x, y, z = a, b, c; h2(x, y, z) end
print(pcall(h2, 1, 2, 3), depth)
depth = 0
local function h3(...) depth=depth+1; h3(...) end
print(pcall(h3, 1, 2), depth)
