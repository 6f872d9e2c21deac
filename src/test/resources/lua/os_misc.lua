-- os.getenv, os.tmpname, os.remove, os.rename, os.setlocale, os.exit's argument checks
print(os.getenv("JRESTY_SURELY_UNSET_VARIABLE"))
print(type(os.getenv("PATH")))
print(pcall(os.getenv))
print(pcall(os.getenv, {}))

local name = os.tmpname()
print(type(name), #name, name:sub(1, 9))
local f = io.open(name)
print(io.type(f), f:read("*a"))
f:close()
local other = os.tmpname()
local function named(ok, msg, code)
  if msg then msg = msg:gsub("/tmp/lua_%w+", "TMPNAME") end
  print(ok, msg, code)
end
print(other ~= name)

-- rename and remove, with C's error texts and errno values
f = assert(io.open(name, "w"))
f:write("content")
f:close()
print(os.rename(name, other))
named(io.open(name))
f = assert(io.open(other))
print(f:read("*a"))
f:close()
named(os.rename(name, other))
named(os.remove(name))
print(os.remove(other))
named(os.remove(other))
print(os.remove("/nonexistent_dir_for_jresty/x"))
print(os.rename("/nonexistent_file_for_jresty", "/tmp/whatever"))
print(pcall(os.remove))
print(pcall(os.rename, "a"))
print(pcall(os.rename, {}, "b"))

-- removing directories: empty works, non-empty fails
local dir = os.tmpname()
os.remove(dir)
os.execute("mkdir " .. dir .. " && touch " .. dir .. "/inside")
named(os.remove(dir))
os.remove(dir .. "/inside")
print(os.remove(dir))

-- setlocale: the C locale
print(os.setlocale())
print(os.setlocale("C"))
print(os.setlocale("POSIX"))
print(os.setlocale(nil, "numeric"), os.setlocale("C", "time"), os.setlocale(nil, "all"))
print(os.setlocale("no_such_locale_xx"))
print(os.setlocale("no_such_locale_xx", "ctype"))
print(os.setlocale())
print(pcall(os.setlocale, nil, "bad"))
print(pcall(os.setlocale, nil, 5))
print(pcall(os.setlocale, {}))

-- os.exit's arguments are checked before it exits
print(pcall(os.exit, "x"))
print(pcall(os.exit, {}))
