-- files stay usable across collections: the default output/input (GC roots) and lines iterators (their upvalue)
local name = os.tmpname()
io.output(name)
for i = 1, 20000 do io.write(("x"):rep(100), "\n") if i % 1000 == 0 then collectgarbage() end end
io.output():close()
io.output(io.stdout)
local n = 0
for l in io.lines(name) do n = n + 1 if n % 1000 == 0 then collectgarbage() end end
print(n)
local f = io.open(name)
local it = f:lines("*l")
f = nil
collectgarbage() collectgarbage()
print(#it())
io.input(name)
collectgarbage() collectgarbage()
print(#io.read())
do local g = io.open(name) end
collectgarbage() collectgarbage()
print(collectgarbage("count") > 0)
-- binary data round-trips byte for byte
local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end
local all = table.concat(bytes)
local f = assert(io.open(name, "wb"))
f:write(all, all)
f:close()
f = assert(io.open(name, "rb"))
local back = f:read("*a")
f:close()
print(#back, back == all .. all)
f = assert(io.open(name, "rb"))
local n, lines = 0, 0
for l in f:lines("L") do lines = lines + 1 n = n + #l end
print(lines, n)
f:close()
os.remove(name)
-- NUL bytes in lines: LuaJIT measures each fgets piece with strlen
local cases = {"\0abc\nnext\n", "ab\0cd\nxy\n", "\0\n\0\n", "a\0\n", "\0", "x\n\0", "\n\0\n\n"}
for i, data in ipairs(cases) do
  local g = assert(io.open(name, "wb"))
  g:write(data)
  g:close()
  g = assert(io.open(name, "rb"))
  local out = {}
  for k = 1, 4 do
    local l = g:read("*l")
    out[#out + 1] = l == nil and "nil" or ("[" .. l:gsub("%z", "\\0") .. "]")
  end
  g:close()
  g = assert(io.open(name, "rb"))
  out[#out + 1] = "L:" .. tostring(g:read("L")):gsub("%z", "\\0"):gsub("\n", "\\n")
  g:close()
  print(i, table.concat(out, " "))
end
os.remove(name)
