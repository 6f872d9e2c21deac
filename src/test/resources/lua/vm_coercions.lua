-- tonumber and arithmetic coercions read numbers as LuaJIT's lj_strscan does (binary 0b included)
print(tonumber("0b101"), tonumber("-0b11"), tonumber("0B11"), tonumber("  0b11  "), tonumber("0b"), tonumber("0b2"))
print(tonumber("0x1p4"), tonumber("1e"), tonumber(" 10 "), tonumber("1e1"), tonumber(".5"), tonumber("5."), tonumber("0x"))
print(tonumber("inf"), tonumber("nan"), tonumber("1LL"), tonumber("1i"), tonumber("- 1"), tonumber("-0x10"))
print("0b11" + 1, " 0x10 " * 2, "1e2" - 1, pcall(function() return "0b2" + 1 end))
-- calling a non-function in a generic for names no variable
print(pcall(function() for k in 1 do end end))
print(pcall(function() local t = {} for k, v in t do end end))
print(pcall(function() local t = {} for k, v in t.x do end end))
