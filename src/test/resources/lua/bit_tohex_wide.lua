-- bit.tohex with digit counts beyond 254: OpenResty's LuaJIT (like current LuaJIT 2.1) clamps the count to 254
-- (Debian's older luajit wraps it modulo 256 instead, so this expected output is written by hand)
print(#bit.tohex(1, 255), #bit.tohex(1, 1000), #bit.tohex(1, -1000))
print(bit.tohex(7, 2^31) == string.rep("0", 253) .. "7", bit.tohex(0xab, -2^31) == string.rep("0", 252) .. "AB")
print(bit.tohex(1, 255):sub(-3), bit.tohex(0xff, -300):sub(-4))
