-- io: default input/output files, io.write/io.read/io.lines/io.close on them, the standard handles
local name = os.tmpname()
local function show(...)
  local out = ""
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    out = out .. (i > 1 and " " or "") .. (type(v) == "string" and '"' .. v .. '"' or tostring(v))
  end
  print(out)
end

-- io.write and print share standard output, in order
io.write("a", 1, " ", 2.5, "\n")
print("b")
io.write("c")
io.stdout:write("d\n")
show(io.write())
show(io.stdout:write("e", "\n"))
show(io.flush(), io.stdout:flush())
show(io.input() == io.stdin, io.output() == io.stdout)
show(io.type(io.stdin), io.type(io.stdout), io.type(io.stderr))
show(io.stderr:write(""))

-- io.output(name) truncates and becomes the default output
local out = io.output(name)
show(io.type(out), out == io.output(), out ~= io.stdout)
show(io.write("first line\n", 42, "\n"))
show(io.close())
show(io.type(out))
show(pcall(io.write, "x"))
show(pcall(io.flush))
show(pcall(io.close))
show(pcall(io.output, out))
io.output(io.stdout)
show(io.output() == io.stdout)

-- io.input(name) opens for reading
local inp = io.input(name)
show(io.type(inp), inp == io.input())
show(io.read())
show(io.read("*n"))
show(io.read("*a"))
show(io.read("*l"))
inp:close()
show(pcall(io.read))
show((pcall(io.lines)))
io.input(name)
for l in io.lines() do show(l) end
show(io.type(io.input()))
io.input():close()

-- an open file handle as the default
local f = assert(io.open(name, "a"))
show(io.output(f) == f)
io.write("appended\n")
io.output(io.stdout)
f:close()
f = assert(io.open(name))
show(io.input(f) == f)
show(io.read("*a"))
io.input(io.stdin)
f:close()

-- errors
show(pcall(io.input, "/nonexistent_file_for_jresty"))
show(pcall(io.output, "/nonexistent/dir/file"))
show(pcall(io.input, {}))
show(pcall(io.output, f))
show(io.stdout:close())
show(io.close(io.stderr))
show(io.type(io.stdout))
print("end")
os.remove(name)
