-- stripped bytecode reports line 0 (no debug info) and no variable names
local function f() local t; return t.x end
local g = loadstring(string.dump(f, true), "=stripped")
print(pcall(g))
local h = loadstring(string.dump(f), "=kept")
print(pcall(h))
