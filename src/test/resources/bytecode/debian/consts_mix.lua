local t = {
  1, 2.5, -3, "four", true, false,
  [10] = "ten", [-1] = "neg", [1.5] = "frac", [2^40] = "big",
  x = 1, y = -2.25, z = "zed", w = true, v = false,
  [true] = 1, [false] = 0,
}
local u = {[1] = 1, [2] = 2, [3] = 3, n = 3}
local big = 1e300
local small = -1e-300
local negz = 0x7fffffff + 1
local ffi_i = 5LL
local ffi_u = 0xffffffffffffffffULL
local ffi_c = 2.5i
local m = -2147483648
local k = 4294967296
return t, u, big, small, negz, ffi_i, ffi_u, ffi_c, m, k
