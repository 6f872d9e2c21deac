local v1 = function()
    repeat
      local v2 = function(v3, v4)
          v3(434.949 ~= {5; false,}, 7)
          v4(g1, 0.5, #v4)("s39", #"s135", v3()(g2.field, 382.5), t(next))
          return "\65\x42" * v3:rep("esc\n\t", (nil), v4(3, v4, v3))
end > "%d"
      local function v5(v6, v7)
          local v8, v9, v10 = v5
          v10 "key"
          v10({} < 3 .. v7[ 0x2075b26901 ], (0.5), nil, - 6)
          v6((v6 + - v9), g2[131.727], v5(v2)(nil), v9)
end
      v2[2], v2, g1 = v5
until 11.3253 * 10 * 159.774 == (149)
    if "\65\x42" then
elseif t "b" then
      local v11 = {0; k0 = 1; 157.5; g2.goto,} ^ t
      repeat
        g3, obj[ v11 ], g2 = function(...)
        v11(v11, obj[65535] < g2:m())(..., function()
          local v12 = (not {}), #(22938), #- false
end)
        local v13, v14, v15 = nil < ... > "\65\x42", function()
          v11 "\65\x42"
end ^ v11 <= nil, 193
        v11 [[long]]
end, string[3]
        obj(#- 7.5 * (35673) + "%d")
        g2 "key"
        t "a"
        v11(g2.y, (481.5) .. "b" % v11 and v11, obj[ "%d" ], v11 + {255, true, [ v11 ] = "a",} .. true)(10, t, 255, v11 * "a")
        return {[ v11 > v11 >= v11.field ] = v11,}
until v11 or function(v16)
          v16((not (v11)), 1e+300, function(v17, v18)
          g1(v16:n(), [[long]])
          v16, v17 = v17
          v11 "key"
          v16, v18 = v17:m(), v17
end, 13.5)
          v16:n(v16)
          v16:rep(t(v16, nil, {v11}, {})((-23363) <= g1), function(v19)
          g1:m({[[long]] .. v19, v16, v19[ v11 ],}, function(v20, v21, v22, ...)
          local v23, v24 = v21, function(v25, v26, v27, ...)
        t(v22, v25(#10, next, 745.647, g2.x), true)(v22)
        v21(2 * 833.637)
end
end, 3, {})
          v19:rep()
          v16("%d" * (0x424012e4f6) < v11, v16[ "key" ], ((v11[ "" ])))(pairs, v19)
end, (g2 "a"))
          v11[(2755)], v16.y = (t "\65\x42" and g1 > {(-25446); a = 0xfa2143f85e; [ v11 ] = 9,}), obj(v16), 3
          v11:rep()
end
      for v28, v29, v30 in next, v11 do
        v29 "s96"
        v29 "\65\x42"
        return 
end
      do
        v11()
        v11("%d" >= - v11 == #{}, v11.field, 198.5 ~= - "" ^ g1, 256)
end
      while v11 do
        v11, g3, v11[ [[long]] ] = 32767, v11[ v11.goto ] ^ 256, 402.374
end
else
      local v31, v32, v33 = {}
      local v34 = #function()
          local v35, v36 = v33
          t:n(v33 "s32")
          local v37
end, {a = {"esc\n\t"; [ 1LL ] = 423.5,}, "\65\x42"} .. print, string[ "\65\x42" ]
      v31(g1(1e-3, (-25501), v32, 4)(v31, v34) < - 5, 330.874, (29028), v31())()
      local v38, v39, v40 = v33, v33
      v39 = (0x270a33616c), {}
      return {v40; - v34 / v33; (-26249)}, false, v34
end
    g1(nil - 0, obj.goto, {- 255; [ 108.5 ] = t[ 191 ]; [ 4 <= (22589) ] = 151.5})(g2()(20.5, 4))
    local v41 = function(v42, v43, v44, ...)
        local v45, v46, v47 = t "key", 2 or ..., ""
end
    local v48 = function(v49, v50)
        t(0x87f47117a3, - v49[ v49 ], pairs, v50[ 0xbba1e40910 ] == 6)()
        v50:n("s221", obj[ "key" ], {b = v49, g1, [ 0x9d5476f445 ] = string, string, b = v50} >= 0xb91e2bd382)
end
end
for v51, v52, v53 in next, string do
  g1, g3, v51 = 7, (0)
  if ... * true then break end
end
do
  string()(0 <= 8 + 'x' % 'x', 77.1844, 10)
  repeat
    g1[ 'x' ] = (g2 "s172"), 6
    return ..., 0.5, (.25)
until 283 < (0) and ({'x'; [ 780.253 ] = print; 1,} == nil / false)
  g1:n(t(), 10, g1[ "\65\x42" ] % "b")
  local v54 = 122, 9
  for v55 = t[ 0x1p4 > 256 .. 0xe0b3120b97 ], v54, v54 do
    v55, g1 = 0, (7)
    for v56 in ipairs(v54) do
end
    while v54 and 193 and 5 - v54 * 'x' do
      function t.f(v57)
          v54(not #5 > v55, v54 + g2)
          g1(v54, v55, {}, ((-5946)))()
          string(8, function()
          v54(0 + "b" and string and 32768 - v57 <= "s2", v55 * 3i > true % true, 256 > #"b", g2)()
          v54(false or "a")(9, - 2)
          g1((v55), v55)
          obj(v57)
          v54 "key"
end)
end
      return {}, ... > ..., pairs
end
    v54(...)
    return 10, v54 ^ not v55
end
  return nil
end
g1(...)
if g2 then
  local v58, v59 = 463.5
  for v60, v61, v62, v63, v64 in pairs(obj) do
    while "%d" do
      t()()
      local v65, v66, v67 = function(v68, v69)
        v62(pairs .. {b = 90, [ v68 ] = 69, 10, v68, nil}, obj(3i, v60((34897), 7, v61))(v61 % v62), v63, false and 500.5 or 1e-3 and "\65\x42" or 1e-3)
        g3, obj[2ULL] = ((t[249.096] > "" ~= 3)), v68, v61
        v62(#(#v60))("a", not v60[ 567.418 ] .. 0x44c768b1d >= string "\65\x42", {670.85, v68, v69} and "s56")
        v62(v68, false, 1LL .. "key")
end, 3i, v64(v59 "a", t[612.936], v64, "key")
      while 7 do
        if string.goto then goto continue end
        v58 "%d"
        v64(((-24333)))
        ::continue::
end
end
    local v70 = {[ (nil or (32631)) ] = v60("\65\x42"); [ v58 < 255 >= 350.5 ] = nil,}
    return 
end
  if function(v71, v72, v73, ...)
        v59 ""
        v73(v72, v72[0xe5ee1968c9])
end then
    do
      local v74, v75 = {string(v59, .25, nil, ...); k6 = 1 / string,}, v58
      local v76, v77 = 1, v58
      return "b" >= (362.5)
end
    local v78 = (v58), v58(..., #v58 * g2[ false ], 5), (v58 and #130.5 >= 0.5 - 255)
    repeat
      repeat
        v59:m(string(v58, t.y, {}, 1LL, ...), 915.618)
        v59(2, v59 "a")
        local v79, v80, v81
        v81(false)
until 9
      local v82, v83 = t:m(v58[ v78 ], v59), {(string.field); v59 >= v59[(18224)],}
      v59({(-7042), print, b = ..., goto = {goto = pairs, [ 705.46 ] = false, 1LL}}, {v59 - v59; 116; 32767; a = 4; nil > 40,}, v83)
      v58 "esc\n\t"
      repeat
        local v84 = 72, false
        local v85, v86, v87 = v78, nil, {v58, v83, v58, string, k7 = 152,} < "%d" == false > v59 < (false)
until 3
until next
    v59[32768], g1, g2 = not ((8 * v58)), 0x56d958a0dd % 167
    return 
elseif v59:rep(543.883, t) == (v58 <= v59) ~= g1 or ... % ... then
    v58.y = v59(360.5 + 2147483648 * true < string, print), v58
    local v88, v89, v90 = ... <= v58 and g1
end
  local v91 = ..., next or {2, 1e-3 >= v59, goto = v59[ "esc\n\t" ], goto = "\65\x42", ("key")}
  repeat
until g2
elseif function(...)
          string(165, (-3725), 0xbb1a30576c)(1 .. 10, t(), 0xe9fff9436f)
end == g1() then
  local v92, v93, v94
  v93(v94.x, 100)
  local function v95(v96)
      local function v97(v98, v99, v100)
          v95, g2, v93 = string[200], v98:m((-29686), g2[ "" ])
          g1:n("key" or v93.y > "a", true, 4)
          v99(99, t)
          obj()
          return (nil .. 480.69 >= g1[ v97 ])
end
      v95.goto = v97
      do
        v94:n()
        g2:m()
        v92:rep(7 or 5)
        v94(- (v96) ^ {195}, v92 - 3 ^ {6, a = 30, [ string ] = v97, [ "\65\x42" ] = v94, "esc\n\t",}, v96)
        string(v95:m("key", 8, 115), 2)
        return 
end
      repeat
        v97()(v96 == v95 < not true, 0x86298b8901 ^ 4, {v96, 'x' >= "b", 1LL + "esc\n\t", [ v93 ] = {"\65\x42"; a = 3,}, 'x', 2,})
until false
      t(false > 2 > v94 + nil, v94)
end
  do
    repeat
until g2:n(v93 + nil % (nil), 2ULL, v95[ 1 ])
end
elseif 6 then
  g2:m(310.494)
  for v101 = (16072), (8) do
    local function v102(v103)
        v103()(g2 - v103, v102, 151, 74)
        v102 "\65\x42"
        local v104 = string() >= v103((-27711) / 32768, {[ v103 ] = "a"; "\65\x42"; 0}, v101.field), 7, {v101, v103 % "" / not "key", t 'x'}
        v101((1), g1.goto)
        v103, g2 = not .25, 1, print
end
    function t.a.b(v105, v106, v107)
        v101()()
        v105(74, string.goto, (print) == t, v102())
end
    local v108 = function(v109, v110, v111)
        string((nil), not nil, 0)(t(v102[ 1e-3 ], t, 2, #"%d")(string, nil))
        obj(true, 377.458 < 1e+300 - "s103", v110 + v111, v109)()
        return 
end
end
  if {8 > (14678) * 8; (nil); {[ false ] = 32768}; x = 361.5 * t + 3i,} then
    for v112, v113, v114, v115 in obj:iter() do
      v113 = print
end
    if {{b = 91.5, [ 0.5 ] = 0xeb56d0b1b3, 1LL, false,} <= ...; [ ... ] = 136.543; [ not 745.858 ] = [[long]],} then
      local v116 = function(...)
        t[9], g3 = #{[ print % 623.234 ] = 0, k4 = 'x' / 0xcd2e1d76cc, (true), [ 643.078 <= 266 ] = not false}
        g1(- g2:m("esc\n\t", ...), {1LL, [ 1 and pairs ] = string:m(), 662.247 * 8, 92.5 .. 1}, g2, g1[422.331] + 153)
        string(2, (10 % (59.5)))
end, 10
end
    function t.f(v117, v118, v119, ...)
        v117:m((1), {..., 93.5,}, - 8 >= self and nil)
        obj:n()
        t((v119), (10 >= true), v119(6, 1)())(...)
end
elseif 43 then
    local v120 = t:rep()
    return 
end
  local function v121(v122, v123)
      function g1(v124)
          g2(string()(), self)
          self:m(v124, string(pairs <= self), function(v125)
          v121:m(1, g1, (v121))
end, nil)
          v122:rep()
          g1:n(4, (#("s104")))
          v122 = true
end
      local v126 = function(v127)
end
      v122(v123)
      if g2 then
        return {125, string "\65\x42", {v122; v121; 9; v123; [ "esc\n\t" ] = v122}, 1LL, not nil, [ (103) ] = 4,}, v123.goto
elseif t then
        v121((not nil), "esc\n\t" + v121 > v123)
        v121.field, obj[ "b" ] = string
elseif v121 then
        local v128, v129, v130 = not 6 > v121, 0x1p4 or not {} <= {8; v122; [ true ] = v122; k2 = 320.5,}
        string(77, - 512.251 .. v122, t(32768, 442.119, pairs, 222.5) / v130)
        v123(function(v131)
          obj "\65\x42"
          local v132, v133 = {b = 202.687, (8283),}, v130, function(v134, v135)
        v121 "\65\x42"
        local v136, v137 = obj "esc\n\t", v130 * v129 ~= true
        t()(v128[ [[long]] ])
end
          g2:m(v132 .. (v129) > (1006), v123, v133, v121:m())
          v132(g2:n(v123, not "b", v130('x', true, 0xf9110bbfd5, 5), (v129)))(0x7b93acb30d, not g1 * nil < v122)
          v132, v121[2147483648], v130[ v131[ "s38" ] < 3i ] = 407.5, true
end, "%d")
        v121, v122, g2[ "s78" ] = v128, {b = v130[ v128 ], 1LL, a = 2ULL} + - v123
        g1:rep(0x92e6915121, v128[ string "a" ], v122, function()
          t "s120"
          v123:m((-24687), 8, 1LL)
          t(462.5)
          g2(g1[ "b" ], 179 - print ~= true, g2, string(5, v128))
end)
else
        v121(next, v123)(513.861, g1, v122, 313.5)
        t "%d"
end
end
else
  string:m(229, 9)
  local v138 = function(v139, v140, v141, ...)
      return g1[ v139.x ], v141.x
end
  obj(g2 "esc\n\t", (g1), g1.goto)(- (8567), {[ 4 ] = 206.5, true,}, (- 1e+300))
  local v142 = function(v143, v144)
end, g2.goto
  g3, v142 = 0x73334c7b38, 1
end
for v145 in g1 do
end
repeat
  if ... then break end
until obj[ 'x' ]
local function v146(v147, v148, v149)
    local v150 = function(v151, v152)
        obj:n(.25, v152(1e+300 and 0, #string, v151, "")(g2 > 8, v151, v146[ "a" ], g2.goto))
        v151:n()
end
    local v153 = function(v154, v155, v156)
        v146 "esc\n\t"
end
    return 
end
local v157, v158 = v146, "key"
v157()(g2 or v146, (-33194))
v146, v146 = 4, ({goto = v158 + 6; b = string[ 67 ]; goto = nil; [ v158(2)(255, 'x') ] = #v158; goto = ...; [ 255 / t ] = g2,})
repeat
  if - function(v159, ...)
          g2, g2 = function(v160, v161, ...)
        v160(1)
        v158:m(v158, ..., 1 .. v161[273])
end, function()
        v159 "\65\x42"
        local v162 = (11495), v157.goto, #function(v163)
          local v164, v165
          string()(312.5, v164 or v157[ 8 ], v163)
end
        local v166, v167 = 1e+300
        v158()
        v166 = nil, v158(), (v167)
        return 
end, function(v168, v169)
        t(260, function(...)
end)(string(not g2, (37597) ~= string)(0x2dede8ad69, 1, v157[ [[long]] ], v159), not v146 and 6 > pairs % (6618), function(v170)
          v159:rep(v170, v146[61.5] .. 104.5 .. g2)
          return ((print / v169 - g1 % false)), 4, v168(80.5, v157(8))
end)
        v169:rep("a")
        local v171, v172
end
          g1({}, 0xd519885b1e, ... + v146)
          v158 "a"
          v158(...)
end then
    for v173 in v146:iter() do
      v146, g1, v146 = {k9 = 7; v173 >= 50.0796; [ nil ] = #...; [ 271.041 ] = ...; v158,}, ...
      g1[1e-3] = v173
      do
        v158()
end
      local v174, v175 = (print), {..., (v146[ 1e+300 ]), nil, v157, [ {0x1e6d21e5e3, (17681), v157, v173} ] = 981.159 ~= 0}, 4
      do
end
end
    local v176, v177, v178 = obj:m(#true + v158, #{[ v157 ] = [[long]]; goto = 6}), v157 "key"
    v146 = v157 / function(v179)
end, 65
elseif (((-16969))) then
    t:rep(g2, string and 25 % v146 or #256 / v146, (24.5 ~= 54 > 3))
    v157:rep()
    v158 "a"
else
    v146, v146 = ...
    do
      v158(true, t(g1.field, print >= v157, 10, ...), g2)
      v157 = ..., function()
          g1:n(v158, - v146, v146)
          v158 "%d"
          v146[ v157 ], g1, v157 = string[4], 0
          t()
end > t.x, ...
end
    local function v180(v181, ...)
        local v182, v183 = 7
        return function()
        local v184, v185
end, 2 % v182[ [[long]] ], 121.5
end
    local v186, v187, v188 = t((t), - 444.5 * v146, v157, (3))(..., v146("", (16265), 9, v158)(print, 3, 2ULL), (v158) and ("b"), t), (137), ...
    repeat
      g2(not g2(g1, 0x588738c263, 0x74f890b94b, nil), v158:rep(g1 or 0x6ccf0c024e, "b", {v146; goto = v188; a = (6994); [ v188 ] = 206; [ v157 ] = 9}, {a = v158; g1; k8 = v180; b = g1}), ... * 9 and 62)
      g2[0x71c24f7a44] = v188:n("s187", 0), ..., (302.995)
      while 6 ~= 32767 do
        local v189, v190, v191 = not 65535 - #v186, t(- 0x1b09cabdbc, {}, v158(next, v157, v187, .25)(), [[long]]) < (g2.y)
end
      g2(v188(v187, "s259", v187) and 756.539, (-8445) or v188 ^ v186)
until 2
end
  return {374.5; 1 <= 65535 + {}; [ nil ] = ... < v146; [ v157.field ] = 2 % 1LL > 66.5; #v146.goto; v158}, 963.288
until not true
local v192, v193, v194 = {}, 'x' .. 5, string "s79"
local v195, v196, v197
function obj:m()
end
for v198 = 3, g2(v157 and v194 or "s262", v192), (293) ~= g2[4] do
  for v199, v200 in next, t do
    if nil then goto continue end
    for v201, v202, v203, v204, v205 in v197:iter() do
      if 2 then goto continue end
      local function v206(v207)
          t:n(v193[ "esc\n\t" ] ^ v206)
          v207 "key"
          v202 "b"
          string()
          t:n()
          return 
end
      local v208, v209, v210 = false, not 2
      v200:n()
      local v211, v212 = v205 [[long]] >= v157 % string[0] ~= - not (-19386), function(v213, v214, v215, ...)
        return 8, v157
end
      while ... * "%d" .. ({string, x = (25445), true}) do
end
      ::continue::
end
    do
      v197 = {[ v194 ] = string, [ 3 ] = v146, [ {x = 'x', b = "\65\x42", v157, 307.903, 9} ] = false, [ ... ] = v196, a = v199, 1e-3,}
end
    v196(#1e+300)
    for v216 = v158 ~= v198, true, v194[ nil ] do
      g1(function(v217, v218, ...)
          v157(v194, {} + v146[0xccf1bf14cc], function(v219, v220, v221)
          v218 = true
          return false, 1, v221 .. 8 .. v199 ^ true
end, (38198))
          v197:m(...)
          v200:m(..., v146(false, 44, 4)(202, 7, nil) + v157, v200[293] or not v199 - ..., ...)
          local v222 = {goto = obj(v198, v216, (-439))(9, 331.5, (18798)), 9 + ..., {32768, k2 = string,}, a = #not "b", k2 = string[7] and 895.639 / (-33418)}, t, "key"
          v197((... .. 447.301 == 8.5), (v158), v146)(218, v199, 0xf0da2fc617 ^ (-3797))
end, - v200[ "b" ], nil, "a")
      v158(30.09, ("s50"), 0x1p4, {v196[ "esc\n\t" ], [ v192 ] = v158,})(function(...)
          t(({} == 0xc2c2bfb305))
          local v223, v224, v225 = "" ~= (not 3)
          local v226, v227 = v197() ~= obj(v198[ "\65\x42" ], v196[ "s226" ], ...)(v158, ...), (function(v228, v229, v230, ...)
          v196:rep(v216.y)
          local v231 = (13975), v195 / #v196 + v196 == v200, {v198 == {v193, k4 = v193, 897.922, v192, a = 9, (-11054),}; 697.292; goto = obj(false, v193, v200, 353.5) >= v195(v228, 0x1p4, v199)((6549)); 0 == v216 < 2ULL; goto = {[ 0x1d0e7487cb ] = print; g2; k0 = 0xf7e3717db5},}
          v198(0x2011bf3a64, ..., v230[ "s133" ])
end), g1(("a")) / function(v232, v233, v234, ...)
          string "esc\n\t"
          v157 "a"
          v196(nil, {a = 9; 0x1p4; b = {9; [ v216 ] = 'x'; b = 163}; #g1; "" * 5; 0 <= 0x1p4}, ...)
          v158, v223 = v234 "s0", ...
          g2:n(3, 65535, 0.5, ...)
end
          local v235, v236, v237 = false ~= (-38759) * 1 == v197:m() ^ - (0xd8e808ed63 or true), {#"key", v193 "b", goto = ..., ...} + v146("esc\n\t", 0.5), v223()(v227, {154.5; x = 412.5; [ 0 ] = 91.5; [ v158 ] = 4,}, v193[65535])
          v199 "%d"
end)
      local function v238(v239, v240, ...)
          v216:rep(2, 256, g2((38724), v192) and string(nil), v199)
          v238 = - "%d" % v216[ "b" ] < v157[ "s132" ]
          local v241, v242, v243 = {}, v196, g2[ 'x' ]
          return not {"%d"; string:rep(4); {nil; b = "esc\n\t"; [ 54 ] = 32767; g1; v198; goto = "s2",}; x = nil .. 3,}, #v198 ~= string
end
      return {a = {54.5,},}
end
    ::continue::
end
  string(v192 < 0xf914e9f2a <= 173.5 <= v196[ v193 ], v198[269] <= v195 and 373.5 % 1)
  if 8 then break end
end
do
  v157()
  while 421.5 do
    local v244, v245, v246 = not t[68.5], 'x', ... or true
    local v247, v248, v249 = 3i, ...
    v249(v146, - ..., t()(..., 4, 4 ~= v146))
    do
      local v250 = (print) - ##..., v193[ 'x' ]
      v192, g2[0x273bc1c45c] = v195, ((v157[ "" ]))
      local v251, v252 = {} and 2147483648 - nil
      function t.f(v253, v254, ...)
          v193(v146(885.602 * v194, 4)(obj "key", v195 and 5), - v253 or 160.5 or (-24422))(v253 "esc\n\t", v158, "key", {false; x = nil}, ...)
          t({[ ... ] = v246, - v158,}, ...)(- v248 ~= (256))
end
      return (function(v255, v256, v257)
          t(print, {}, g1[259], nil <= (-14442) ^ 285.965 <= 1 < 74.5 <= g1[ 0xd302308867 ])
          v192((4), v157, function(...)
          v195:n(function(v258, v259, ...)
end, v194 * v255 "esc\n\t")
end)(v249, "%d", v251 "" < (print) > #v193)
          v251 'x'
          v248 "key"
          obj.y = v251 + v194 "s212"
          return 
end), (99.0744)
end
end
end
while ... do
  local v260, v261, v262
  local v263 = {not "b",}, {a = true % 266 and 0x1p4; k8 = ...; [ 943.793 ] = 193; goto = 268.5; obj[0.5]; 195,}
  while 0xec8d649d3e do
    do
end
end
  for v264 = v193[ 'x' ], (... ~= "key") do
    return 41, ..., (v193 / 0xc2b323a0b)
end
end
v195 = ..., 2, {a = ...,}
for v265, v266 in v197 do
  local v267, v268, v269 = function(v270)
        t(#2)
        string "key"
        local v271, v272, v273
        v272:n({} < 0xb6fcaf5907, v271 - 5 % {}, v266 "\65\x42" == obj(g2, true, next, 7))
        v193:rep(0)
end
  if v269 then break end
  g2(function(v274, v275, v276, ...)
          local v277, v278
          obj:m()
          v276 "\65\x42"
          obj(v275, {[ t(8, 16.5, v265, 58) ] = true >= 8, 231.682 % 150, b = v195, b = nil, [ v276 ] = .25 .. v193, v195}, "%d" / v197(next, 2, g1))
          return ...
end, ...)(6, ...)
  g3, v192, g1 = 0xcdfa6a9d3e, 141.15
  if (...) then break end
end
repeat
  local v279, v280 = 45.0498, v196[ "s44" ]
  while v197 * #"s49" * - 6 < ... do
    local function v281(v282, v283, v284, ...)
        v194(...)
        g1 'x'
        v157(not true, ... == g1("b", 421.5, true)(10) ^ true % "esc\n\t")
        t:rep(...)
        v196(..., 892.213, function(v285, v286)
          v192("b", 1, #v146 == g2[668.036], function()
end)
          v196:rep(string(v285(), #false, 836.941, 2), false, t, - 15)
          v283("b" * v192, v192.goto)
          v194()
          v197:m("b", 10, 0)
          return 
end)
end
    while - true do
      if ... then goto continue end
      function obj:m(v287, ...)
          v287 [[long]]
          g1 "s91"
end
      if {} then
        v146, v157[ "" ], v192 = v279
        v158, v281 = function(v288, v289)
        t(#v288, 372.5, nil)
end
        t:rep()
        v196, v157, string.x = function(v290)
        v197:rep()
        local v291, v292 = ("%d" > string > 32767)
        v193()
        v193(next, v146(v280, - v157))
        return {10,}
end, (function(v293, v294)
          string((3), g1({x = 390.5; [ v196 ] = v193; x = 65535; nil; "esc\n\t"; v193,}, - v293, g1(print, 6, v192), (-977) * 0))
end), ...
        v279(v194, {print >= v279; string and "key"; t < v158; v192(8, (29438), ...)})(string, (v279()), 5 * (-5800) + 1LL / g1 > "", 394.66 ^ v192 or t(...) <= {v158; "esc\n\t"; "",})
else
        obj(function(v295, v296, v297)
          v295, v295, g3 = 8, #6 and v295, string
          g1, v194 = function(v298, v299)
        v295({("%d"); v158; 255}, v295[2147483648], not 0xff6d9bedbf)(v157, v280[ [[long]] ])
        g1()
        v158({2,}, not "b")
end, 5, "esc\n\t"
          local v300, v301, v302 = #[[long]], v157(6) <= "a", function(v303, v304, ...)
        v295(string(577.018) and obj(v192, nil, v304) * v196[ nil ], g2[ ("s207") ], - nil, (#v158))
        v193:n(0x5221ecd3a5, v196, - (0x5f4735bb72) >= g2.field, ...)
        local v305, v306 = {}, 6 <= v195.goto
        g1, g1[ ... ], v158[ {} .. v157 "\65\x42" ] = v303(v196(g1, true, v297, false) + 220.526, v304), {[ (v306) ] = v280; 521.987; 347.583,}
        v194()(false, 10, function()
          local v307 = v146[ v297 ], {- not 6, v192[242.5] * "\65\x42", v158 ~= string ^ string, - "key" and v303}, v158
          v306((v295), 697.523, v304(v157[ "%d" ])(true * 5, v158, v305))
end, 0xb51d480adf, ...)
end
          return 0.5
end, 1e-3, ..., function(...)
          string:n("", "esc\n\t")
          g2()
          return #v280[.25]
end)
        local v308 = 0.5 ~= function(v309, v310)
          v193:rep(v192, 2ULL == v194)
          local v311, v312, v313 = t ~= v280[863.223]
end
        g3 = 0x1b9eb06479
        v157 "s5"
        v196 "%d"
end
      for v314 = ..., 1 do
        return 
end
      for v315, v316, v317, v318, v319 in next, v280 do
        v319()(v197, v196)
end
      ::continue::
end
end
  v279, v197[ 7 ], v193 = function(v320, v321, v322)
        v158(v192(v280 < 1, {"\65\x42"}), true)()
        v193 "\65\x42"
        v158()
end
  local v323, v324 = - v192
  repeat
    if v197(v192 <= ..., ...)("key", true, (v193), print < v324.goto) then break end
until function()
          v157 "\65\x42"
          string:m()
end or "s253"
until ...
while ... do
  if - ... then goto continue end
  local function v325(v326)
      for v327, v328, v329, v330, v331 in string:iter() do
        g1(2ULL, false >= (10056) / nil ^ ({}), g2.x, 157)()
end
      local v332 = function(v333, v334, v335, ...)
          v335 = g2, 91
end
end
  ::continue::
end
v196:n({not v197; [ - 7 ] = {376.5; 0xd81f09ae37; "s290"}; {next}}, obj(5 / 234, 4, v196[255]), v146:rep() < v157 and v192 < [[long]] ^ 'x')
