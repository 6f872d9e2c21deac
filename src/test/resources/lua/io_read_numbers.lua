-- io.read("*n") reads numbers as glibc's fscanf("%lf") does: what it consumes when it fails, hex, inf, nan
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("0x1p4 1.5e+ -.5 +-1 infinity nan(123) INF -InFiNiTy 0X1F.8 1e400 -1e-400 00012 .e5 5. 0x.8 0x 0xg ",
  "1e+5x 12345678901234567890123 - + 7\n\t\n 8")
f:close()
f = assert(io.open(name))
local out = ""
for i = 1, 28 do
  local v = f:read("*n")
  out = out .. tostring(v) .. "|"
  if v == nil then out = out .. "<" .. tostring(f:read(1)) .. ">" end
end
print(out)
f:close()
f = assert(io.open(name))
print(pcall(f.read, f, -1))
print(f:read(1.9, "*n", 2.5))
print(pcall(f.lines, f, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,
  31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60))
print(type(f:lines(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,
  31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59)))
f:close()
os.remove(name)
