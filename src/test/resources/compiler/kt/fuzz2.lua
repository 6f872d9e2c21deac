do
  local v1, v2
  do
    v1, v2.y, g3 = false == 12, {10 % 12.5, v1, 768.943}, 96.5
    local v3, v4, v5 = ##0.5, "%d" or v1 .. v2 'x', true
    do
end
    local v6 = function(...)
        v3 "\65\x42"
        return v2
end
end
  return - 0xf4d96ce7ef, (g1) <= ..., (... .. v2)
end
if - false % - t > 20 ~= 517.241 then
  g1.goto = #0, t((5476), ...) >= 1, 0x7c4bf3a589
elseif - t:rep((-18358), 2) * ... then
  t:n({0xfe042890b; 5 or 12; (2)}, 198.5, ...)
  local v7 = (... == 398.5 + 13) < false, "" <= (-7033)
  return v7, false
end
for v8, v9, v10, v11, v12 in t:iter() do
  if v10[ v11 "b" ] then goto continue end
  if v12 then
    g2[ "s228" ] = (("b") * v12 + t) or v12
    while 2 do
      v11 "a"
      v9:m()
end
end
  for v13 = v9 and v12 == 9 - 5 - #2147483648, 11 do
    if v9 then goto continue end
    for v14 = {} / ..., 0x9f46f46ba6, ... do
      for v15 = ..., v11 do
        v12(not v8, {v15, g1[ "b" ], v11, k3 = v13,})()
end
      while false - ... do
        if 4 then goto continue end
        v11 "key"
        ::continue::
