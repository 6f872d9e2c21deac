-- debug.getinfo's nups for builtins: the upvalues LuaJIT's C functions carry
local function nups(f) return debug.getinfo(f, "u").nups end
print(nups(print), nups(type), nups(pairs), nups(ipairs), nups(newproxy), nups(string.gmatch), nups(tostring))
print(nups(coroutine.wrap(function() end)), nups(function() return nups end), nups(string.format))
