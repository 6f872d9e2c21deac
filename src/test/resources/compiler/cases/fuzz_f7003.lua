t:n(339.753, "")
g2, g1 = - (-27424), "a"
g1()(g1[ "b" ] >= #10 > g1.x)
obj()
obj "\65\x42"
for v1, v2 in ipairs(t) do
  v2()
  local function v3(v4, v5, v6)
      local function v7(v8, v9, v10, ...)
          obj "a"
          v9[ true ], v1[(16859)], t.x = v10
          g2((v7) % true, g1[ v6 ], g2, print)(v5, not {}, g1[ string ])
end
end
  return 65535
end
while {} do
  if {goto = t[0], 31.6057 == 10, ..., 399.152 ~= 7, b = t[ "esc\n\t" ], [ 0x14f2734d76 ] = 0x28bf07c385 ^ "s7"} <= {"esc\n\t" >= nil; print % true} then goto continue end
  ::continue::
end
g1 = {}, 2ULL