end
end
    if v10 < (66) then
      local function v16()
          v13[ "s164" ], v10, v9[ "esc\n\t" ] = v8[ v16 ], v12
          v13 = t[ 8 ] <= "esc\n\t" < 7 ^ (0x98537d8a6)
          v11()
          string:rep(function()
          g1:n({}, not pairs, v13, v8[ "key" ])
          g1 "key"
          string(2, v12, "%d")()
          return 1, 9, function(v17)
        local v18, v19, v20 = - 11
        v11, v10, v16[ ({}) ] = (#0)
        v17(v12[ {print, v12, 94.5, "\65\x42",} ])
end
end, 0, v10[ "b" ] ~= next, {[ v10 > v11 ] = false, v9[4]})
end
      function g1()
          self:rep()
end
elseif false then
      while v10.x do
end
      if 73 then
        v8()
else
        t:m((0 / false <= 0x47f8044ae5 <= "\65\x42"), - - {x = 84.5; 10}, v12, - {3; true,})
        string(3, ...)
end
      v9 'x'
      local v21, v22, v23 = 4
elseif v11 then
      local v24, v25 = v11[ g1 ], t[2147483648]
      if v8 then
        obj(v13(- 273), v11, ...)
        v8({...; 'x'; not (11627),}, false)
        g1()
end
      v13(print or string .. [[long]] == t, ...)(g1[ "s21" > "b" ], v12, ..., g2 or (false ~= v12))
      while 969.105 do
end
      local v26 = 'x', false, obj() ~= v10("esc\n\t", "", ...)
else
      do
        obj:m(- 'x', ... + v12(v13, 0x1p4) and v12, string(g1, (-4670))(1e-3, - false, false, v12), next .. false == next)
        string(0 and obj.goto, v8, 11, v13 + ... ~= 725.932)(..., pairs, {false}, ... and {})
        local v27 = (-14642), v12, ...
        obj((23719), function()
          v11({[ v11 ] = print; v11; [ true / 474.5 ] = 125.42 >= 5}, not v9, 1)
          v8, v10, v11 = {310.315 .. 4} > v12, string, t[ {[ 2 ] = 0xcef5d69e96,} ^ 0xafbcdf211e and (-31194) ]
          v12:n((v27))
          local v28 = #function(v29, v30)
          v9 "esc\n\t"
          g1()
          t(1e+300, #v13)(v10, string(), next, 11 % {})
          v30:rep()
          v12:n(v9.x, 3, function()
          g1(#pairs, {1 * false, v9, 10, v10, a = v13 < v9, [ "key" ] = v9((13810), t),}, v13)
end, 10)
end, true / not v10 + 'x'
          v9({"a" == 6; v9; v27[ 801.144 ]; "a",}, v10)
end, 7)
        v8[ (v10.field) ], v10 = function(v31)
        v11(v9)
        local v32 = v9, v9, v31[ "b" ] == 207.5 / 352.57
end, string[0x1p4] > v10 % not 982.204 == "b", true
end
      g2(t(v10(pairs, g1, 298.5, 230.5)((-15492), 8, (-21026), 3))(- false, v10 and 48.5, v8, ...), {goto = ...; b = ...; 29.8859; 0.5; v12[138]; 26.5 > 0x823874bbc7}, v13(v11[(22143)], pairs == v9, v9 >= 6, ...), (18490) ~= #"\65\x42" > {k0 = 1e-3, [ v11 ] = v12, [ g1 ] = v8, v10, "key", 1})
      for v33 = v10(), (- 175) do
        v9 "a"
        v9:m(65535, v8(), {k4 = (831.989)}, v33)
        local v34, v35 = {[ v11 >= "esc\n\t" + {x = v9, 387.78} ] = v11[23.5]}, 265
        string:n(not 4 ~= 120.891)
        return not t - 255, - 70 ~= "b" < 0x6cdc097678 > false
end
end
    for v36 in pairs(v12) do
      if v11 >= 9 then goto continue end
      local v37
      while {} do
        v36()(v10("esc\n\t" >= (34040)))
end
      v12(function(v38, v39)
          string(false)((12599), ({k7 = v39; [ 8 ] = false; v10}), function(...)
          v39:rep()
          v10 ""
          v10(string[0.5], {- 5; v10; {[ 0x17eb955ce1 ] = "esc\n\t"; "a"},}, (v38[ "\65\x42" ]), 7)
          return 0, obj:m(g2[ next ], v8 ^ not v11, not v38 or (-20940))
end)
          obj "%d"
end)(v12, v12, {b = obj(v9, v11)(...),}, not v12 or 3 / 434.5)
      ::continue::
end
    ::continue::
end
  if ... then break end
  if v10 then break end
  for v40 = obj[ "" ], {} ^ v10 do
    if 246.5 then goto continue end
    v9 = v40 >= string[ "\65\x42" ] ~= {#255; k0 = 4 == 89.5; v9; pairs < 1e+300; [ v40 == false ] = 5; 4 * v11,}
    v8((30160), 337.5 == true == (5), ...)
    if (false ~= not 205.5) + {(v11); ("key"); v12[(15490)]; false - 9; x = (false)} then
      do
        v11 "%d"
        obj [[long]]
        v40(g2, 368.5)
end
      repeat
        string((print))()
        return 
until v9:rep(215, 2, v12, g2[ 549.785 ])
      repeat
        local v41, v42, v43 = 7 <= function(v44, ...)
          string:m(..., {...; k1 = v9.field; ...; [ v8 ] = v10[ [[long]] ]; k0 = string; g1 / 25}, ... .. pairs, 3.5, ...)
          string:m(function(v45)
          string(10, v45 or (v12 <= 195.065))(v45[10], "%d")
          return (v45({0x23d640a575, (36744), .25, 1e+300, x = v8,}, 1e-3))
end, v11, 9)
          g1 "a"
          v44 "b"
          obj()
end, 1, (-15906)
until false
      local v46, v47, v48 = pairs
      if function(v49, v50)
        local v51, v52 = 0 ^ 254.147 * not (t[ v10 ]), false
        v12 "%d"
        v51(v46, string[ 'x' ])
        g2(t[8], ({false,}), v51()((true), (-35605)), 233.5)(v47:rep(9, v11, v47 [[long]]), {print; false + string; goto = false})
        return (- v52) >= v51(v8, 299.939, (v50))(255 < v49, v51 .. "", next)
end then
        local v53 = obj:m(v12, true, v11:m(true, false, v40), false, ...)
        v8 ""
        v9(v40:m(v46, 2), string[ 0 / 0x9f643bca36 ], function(v54, v55, v56)
          g3 = t(0x7c5fe64be1 / v12)(65535, - 7) * "a", g1[2], g1 >= obj:n() < v8 >= not 9
          return v12, (v11.goto > 1)
end, {847.032 ~= 148; v12; v40 * v9; k8 = "esc\n\t"; [ 6 ] = ("%d"); ...,})(t.y, (v11:m(g1)) * ..., ...)
        local v57, v58, v59 = not {}
else
        v46 "a"
        v46:rep(v8, v12[290.983], ...)
        return "s247", t[823.516]
end
      return next, 'x'
elseif function(v60, v61)
        v61:n("a" == "key" == 2 < v10, 418.5)
        local v62, v63, v64
        v9:m(0x6ca1b6e5ad, 320.5)
        obj(function(v65, v66, ...)
          local v67 = not {[ ... ] = v40; - print; [ 1 % .25 ] = {false,}; true / .25; [ not 0x65ecc760ad ] = v66 / v11; [ ... ] = string.y,}, (...)
          v65 "a"
end, (9745), false - 0)
        local v68, v69, v70
end then
      for v71 = v12, ... do
        string(v8[ "\65\x42" ] / v71 * ...)(v12[ "" ])
end
      v40.field = {true; v40; {v8, 11,}; (...); {255; "a"; 2147483648; pairs; v9; v12,}; ((850.324))}
      if v10 then
elseif #{...; 'x'; 2; v11; x = g1.field,} then
        return 
elseif not obj:rep({v10; a = 5,}, 255 <= v9) then
        v12 "key"
end
elseif next >= {a = 11; b = v40; 231; v12} then
      if ... then
        v9 "b"
        obj(function(v72, v73, ...)
          v11 = true, 9
          v11:m({1; false,} and v72.field == v72, ...)
          v12 'x'
end)()
        return 
elseif (v11) then
        return string[ t + v9 ] .. ..., - 1 .. false == 10 + - - false
elseif #- next then
        local v74 = 79.5 % string "\65\x42"
        v8 = v9, v9
        g2:n(8, obj[ 'x' ], "\65\x42", v10)
        local v75
end
      while false do
        v8 "esc\n\t"
        v9, g3, v8 = g2 "%d"
        g2, v9, v40 = v12[ v8 [[long]] ], v9[ "a" ] < 362.5, function(...)
        v40(function(v76, ...)
          v9()(- - 1e+300 >= 0x7a8a875251, 5, not 69.2036, - v76[ 4 ] % 13 and v10, ...)
          local v77, v78, v79 = v10 <= v8, ...
end, print, 402.109, v8)({(2708) >= v11; 'x' .. v12; 2; goto = v40 + (9697); false + false; 0.5 == 3,}, v10, ({g2, "a",}), v8)
        v8:n(..., 49, v9)
        return 5
end
        v10:n()
        g1()
        return ...
end
      local v80 = v8(v10, 5 + v9)({goto = print, v40, 0x1e998f97aa, goto = v8, 0x5bb7fcf36,}) % g1(), {v40; [ 10 ] = false; {pairs,} or v8; ...; v12 ~= 8}
      repeat
        local v81 = v40[412.5]
        local v82, v83 = not not ...
        v82 'x'
until g1[ "\65\x42" ]
      do
        local v84, v85, v86 = - {x = v40; {[ 5 ] = false; v40,}; 150.5,}
        t "esc\n\t"
        v84()
        g1(function(v87, v88, v89, ...)
          local v90 = 8 <= function(v91, v92)
          obj "a"
          v85()
          v84()
end, function()
        v8, v12[9], v89 = 11
end
end, g2[ v86 "a" ], (v86))
end
else
      t "s111"
end
    if v9 then
      while (t[2]) do
        return v11, - (v12) or v40
end
      g2 "%d"
end
    g2, v10 = function(v93)
end, 3, v8[7] - "a"
    ::continue::
end
  ::continue::
end
g1:n((#g2:n(2, t, 281.5, 3)), ..., 468.5, ...)
while obj[3] > 39.5 do
end
string:rep(#- .25 .. 6, g2.x, 264, function(v94)
          v94(v94)((v94[2]), 'x', function(v95, v96)
end)
          v94 = 10 % {[ {v94, v94, v94, 9, [ v94 ] = 0xf6064152a3,} ] = obj.x; x = v94 .. g2; [ {} ] = #v94}
          local v97, v98 = false, v94:m("s220", #5 - not "esc\n\t", v94, t and (v94)), v94
end)
local function v99(v100, ...)
    v100 = ...
    local v101 = function(v102, v103, ...)
        local v104
        return (244.5 ~= {k4 = false; (-10690); "a"; 3; v103; 0,}), {x = v103, 8, k3 = v100, "s133" >= t.field, b = g1[3]}, v99
end
    for v105 in v99:iter() do
      do
        local v106, v107 = v99
end
      v105(g2, function(v108, ...)
          v105(function(v109)
          g2(not 0xcc56e7edf0, function(v110)
          v105 "esc\n\t"
          g2, v110 = #v105 <= v110, not {v100 / false; (1e-3); a = {158, a = print, print, "key", 5, [ 6 ] = g1}; 237.5,}, v110[ "key" ]
          v108((not v110), g1, v99 .. {v100; 1e-3; 302.5; [ 174.331 ] = 0x30c1c9941a})
          string(string[ "a" ])(string[956.134], 255, (-27449), function(...)
          local v111, v112, v113 = v100
          obj:rep(...)
          local v114, v115 = ..., function(...)
        v100 "\65\x42"
        v105 "esc\n\t"
        g2()
        v109:rep(20, ...)
        v110:n(558.425)
end, v108
end)
end)
          g1 "\65\x42"
end, 1)
          obj(not "\65\x42" >= (false), function(v116, ...)
          local v117, v118 = {[ v100[ 'x' ] % ... ] = #0x4414c8bc08}, function(...)
        v116()
        return {[ next < {} ] = next, - 6, k9 = v100 == ..., [ {256; v105; v105; 2; 406.5; a = 6} or false ] = ..., #v99[646.225], 6,}, v116(), (function(v119)
          local v120, v121 = (not t), (v105)
          return "esc\n\t" / 0xc4ecaf196f, "%d"
end)
end, ...
          v118:m({[ 63.5 ] = 7; false == true; k2 = 0x4dbf2d28f6 or v105; v118 + 6,})
          local v122 = t.goto, 8
end, not true, not 109)(not v105[ "%d" ] / v100, 12 > 0.5 >= ..., function(v123, ...)
          string "s129"
          v100()
          v123 "key"
          v100, v99 = v108
end)
          local v124, v125 = t(v108, {goto = v105, g1, [[long]], pairs, [ (-25498) ] = v100, g2,} + 0 < true, v100.goto, ... ~= 1, ...)(256.43, 342.525, v105 "key", ...)
          t(...)((v124 .. - v125), {""}, obj.field)
          v100({}, ({v105; 0x874b8e56e0; [ v108 ] = 741.37; 149.5; v100}), ({true, 123.5}), v108[ obj "b" ])
end)
      v105, v99 = 4 ^ {true % v105; (563.777); t; v99; [ 22.5775 / 1 ] = "esc\n\t",}
      if g2(t >= 263, (v105) ^ v105) then break end
end
    for v126, v127, v128 in pairs(g2) do
      local v129 = v126[483.5]
      v100({})
      repeat
        v126(v100(), true, (-24150))(9, {false, not true, ("b"),})
        v127:n(v128 % (-27173) - 13 - v99, v127(v128)(v128 < "\65\x42", next >= "\65\x42", v99 and 0xe807606f8b), true, not (v126))
        g1(v126, ...)
        obj 'x'
until v126()
      for v130 = ..., v100, 158.5 do
        local v131, v132, v133 = v100[ "" ], v100, 1
        v129 "a"
end
end
end
function obj:m(v134, ...)
    for v135 = true, v99 do
      do
        g2[ function(v136)
          return 0x5fa3471eb1
end ], v135 = 0x1p4
        g2:m(self > self % 2, t:rep(32767, g1 "b"), v99.goto, {})
end
      repeat
        self("esc\n\t" ^ 1)
        g2(obj "%d" ~= v134, 54, 367.016 and v99 == not 2, v135 or 1 > self:n(281.5))
        obj()
until v135(0x40de963fb7, (31595) >= 0x2aca6efac2)
end
    for v137, v138, v139 in self do
      repeat
        g1()
        v139:m(v138, function(v140, v141, v142)
end)
        return string, self[ "\65\x42" ]
until 192
      string((pairs), v138[ - "a" ], ...)
      v134 = false, function()
        v137:m()
        local v143 = function(v144, v145)
end, #next * 4 == #string, 7
        v143 'x'
end
      v99:m(t(162.5, 255, ...)(1e-3 ^ v137, v134 and 5, (-21737)), ...)
      t[ v134 ], v137 = {(1 or g1)}, v99({[ print ] = 0; 0x4fc2246b85; goto = 23.7435,}, v134, ...)
end
    if function(v146)
          obj(g2(7, 1) <= {})
end .. 262.855 then
      return function(v147, v148, v149)
        v147(function()
          v99(5 and string("a", true))(g2)
end)("%d", true, v149)
        self:n(v147 and v147, 2, {b = 1e+300 and 255, v148, v149, [ v99 ] = (v134)}, self)
        t()
        local v150, v151, v152
        obj()
end, self, print
elseif 130 then
      while self[ self ] - - {[ 0.401628 ] = g2; 90; v99,} / {} do
        if t[2] then goto continue end
        t()
        self(g2 "", obj(false)([[long]]), not 746.777, pairs)
        ::continue::
end
      do
end
elseif 1e+300 ^ v134:rep(v99) then
      do
end
end
    for v153, v154 in ipairs(t) do
      if g2[ 'x' ] ^ function()
          v153((936.624), (#"b"), (v154))
          obj({[ v134 ] = v99}, (29705))(260.5, string(6) / string, function(v155, v156, v157)
          v156({81; {476.162; v99; next,}; a = t}, (39301) < (0x1p4 >= v155))(- (v134 "a"))
          v155:n((28884), v156:n(self), "" <= v99)
end, 6)
          local v158 = v154 + 306.5, 9, 'x'
          self 'x'
          string(next > (6) / true, v134, not g2 == false)
          return 
end then goto continue end
      v99 "\65\x42"
      repeat
        g2()(..., g1:m())
        v134({[ true ] = 5 - 3}, self(true, v154))({v154[10], x = true * 263.5, print, ..., v99[134]})
until ...
      ::continue::
end
end
if string(#true * obj(153, true), "a", true >= 809.561)(g2(v99, v99, v99, 2147483648)(v99, string, v99, ...) > string, v99:m(pairs, v99, 0x1p4, false) <= v99) then
  v99 "a"
  for v159 = #(209), 0xa75b2c00da do
    if ... + v99:m() then goto continue end
    do
end
    v159, v159 = 3 - (3482) or true % 255, obj.x, g1.y
    obj(... .. v99 and v99 % v99, ...)
    local v160, v161, v162 = 6 == (- 0xb673520680) ~= #328.756 == v99, #g2[ 0 ]
    ::continue::
end
  t(v99((3911) % v99), not next or v99 <= v99.field .. 1e-3 <= next, (168.408))(g1.y, t, ...)
end
while 'x' do
  repeat
    v99(v99 "", 11 and {k5 = (21982), true, a = v99, v99}, {[ {9; 842.076; "a"} ] = {3, [ v99 ] = v99, x = 947.876,}; - "key"; {}; 9 + (-11522)}, v99)(37.2033, ..., v99, next, ...)
    v99, v99, v99 = ..., v99 <= t
    obj.y, g1[ "b" ] = v99[ "s13" ], (string) ^ true or #g1 - 2147483648 == v99 >= #v99[ "\65\x42" ]
    return print, (12) or #v99
until v99
  do
end
  local function v163(v164)
      local v165, v166, v167 = {130 < v99, 11, a = "esc\n\t" + "\65\x42", k0 = {}, v99}, {{v163, 6, [ v163 ] = 135, v164}, v164 + string == pairs}
      return 
end
end
for v168, v169 in ipairs(g2) do
  v169((v99(0x24d837c93c)), t(0x9ab91c751c, - v99, {a = 1; v169; [ pairs ] = 208; [ 0.5 ] = [[long]]; pairs}), #g2[ [[long]] ])
  for v170, v171 in next, obj do
    if function(v175, v176)
        local v177, v178, v179 = false ~= {v169[ false ]; 7; obj[ g2 ],}, v99:m(next) >= "s158" and v168, 7
        v169 "b"
        v168()
        v178("\65\x42", function(v180, v181, v182, ...)
          local v183 = v178(0, ...), v181
          t(v99 .. 286 * (2663) - v168 + g2, false, v168[ g2 ], ...)(0xfbd1c0ca6c)
          return false + false * {(-10842), b = not 0x5067877d5, g1(6)}, 10
end, v178)
end then goto continue end
    t(pairs)()
    repeat
      obj(v169, 9 .. v170 >= false, obj(pairs, 2 < (-39454)), 2)
      return 2 / g1 "\65\x42", v168
until not function(v172, v173, v174, ...)
          return 
end
    ::continue::
end
  while 0 do
    do
      local function v184()
          local v185 = t.y, v184
          string()((true >= v184), #false)
          obj:n({}, #g2, not v168 - v185.y)
          v184(1e-3 > v168)
end
      repeat
        obj("s15" + v168 < v169, 0xfeb568c625 >= ... < 0x7f5006fe93)(g1[ 0 ], not 9, g1)
        t(v99, "%d")
until not 1
      string:n((.25), [[long]], (...), "s222")
      function g1(v186, v187, v188, ...)
          v168(not v186(v184, "esc\n\t", false, v187) % {[ 97.5 ] = 3,} >= print)
end
      for v189 = (v169), 0x95283f5608, (2147483648) do
        v184, obj[ function(v190, v191)
          v191:n((v189()), false, g2)
          local v192 = {[ v189.field ] = (v99), a = 8, {} / v189, v99:m(pairs, v190, (-604), "key"),}, ("b"), pairs
          v169()
          return v191, 10
end ] = false, v169(..., 119.625 / 106 or {x = 10; g2; "a"}, ...)
        v169(v169)
        v168 = {191.639 ^ #1e+300, not 4 - t, [ {v189; [ 0 ] = true; string; v169; a = g2} and {398.793; "b"; print; [ g2 ] = 10; (-846); 7} ] = v168[ "s27" ], - v99 [[long]], [ string[32.5] .. v189 .. v184 ] = v189 'x',}, 6
end
end
    v169[4], v168 = 1
end
end
do
  local v193 = function(v194, v195, v196)
      if "key" then
        v195 'x'
        g1()
        v194()
end
      local v197, v198, v199 = v195
end
  if {{[ 0x1p4 ] = 6,}; "esc\n\t" * t ~= v99; 10 - "key"; true; g1.y} then
elseif ... then
    if 9 then
      repeat
        v99, v99 = v99 < 10 == string "%d", (v99 % string)
        local v200, v201, v202 = v99()
        v200()
until g1
elseif - "\65\x42" then
      local v203
      local v204 = function(v205, v206, v207, ...)
          obj("", {8, g1, 558.932, x = v206, 0.5} + 582.841 ~= "", (255), (v99) == 1)
          local v208 = v99:n(v203[65535] == v207, "%d", ("a")), ... < 4 < 0xa2ac3e82e3, (false <= 256 >= v99)
          return v203.field
end
      for v209 = v99, g1, false do
        g1(... > 256 + (10), function(v210, ...)
          local v211, v212, v213 = v210(v99.field, 3, v99(print, ...), ...)
end, v99, 3 % v203[6])("", - 326.135 + {a = 2, [ v209 ] = 7,}, v203, 0 ~= (168) or ..., ...)
        v209({b = t[ "" ], #"a", k2 = "", false,}, v209, #v203, "key" <= not ...)
        g3, obj[0x39a43b2ec8] = v99[ v209 ]
        return 
end
      return v203
end
    for v214 = 1e+300 % 0x1p4, [[long]] do
      g1 "key"
      g1:rep(..., v99 + v214 * "" < {}, v214, .25)
end
    v99, g3 = v99, v99 'x' < v99 or (-13591) == not false or 0x3f14582444
elseif v99[ 32768 ] - ... ~= string:n((0x3cc4f4397c)) then
    t:n({}, next)
    v99 "%d"
    while {v99(); 723.435; a = 3 * "b"; {9; a = v99; ""; v99; v99; v99}} > v99(v99) do
end
    v99:n(397.5, v99, 781.274 - v99 ~= 0x2353724454 ~= (0x37e3cdc90c), g2 + 827.226)
end
  while false do
    v99(..., 960.379 >= "key" - "\65\x42" + not v99(v99, true, v99))(#1)
    return 9, v99:n(v99), t(...)(v99, (17188), #print == "")
end
  function obj:m(v215, v216, v217, ...)
      string:m()
      do
        v215({true,} / "key" < v99)
        v217(v217[187], g1, 9, 0xc52b179886)({x = v99 % self; [ v217() ] = v99 ^ v216,}, t[137], g1[12] * v215, self)
        string:m(2, {a = 10 ~= v217; a = (v215); not 819.294,}, - g2)
        v99, self, v217 = .25
        v215 "s240"
        return - {v99; v215; "esc\n\t"; t; true} and v99, function(v218, v219, v220)
        obj(function(v221, v222)
          t()
          local v223 = v99()(- #v218, - {string, 11, [ print ] = 3, [ next ] = 0x1bfedfd66e, goto = 163, 32768}, obj:rep(v99) or string(291.5, t)), v215, v220
          v217 "s121"
          v223(- v219, v220 'x', (0x1p4))(1, 8 >= string[ 'x' ], true, v222)
          obj()(v218[193], next)
end)
        v219 "\65\x42"
        v218 "b"
end
end
end
  return v99[65535], 7, ...
end
do
  local v224, v225, v226
  if v225 then
    v99(v226, 0.5 ~= 255 <= 0 < ...)(v226, g2:n(), v226 "s88", 0xa9506d39ee)
    function obj:m(v227)
        v224, v227.field = {} > 0x37a6475880
        string "s172"
        v99(v225, obj.field, false)
        g2:m(88)
        g1:m(186.5, v224, self or v224)
end
    v99 = v226
    for v228, v229 in v99 do
      for v230 = v224 * ..., {{},} do
        v228, v228, v224 = 483.5, 482.092, {b = 463.5, [ v226 ] = v230 > 6, v225} == 34.5 >= 10 - 5 < v224[ false ] <= v224((15474), 412.136, g1)
        v230(280.5, false, false, 2147483648)
end
      local v231
      if - ... then break end
      for v232, v233 in pairs(obj) do
        v233:m(5 % (...), pairs, v231[ "s129" ])
end
      local v234 = v225, 5 + g2[151], 'x'
end
end
  local v235, v236, v237 = {g1; .25; v99; a = v224; a = 184} >= ... < v224
  local v238 = function()
      g2 'x'
end
end
v99(v99.field, {a = not t, {5; k0 = true; 348.5; 160; [ v99 ] = 129.5,}, goto = v99 and v99,})(string[ 273.34 == pairs ])
do
  local v239 = function(v240, v241, v242)
      v242(6 ^ 6, ({x = string}), function(v243, v244, v245)
          v241(4, [[long]], 'x')
          g1:rep(function(v246, v247, ...)
          local v248, v249, v250 = function()
        local v251 = #function(...)
          v99, v240 = false
          v240()
          v246:n((393.956 > v242[ (38091) ]))
          v247(v242[ "b" ])
          v243, v242, g3 = (9935), g1, (false)
end, t()(6, false, v247, g1) and string("s132") and v240, 10
end, (#v247:m(6, v243, (-20476), 0.5)), g2:m()
end, g1[ v99 ])
          string 'x'
          g2:n(#- 6 or {[ v245 ] = 365.5, [ print ] = print, v245, [ v244 ] = true, k9 = string}, - (print > false))
end, not 504.735)()
      string "esc\n\t"
      do
        obj((v241(7, false, false)), function(v252, v253)
          return v253
end, v241, v242 .. {v99; 20})(v242[1], {})
        t.goto, v99[ v99(v242) ] = v240() <= (g1:m(0x8a8c8512ca, v240, print, g1)), 268.5 + 453.5, true
        v99, g2 = "%d" == #{[ v241 ] = v241; v241} * 5, ""
        local v254, v255, v256
        obj(function(v257, v258, v259)
          local v260 = next, function(v261, v262, ...)
        g2:m(function(v263, ...)
          t((g2), [[long]], {.25 + 6; ...}, ...)(1)
          v262 "%d"
          v242 = v263, ...
          g1, v256 = 69 .. pairs, v256:rep(v254)
          g1[157.604], v240.y = function()
        g1(g1.field, v255[0x2a740aaea2], v256, function(...)
          local v264 = (36390), g2
          local v265 = - true, #8 > 9 <= t "%d" and v258
          string((4534), v262:n(), "esc\n\t", 9 * 1e+300 ^ (391.5) ~= 12)()
          string(string[ 'x' ], t == g2.field, ...)
end)
        v240(v255, v262 % (v256 >= v99), 0xf52318a154, v242)(v241)
        g2(v263, ("%d" or true) <= v254)(v259:n(not v255, v263, 1), v257, {8 == false, v255, 0x1p4, v263,})
        local v266, v267 = 107 - ("")
end, false, 870.129 < string >= obj[ v240 ]
end, 7 >= 0x9e37ec8baf, (g1[12]), ...)
end
          local v268, v269, v270 = function(v271)
          v254()
          local v272, v273 = false, 0xcbc4f0f560
          v258:n(v273)
          v271(function(v274, ...)
          g2:n(v256, v242, 476.5, v256[0x1p4], ...)
          v254(v274())
          v260()
          string:n(0x41226cfc8f)
          g2 = v241, 287
end)
          v259()()
end / v260, t.goto
end, v256({v256; [[long]]; v255,}, v255), v255)(function(v275, ...)
          v240(...)(7)
          g1((v256(...)), 'x', ...)(v240(v275) == 27.5 > v275.y, ...)
          t "s127"
          v255 "\65\x42"
          return #(v255), v99[8], {496.5; not {false; 0; 4; 1; true; [ v242 ] = v241,}; v242; ...; 51 or v99[ next ],}
end, v241(286, v99("b", 9, 41)))
end
      local v276, v277, v278 = v240
      while - "esc\n\t" do
        if "" then goto continue end
        v278:m(v276, pairs, v242)
        v240, t[(-37596)] = 0xbbe5ea0460, #v277.x
        v241(g2(0.5, - 5, v277 <= 3, string)(v277, (6525)), function(v279)
          g2({382.5, [ 1 ] = true, "b" <= 473.5, 0x3aef55be2d, [ 262.5 ] = (v276),})
          v279(v241[ 'x' ] + v241, v241 == v241, string(v240, 2147483648 .. "a", 0, 246.5), 0xd0d7539131)
end, g2 [[long]])(#true ^ - 5 > print, next, (- ((819))), (v99))
        v241:n(0, v241() ~= 5, v240.goto, (v99(false, string)) or false)
        v276 "s22"
        ::continue::
end
end
  local v280 = (v99 "esc\n\t")
  if false then
    t(function(v281, v282, v283)
          v280(v283, ("b") % v280, not v281[ "a" ] / #6, g2)
          t "%d"
          return function()
        v282:m()
        t()(4, (v280 * false > t), 4)
        v283, v99.x = (t[294]), v283 % (t:n(v282, 8, 32767)), {[ v282[5] ] = #378.5 > v99 + 52.3692, 0 and (0xacf060501f), [ 6 ] = v283, v280 + (36716), (-17734) >= v282 / 135 > v99, t(v283, "%d", v282, 8) and g1(1e-3, 1)}
end
end, (#1) * 12 and not g1)()
    v280, v280, v99 = 198.639, print
end
  local function v284()
      local v285 = v284, string[ v99:rep([[long]], v280, 110.5, (12142)) ] < not 0.5
end
  obj[(6635)] = v280
  return 'x', next, v284 > 0x9af5144d3d ^ not v280 ~= g1.field > (-843)
end
for v286 = 9, function(v287, v288, v289)
        v288:m(13, 4 * v287[4] / 6 - v288 <= 65535)
        v289 'x'
        return 
end, v99 * g2 ~= v99 do
  for v290, v291 in ipairs(obj) do
    obj(v99[ "a" ] ^ 0)
    do
      local v292, v293 = v99[ v291 ], 1
      do
        v291, g1, v292 = g1({v291, [ false ] = 171, v290, false}, ..., #v291 % 109.5, v99[ "a" ]), v292(g2((30441), v292, v290)(v293, v290), ...)(#v286)
        g1, g3 = v290[ ... * string ], "%d"
        v293()
        v293(v292({}, v291, ...)(), (v291), {} * v292, {t[3]; v99 or 180; [ [[long]] * (-3375) ] = - 9; {t, v286, (20231), a = v99, k8 = t,}; [ 4 ] = 570.608,})(...)
end
      v290()(0 == ((-9894) or v293), v291, function(...)
          obj(..., {v290 - 7; {v291, g2, v292, 0}; b = v291; 190 - 6; v291(...); 10 == "",}, 12, - 301.5)
          v291:n(v291, {v291, 220.59, 0x1p4,} * v291)
          local v294, v295 = v293[609.704] / g1.y, 255 > false, ...
          v295:n(v99)
          v99(..., function(v296, v297)
          v297 "s229"
          string(65535, v99 <= 3 < 4 / "esc\n\t" > v293 > {[ pairs ] = v99}, v286)(v290, false, v99)
          v294 ""
          obj("b")
end)(#v292 "", "a" .. v286 + not g1, v292.x)
end)
      local v298 = function()
          return v99
end
      g3, g3 = obj:n(string, v292 > v293 > v286, t(0x1p4, 36.5, v290, true), true)
end
    local v299, v300, v301 = ..., - g1[3]
    if {[ 0xd62016edd8 + false or "\65\x42" ] = {x = v291; a = false; a = 948.204; v286; 270; a = v291,}, not "\65\x42", {[ v99 ] = 0x9a4ccb57c4, b = 390.552, "%d", x = 4, a = 0xfdd254cc07} == next <= v299, k2 = v299.y, 2, ...} then
      g1.x, g2, g1 = - v299 ~= v99, v299, {[ ... ] = v290[ 8 ] >= {7, 1, v301, v301, v290, 11}; v291; goto = 85,}
elseif 289.5 then
      local v302 = function(v303, v304, v305)
          v290 ""
          v99, v304, v300 = g1:rep(v290, false, v290) and not v303 + v299 or v291(v303 'x', v286 >= v99, g1 .. (5133), print)(v300 - "key", v301, v290), 779.891, ({[ 420.5 ] = 161, goto = g1, 214, next, v300}) < (v305[ g1 ])
          v99(#pairs, v290(v301), v286[ g2:m(0.5, v99, v301, v290) ])
          v300()(2147483648, v286(true - false, 140.5, v301), function()
          v300:n(t(v304, {0x65fcc851e; v290; t}, {t, v286, b = v301, b = 0xfa90a8b8c7, false}, {b = next; [ 2147483648 ] = v305; [ 11 ] = 0; v301; true; 541.959})(string[221], g2.y), {- 155.494; [ (-16910) ] = 10 % "b"; false; pairs; (string); [ v305 ] = g2[ "esc\n\t" ],})
end)
          t(9, not not false, 316.5)(v290 >= 4, v286, 3)
end
      return 147, obj[3] ~= 2, 110
else
end
    if (v291[ "s20" ]) then
      string:n(..., {x = (g1); v300; {10; b = v286; 8; goto = 0x1p4; string,}; v301,})
end
    return v301 .. 7 == - 21 < v300 > (139 and v299), string(t[ "" ]), function(v306, v307)
        obj:rep((-28348) or pairs, v299()(1, v291(2147483648), v290, obj:n(false)))
end
end
  for v308, v309 in next, g2 do
    v309 "b"
    function g1()
        v286({})
        return v309, {[ v309 % v309 + false .. "esc\n\t" ] = {true; "\65\x42"; v99; b = true; x = string; [ "b" ] = false}; #false; [ - v309 ] = v99; [ self ] = false; a = v308,}
end
    for v310, v311, v312, v313, v314, v315 in v308 do
      if v308[120.5] then break end
      local v316, v317, v318 = pairs, function(v319, v320, v321)
        return v320
end, (906.075)
      for v322, v323, v324 in string do
end
      for v325 = v311 "", v318.x and v99 == - v316 >= 363.214 .. t[240.563], ... do
        if v99 then goto continue end
        ::continue::
end
      local function v326(v327, v328, v329)
          v326(v309[ "\65\x42" ], 1, 4, v329 % {[ (-17015) ] = v328; goto = "%d"; v309; 9; false})(({[ false ] = (-29414), [ 10 ] = print, 1e+300,}), (v315), (pairs))
          v286(705.61, "\65\x42")(.25, {})
          local v330
          v286:rep("%d")
end
end
    do
      local v331, v332 = ("s49")
      if true then break end
      v308[3], g1, g3 = (v99 * v99 and ... <= g1)
      local v333, v334
end
    local v335 = function(v336, v337, v338)
        v99 = 118, (- t:rep(v308, false) - 425.5), ({})
        v99(true, false, string.x, {""})
end
end
end
g3 = {[ 100.33 ] = #pairs; (v99 ^ 4); k5 = 9; [ v99 ] = .25 ~= v99 % v99}, function(v339, v340, v341)
end < v99
local v342, v343, v344 = v99, v99
v344:rep(v342, #205, "%d" <= v99 and v344 + true)
v343 "\65\x42"
while function(v345, v346, v347)
end do
  if ... then break end
  return ..., ..., v342[ ({[ 8 ] = true,}) ]
end
local v348, v349, v350
for v351, v352, v353, v354, v355, v356 in pairs(g2) do
end
v349:rep((v99), 10 ~= 274.413, (573.015), ...)
g1(function(v357, v358, v359, ...)
          v350:rep(5, (99.5) > v342, "a")
          v348(v350, (6493) % ..., .25 .. 0 <= v359 .. 8)
          v350 "key"
          v359:n(v348, true, (12))
          return true, next, 3.5
end, ((v99)), next)
local v360, v361 = - function(v362, ...)
end, (0.5 and v348 ~= true) <= function(v363, ...)
          g2()(v348, {true % false; (35228) / v343; [ v342 % "s0" ] = {7; [ true ] = 995.803; [ v350 ] = g2; v349; [ v350 ] = v363}; (0),}, print - not ..., ... / v348 * v348 <= v349)
          g1()(196.744)
          g2()
end
while "a" ~= 0xc03ff091d4 do
  return (27245), (0x8b5457f3ef)
end
local v364, v365 = 0, g2, v350[ g2.field - v343[ "a" ] ]
