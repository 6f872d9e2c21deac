-- xpcall handlers run with extra stack after a stack overflow; a handler that overflows leaves "stack overflow"
local function rec() return 1 + rec() end
print(xpcall(rec, function(m) return "handled: " .. m end))
local function lvl(m) local function inner(x) return x end return inner("H " .. m) end
print(xpcall(rec, lvl))
print(xpcall(rec, function(m) return rec() end))
print("ok")
