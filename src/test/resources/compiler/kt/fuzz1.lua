function obj:m(v1, v2, v3, ...)
    local v4 = function(v5, ...)
        self({#false}, v2, 2, ...)(- ... - 6)
        v1(230.5, 0x7a20843ae9, v3 ^ v3 ^ {[ v1 ] = 238.5, 278.214,})(167.687, true, v5)
        v5(v1(..., 171, 9 > v1, ...), (obj(434.5, 0x1a4af0a06, false, "a", ...)("esc\n\t") == (g1)), 432.5)
        v3(32767)
        v2(function(v6, v7, ...)
end)(- ...)
        return v5:rep(false), (v5), v1(g1:n(7))(4, v2 < 0.5, - v5, self) .. {}
end
    self(false, v2:n([[long]], v2) % self[ 'x' ] == g2 "key")
end
function g1()
    return t:rep(self()(0), (self)), (self.field), {x = 460.066, 5} % #self == (925.8)
end
while (5) do
  if 289 then goto continue end
  ::continue::
end
local function v8(...)
end
for v9 = string, 7 / not {[ v8 ] = v8; [ 8 ] = 5; v8; 78.5,} ^ 10 do
  if g2 == {} then goto continue end
  function t.f()
      local v10
      for v11, v12, v13, v14, v15 in t do
        obj:m()
        v15(v15:rep(), false < v12() == ((24483)), 6)
end
      for v16 = 6, ((v8)), (v10(string(446.5, v8, 0x15ba3ad37, 270.5)(16, v10, string))) do
end
      v8((self:rep()))
      string:n(0x1p4, v9, 8)
end
  if #(3) then break end
  if (...) + function(v17)
end then break end
  local v18 = function(v19, v20)
      return v9[ 'x' ], 10
end
  ::continue::
end
obj.goto = function(v21, v22, v23)
        v8(v22, g1.goto, "key", v21:rep(478.5, 289.5) <= v21 .. not - 7)
        string "s73"
        g2({6; v8 .. (-32334); - "s131"; [ (v23) ] = v8; (g1); v8[ "a" ]}, v21)
        v8(("%d"), 1)(v21[ g1 ] > v8, v22)
        g1(2, 208 > string "key", 0, {goto = - 994.341})(v22, - {"s204", v23, 8, goto = pairs,} ~= v23:m(false, v21, v21, 66))
end, ... + v8 - false * "key" - {false / v8, [ (v8) ] = 0x1p4 .. v8, v8,}
local v24 = function()
    v8:m(v8 % v8 / 32768 >= true, string[ "b" ], not ({a = 0,}))
    for v25 = g2(v8, v8.field), {196, k6 = v8,} do
      if obj "" then goto continue end
      ::continue::
end
end
repeat
until v8
v8, v8 = 5
v8 "esc\n\t"
local v26 = function(v27, v28, v29, ...)
        v28(({206; 0xbb8b2b10a3,}), not not (-5257), {false < v27, b = (-19361),})
        g1:m(...)
        t()(278.982, ..., v29)
end, 10, false
if (0.5) then
  local v30, v31, v32 = 1
  return function(v33, ...)
end
elseif - {[ v8 ] = false, true, [ v26 ] = true} <= v8(0xe29f1360d9, 0x35d6c8d4e2, 598.254, 0xf741f853b8) ^ g2 then
  v26()({[ #print ] = v26 >= 0xc3a20a6e15; v8.y})
  return "key"
end
local v34, v35
function g1(v36)
    t:rep(v35 - not {self, 255, [ v36 ] = self, v8, 72,}, v35 * (25860))
    for v37, v38, v39 in next, t do
      while t[ "esc\n\t" ] do
        if {v39, v37 >= self, b = false, [ 32767 ] = {}} then goto continue end
        local v40 = (v37)
        g2 "%d"
        v37 "esc\n\t"
        v34:m("")
        ::continue::
end
      local v41 = function(v42, v43, v44, ...)
          v36(5)
end
      for v45 = 8, (2 < false), 303.5 do
        self(g1, v35[ v34 ], {}, (""))
        v36()(g1[0], v39, false * true)
        v34(false, 225.091)
end
      do
        g2(10, {[ false ] = self, k4 = 0 <= 12, b = true <= v8, k2 = {1e-3, 256, v34}, string(), k3 = t "s21"}, v38, ((#pairs)))(11, {a = {"",}; x = not false; g1[ "a" ]; v37})
        g2(("esc\n\t"), not "b", v37[ "key" ], v37)(false, 10 % 6 <= 70, v35[ pairs ] ~= v38[ "esc\n\t" ], v38 % "%d" < v35[ self ] % - v36)
        v38(v35, v36, false, g1 / v26)()
        self[ v39 ] = not false, g1
        t({x = v8, v35 ~= 801.677, x = obj "", 0x1bce09457 == 295.959, "" * self})
end
end
    local v46, v47 = g1, t * v36:m(3, v35, 12) ~= ((20247))
    do
      local v48, v49, v50 = v46, obj.y, 0.5
      local v51 = function(v52, ...)
          local v53, v54, v55 = v50, ..., #g2.x
          v46, v34 = ({v46[ "key" ], string % "esc\n\t", v49, x = ..., [ v49 - v52 ] = 13 <= self, true}), g1
          v8 "esc\n\t"
          return v49[ {"a", goto = v8, v54, b = (24063), 3} ] < {[ v46((-26561), (-20715), "%d", [[long]], ...)(10, g1, 3, v50, ...) ] = ...}, - 470.135
end
end
    string:rep((({})))
end
local v56 = 242, v8.x
for v57, v58, v59, v60, v61, v62 in pairs(v8) do
  repeat
    for v63 = not #v60, v58[ "%d" ], {"key", (true) ^ v34[ g2 ], (347.5), k7 = 5, 4, {}} do
      if function(v64, v65, ...)
end then
        local v66 = v60 or (255), function(v67, v68, v69)
end
        v62[ v58 ] = false, v63
        v57(... ^ v60 * 10, false, ...)
        v58(0x9dac2efe6d, v62, next, - - {[ "" ] = v63; [ 602.733 ] = 'x'; v8; v34; v63}, ...)
elseif function(...)
        v60 [[long]]
        t(#111, #not 5)
end then
end
      v35:n(v56[ "s233" ], (v57.x), 113.5)
      v34, g2 = - (not 65535 ~= 65535), - 1
      repeat
        v56(... + v58.x, 0xe767e9e641, next)(..., 418.738, 315.729, {[ next ] = {b = 796.242; v58}; v61(v35, ...); obj ""; [ v57.y ] = {(-5129), 19.5, 1e+300, [ pairs ] = g2, 403.5,}})
        g1, v59 = string[ v8 ]
        local v70, v71
        v70:n(...)
        t "key"
until {goto = - v59 or v26}
      return 
end
    while {} do
      obj({[ ... ] = v61 >= (4518); 491.5 > false,})()
      v35({v61 "esc\n\t"; b = v34 + next}, {[ "%d" ] = v60 < "\65\x42"; [ {v60, x = 9,} ] = (v61); 7 and v8; a = g2 * 1e+300; ...; {},}, 3 + {b = false}, ... / #v26("b"))
      return 0x71bdfff483 == v34 "%d" == ... % .25, (function(v72, v73, v74, ...)
          v34(string(t)("s128", 256, g1, v72 ^ v34), {(-25594)} == false - v61 > false, v58.y)
end), [[long]]
end
    if (7008) then break end
until print
  if v58 then
    local v75
    if v26 >= (((v61))) then break end
    for v76 = (24039), g1(v62(7, t, 6), 0x1cb2eec653, 356.708, v57, ...) % v35 - not 270.5, - {b = "key" <= true} do
      if 477.5 then
        v8(false, not v26 'x', g2()(- false, 616.149, 8, v56))
        g2, v59, v57 = (v62[0x5cfbc3316]), {v60, ...,}, t:n(v61, obj.x, "s150" - t, {k2 = 205.041; [ v35 ] = false; v58; v75; [ 88 ] = 470.852; 30}, ...) ~= (v35)
elseif v76(..., (0x1eb347feee), [[long]] or true, t) / 544.833 then
        v8()
        v57 "\65\x42"
        obj "b"
end
      function t.f(v77, v78)
          local v79, v80 = {k3 = 5.5; v58; goto = next}, 'x' <= 326.094 .. next - 342.138, v35()({[ 218 ] = v75, b = true, "key", 1e-3, goto = v34, k2 = 6,}, {goto = false; x = v60; 350.5; true; 2; [ 104.5 ] = ""}, false)
end
end
    local v81, v82, v83 = v58 - 1 == {1e+300; string; goto = 2; v60; goto = print,} ^ 166 / v62[0x1p4] ^ {t; 7; goto = "a"; goto = true; 12,}, t[ "esc\n\t" ], v56 + 2
elseif function(v84)
        g2 "s171"
        local v85, v86 = g1()(v57)
        t(v85 > false)
        v56 "key"
end then
    local v87
    local v88, v89 = false - {}
    if (14624) then break end
    if pairs then break end
    return 
end
  local function v90(v91)
end
  v8, g2 = {g2.goto; g1[0.5]; x = not v26 and true; 273.5}, function(v92, v93)
        string(v26 < v35[ 3 ] == v61("esc\n\t")(0), (v58), v26(#false, false)(0x7af160d134, ""))
        v60(6, 36, #v34, v58)
end
end
local v94 = function(v95, v96, v97, ...)
    repeat
until v8
    local v98, v99, v100 = ...
    g1.y = (function(v101, ...)
          local v102, v103 = 'x', "key"
          local v104, v105
          v35(75, ..., string)
          v95(v26, ... and {57.9509, t,}, ...)
          return "%d" and 'x', string(9 >= v99, {[ 310.5 ] = v97; a = 32767; x = v101; "%d"; 2; k5 = false,}, v102), string[ "a" ]
end)
    g2()
    return {[ {k3 = 383.5; goto = v100; x = pairs; x = 11; pairs,} ] = (false ^ g1),}
end
local v106, v107, v108 = false, ..., 729.192
local v109, v110, v111 = function()
        v108((-14919), t:m(v107, v8))
        string()
        v108.goto, v56[ "\65\x42" ] = (function(v112, v113, v114)
          v35()(#{v112, b = 1e-3, [ v113 ] = 0xbd82cb4646, [ v114 ] = string, [ v8 ] = 4, v106,}, v26[66.5], 10 + g2)
          v56(188.223)((45.6193 + "a"))
          obj:n(function(v115)
          local v116, v117, v118 = "key", v108() > function(v119, v120)
          obj(function(...)
          v107(..., ...)
          v35 "a"
          string 'x'
          return function(v121, v122, v123, ...)
        v115("a" .. print, {[ 32768 ] = false; goto = 120.5; v114; b = 7; 619.011,} > 105)
        v108:rep()
        g2(v122, {[ false ] = 478.5 < 12, v107 <= 7, [ {[ v114 ] = string; a = g1; false,} ] = 3, {goto = 11; "esc\n\t",}}, function(v124, v125, v126)
end, ...)(v108[10])
        v26:m()
        obj()
        return function(v127, v128)
        v114 "esc\n\t"
        v56:rep("" + false + ("key") <= 662.103 == 0x828f03737 * v108 "b", 255 and 1, (v8 / {12; v26; 0x8dc01f6522; 261.187; [ v8 ] = 111}))
        v112(v127((6), g2 ~= v8, (-22713)), t(obj "a", v123, 299.5 - false), {}, v26)('x')
        v35(71, v26, {a = 6 >= false; [ (-34356) ] = (g1); 12; 0x95a0e56901; goto = 7.43277; [ v35 ] = g1()(v115)})
        v114 'x'
end
end, g2()(v112), v26
end, not obj(2) ^ {} + (1))
          local v129, v130, v131
          v106:rep(t, v8)
          g2[ (32768) ], g2, g2 = 1e-3 or function(v132, v133, v134)
          t:m(obj.field, obj[ "esc\n\t" ], v130[ (12384) ], function(v135, ...)
          v135(v130)
end)
          obj()
          v130:n(65535, 0x2c17c891d6 + [[long]], {v132,}, 492.5)
          g1(v112)
          g1((v130), 0xd75ed372f8, v107 or v35:m(10, v119, print, pairs))
end, function(v136)
          t:rep({((-15578)), 1, [ (false) ] = 3}, "\65\x42", v35)
          g2(v119)
          obj(function(v137, v138)
end, #"key", v119)
          v129, v106, v112 = v119[ 0x986675b86c == {[ 255 ] = true; goto = 5; 682.88; 145; g1,} ], (v131(('x'), t, "b")), v35
end ~= #(v120), - v56 / true < function(v139, v140, v141)
          v115()
          v114(function()
end)
          local v142, v143 = {3} ~= v140.x
          g2 'x'
          local v144, v145 = - v129[857.002], {not 2 and "key" ~= 0; "\65\x42"}, #string.field
end
end
          v8[ (#4) ] = 5 == ((0x41302fe819)) + {b = 9,}, g1
          local v146, v147, v148 = false, (v34)
end, "key" and g1)
          v107(373.736, v112)(t:n(), v8:m(822.027, 0x2525cd7a6e, v113, "%d") <= v108)
          return not v112[ 'x' ] == "\65\x42", (v8(v34, g2)(0xa39435eb97, 944.888) .. 65535)
end), not v106 + 714.534 / not v106
end, not {b = 0x1p4; a = v35; v26 "key"; {k3 = v56; pairs; true; 13}; (34276); [ (g1) ] = 0xd32780887d == (-31664),}
