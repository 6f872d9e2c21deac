-- require, package.loaded/preload/loaders/path/cpath, searchpath, module, seeall: modules are written to a
-- temporary directory first
local dir = os.tmpname()
os.remove(dir)
os.execute("mkdir -p " .. dir .. "/pkg/sub")
local function write(rel, text)
  local f = assert(io.open(dir .. "/" .. rel, "w"))
  f:write(text)
  f:close()
end
local function clean(s) return (tostring(s):gsub(dir, "DIR")) end
local function try(...)
  local ok, err = pcall(...)
  print(ok, clean(err))
end

write("plain.lua", "print('loading plain', ...) return {name = 'plain'}")
write("noreturn.lua", "print('loading noreturn', ...) x_from_noreturn = 1")
write("falsy.lua", "return false")
write("setsloaded.lua", "package.loaded[...] = 'set by module'")
write("pkg/init.lua", "return 'pkg init ' .. ...")
write("pkg/sub/leaf.lua", "return 'leaf ' .. ...")
write("badsyntax.lua", "return +")
write("raises.lua", "error('module raised')")
write("loopa.lua", "return require('loopb')")
write("loopb.lua", "return require('loopa')")
write("sentinel.lua", "local v = package.loaded[...] print(type(v), v ~= nil) return true")
write("mod1.lua", "module(...)\nvalue = 10\nfunction get() return value end\n")
write("mod2.lua", "module(..., package.seeall)\nfunction show() print(_NAME, _PACKAGE, type(_M), type(print)) end\n")
write("pkg/sub/mod3.lua", "module(...)\nlocal p = _PACKAGE\nfunction pk() return p end\n")
write("opts.lua", "local function opt(m) m.opt_called = (m.opt_called or 0) + 1 end\nmodule(..., opt, opt)\n")
write("native.so", "not really a library")

package.path = dir .. "/?.lua;" .. dir .. "/?/init.lua"
package.cpath = ""

print(type(package.loaders), #package.loaders, type(package.preload), type(package.loaded))
print(package.loaded._G == _G, package.loaded.io == io, package.loaded.package == package)
print(package.config)

local p = require("plain")
print(p.name, require("plain") == p, package.loaded.plain == p)
print(require("noreturn"), package.loaded.noreturn, x_from_noreturn)
print(require("falsy"), package.loaded.falsy)
print(require("setsloaded"))
print(require("pkg"))
print(require("pkg.sub.leaf"))
print(require("sentinel"))
try(require, "badsyntax")
try(require, "badsyntax")
try(require, "raises")
print(package.loaded.raises)
try(require, "raises")
try(require, "loopa")
try(require, "nosuchmodule")
try(require, "no.such.module")
try(require)
try(require, {})
print(require(5 == 5 and "plain") == p)

-- the C loaders: cpath searched for the name and for its root
package.cpath = dir .. "/?.so;" .. dir .. "/?/core.so"
try(require, "missing.part")
package.cpath = ""

-- preload
package.preload.virtual = function(name, extra) print("preload called", name, extra) return {v = true} end
print(require("virtual").v, package.loaded.virtual.v)
package.preload.virtual = nil
print(require("virtual").v)

-- custom loaders
local saved = package.loaders
for i = #package.loaders, 2, -1 do package.loaders[i + 1] = package.loaders[i] end
package.loaders[2] = (function(name)
  if name == "custom" then return function(n) return "custom module " .. n end end
  return "\n\tcustom loader has no '" .. name .. "'"
end)
print(require("custom"))
try(require, "neither")
package.loaders = {}
try(require, "anything")
package.loaders = "x"
try(require, "anything2")
package.loaders = saved
package.preload = nil
try(require, "anything3")
package.preload = {}
package.path = 5
try(require, "anything4")
package.path = dir .. "/?.lua;" .. dir .. "/?/init.lua"

-- searchpath
print(clean(package.searchpath("plain", package.path)))
print(clean(package.searchpath("pkg.sub.leaf", package.path)))
print(clean(select(2, package.searchpath("a.b", dir .. "/?.x;" .. dir .. "/?/y;;"))))
print(clean(package.searchpath("pkg_sub_leaf", dir .. "/?.lua", "_", "/")))
print(clean(package.searchpath("pkg/sub/leaf", dir .. "/?.lua", "", "")))
print(package.searchpath("x", ""))
try(package.searchpath)
try(package.searchpath, "x")

-- module
local m1 = require("mod1")
print(m1.value, m1.get(), m1._NAME, m1._PACKAGE, m1._M == m1, mod1 == m1, m1.print)
require("mod2").show()
print(mod2._NAME, getmetatable(mod2).__index == _G)
local m3 = require("pkg.sub.mod3")
print(m3._NAME, m3.pk(), pkg == nil, type(package.loaded["pkg.sub.mod3"]))
print(require("opts").opt_called)
try(module, "frompcall")
local t = setmetatable({}, {})
package.seeall(t)
print(getmetatable(t).__index == _G)
try(package.seeall)
try(module)
print(pcall(function() module("string") end))
print(pcall(function() module("print.x") end))
print(pcall(function() module("deep.er.name") end), type(deep.er.name), deep.er.name._PACKAGE)

-- loadlib cannot load native libraries
local f, msg, where = package.loadlib(dir .. "/native.so", "luaopen_native")
print(f, where)
os.execute("rm -r " .. dir)
