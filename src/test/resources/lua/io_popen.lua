-- io.popen (read and write pipes) and os.execute's statuses
local name = os.tmpname()
local function show(...)
  local out = ""
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    out = out .. (i > 1 and " " or "") .. (type(v) == "string" and '"' .. v .. '"' or tostring(v))
  end
  print(out)
end

local p = io.popen("echo hello; echo world")
show(io.type(p))
show(p:read("*l"))
show(p:read("*a"))
show(p:read("*a"), p:read("*l"))
show(p:close())
show(io.type(p))
show(pcall(p.read, p))

p = io.popen("printf '1 2.5 x'", "r")
show(p:read("*n", "*n", "*n"))
show(p:close())

for l in io.popen("printf 'a\\nb\\nc'"):lines() do show(l) end

p = io.popen("cat > " .. name, "w")
show(p:write("to the child\n", 7, "\n"))
show(p:close())
local f = assert(io.open(name))
show(f:read("*a"))
f:close()

p = io.popen("exit 3")
show(p:read("*a"))
show(p:close())

show(pcall(p.close, p))
local ok, msg, code = io.popen("true", "x")
show(ok, msg, code)
show(pcall(io.popen))

-- a write pipe's output goes to our standard output
io.stdout:flush()
p = io.popen("cat", "w")
p:write("through cat\n")
p:close()
io.stdout:flush()

-- os.execute returns the wait status (exit code * 256)
show(os.execute())
show(os.execute("true"))
show(os.execute("exit 1"))
show(os.execute("exit 3"))
show(os.execute("echo executed > " .. name))
f = assert(io.open(name))
show(f:read("*l"))
f:close()
io.stdout:flush()
show(os.execute("echo from child"))
os.remove(name)
