for v1 = function(v2, v3)
        v3:m("" and v2)
end, 0 do
end
g1:n()
repeat
  local v4 = function(v5, v6, v7)
      local v8, v9, v10 = v7('x' >= next) + - #v7 ~= t, g1 "a"
      for v11, v12, v13 in next, v10 do
        v11:m()
        string(#next % (38230) > v5, - {136.5; 0x5f4743dc1f; goto = v9; 8; string,}, {k3 = 10, v6 and .25, "a"}, v10:m(((12643)), v10[ "\65\x42" ], string ~= print))
        v8 = v11[399.5], 273.5
        v8(t[ "\65\x42" ])
end
end
  for v14 in g2:iter() do
    local v15, v16, v17 = #v14 < next <= [[long]]
end
  return next, 7, string(...)(7, t(292, 104.394, ...), ..., obj[4]) and ...
until ...
g1(t(...) % 0, nil, (4353))
do
  function obj:m(v18, v19)
      if (7) / (-1907) then
elseif "s181" then
        self:m(self < 3i < self "%d")
        obj:rep(v19 >= (v19()), {}, v19, 256 - 0xc05edbacbc < not v18)
        v19:rep(function(v20, v21, ...)
          v21, v18.x, v20 = v18.x
          v19(150, ...)
end, v19)
elseif obj:n(g1, v19) then
        local v22 = #(399.328), not v18, not v19.field
end
end
  repeat
    do
      local v23 = ..., obj()((30593), 69.0764), string[(-8410)] ^ ...
      local v24 = function(v25, v26, v27, ...)
          obj({a = t; [ 1e-3 ] = "%d",} % 83.6711)
          local v28 = "%d" * v25, 6
          local v29, v30
          return (g1(v29 % 10)(v26)), 17, v25[ "%d" ]
end
      do
end
      local v31 = 44, v23, v23
      g1, v31, v31[ "key" ] = "key" - (true) > not g1, 143 / g2(v23()(v31), {(24549); (-36847)}, v31[63.2198], 1LL / g1, ...), v23:rep(string ^ 7) / v31:m(255, (false), ((-26081)), ...)
end
    for v32, v33, v34 in string do
      if "key" then goto continue end
      v34()(#not (32366) <= 1e-3, v32, ...)
      if 1e+300 .. - v33[1e-3] then break end
      ::continue::
end
    return t, not (34937), function(...)
        local v35, v36, v37 = g1[379.5] % 482.5 >= ..., ({(106.982); [ ... ] = (0x4aaf86bbcb); k3 = (string)}), g1 >= (1003)
        g2 "%d"
        v36 "%d"
        v37 "esc\n\t"
end
until (22578)
  for v38, v39, v40, v41, v42 in next, t do
    repeat
      local v43, v44, v45
      if 138 >= v41 ~= v42 - (3) ~= {} then break end
      local v46 = function(v47, ...)
          v39(... + v39, ..., v41)((-32719), 2ULL ~= 217)
          local v48, v49, v50
          t:n(function(...)
end, ..., ...)
          local v51, v52 = - #163.001 % v45(1, 9, next, ...) or v40[ "%d" ], function()
        return {2ULL, v48, k4 = 132.5,} + function()
          local v53, v54 = 3
          string(231.5, 458.5 >= v38, t)()
end, (30747) / v39[255], "%d"
end
          return (v51), v48
end
until v40[255]
    v42()(...)
    g2:m(function(v55, v56, ...)
          obj(..., function()
          string "s260"
          t(function(...)
end, {k2 = {x = 5, 802.712},})()
          g3 = v40, v42
          v41(v40.y ~= v39, 4, {v55; v39; {b = 802.335, g2}; 164,})(print)
          g2:m(1e+300, v39, - ("esc\n\t"))
end, {v55; x = v40; 1 % 267; a = "b"; [ true ] = 1e+300 * v40})
          local v57, v58, v59 = v39
          return 
end, {}, 8 * v40, ...)
    while (5) do
      if 2 or (8) then goto continue end
      if (1) then break end
      local v60 = true, {string("", 0xc765c30b13, print), [ v41.goto ] = (v41),} - t:n(v41, ...), (v39[(5330)])
      v42, g3 = ..., 28.9767
      g1, g2, g2 = {goto = - 'x'; t(v40, false, v38) .. false; 7,}, g2, 0x1073ad0d0d
      ::continue::
end
end
  local v61, v62, v63 = function(v64, v65, v66)
        v65(v66, ("s143" ~= v65[ 10 ]), function(v67, ...)
          return {b = nil; not 1e-3 ~= 3; (v67); b = (10)}, - 7 ~= 5, v67(not {[ false ] = v67; string; x = v65; v67; v67}, 3, pairs)
end)
end
  obj[ not - 32767 >= - 4 ], v63 = 392.5, function(v68, v69, v70)
end, v63
end
local v71 = function(v72, v73, v74, ...)
    v73 "%d"
    local v75 = string
    v72((0x47048e6b7b) <= v73 and v74, ...)
    g2, g3, v72 = 54
    while {[ {} ] = t[ .25 ]; 821.133; {2; 1; 0xec5dfef4a0; v75; x = 61},} do
      if 6 then goto continue end
      ::continue::
end
    return #function(v76, v77, v78)
          local v79, v80
          g1(9, v72)
end, {[ false and true ] = v74; x = - {[ v75 ] = 'x', goto = g1, [ 938.042 ] = v72, a = v73, 2ULL,}; 2,}
end
t:n(('x') < ({k5 = 1, 67.5, 298}), "key", obj[ not 793.717 ], (-29862))
do
  while 0x7ef91c781c do
    while 3i do
      do
end
      repeat
until {26.5, 3 >= obj(140, "%d", next), string "\65\x42"}
      repeat
        g1(32768, #g1(222.5, 8))
        local v81, v82, v83
        g1:rep(t(v83, t, 2, ...) / string:n(v83, 0, ...), true <= v82 and v82 < {})
        local v84, v85
        v83 = 0x250a16f67e, 32768, ((30900))
until {}
      g3, string[ "s116" ] = "s168", function(v86, v87)
        string()
        string "esc\n\t"
end
      string[77], t[1] = obj() - g1
      return next == ... >= "", [[long]] / ((19843))
end
    t:n()
    local v88 = function(v89, v90, ...)
        v90((26023) .. not 0, v89)
        v90(...)(function()
          v89(32768)(g1[ (135.5) ], not v90, not (35231) < v90 ^ 341.5, {v90, 204})
          return 
end, #v90 >= 1, ...)
        v90[ v89 ], v90.field, g2 = true == ... == v90 and function(v91, v92)
          string("\65\x42", 3i, v90:m(v89 < v92, g2("s114")(v90, 9), v90, "b" > 2), g1[ 3 ])(v92, v91 * (7 ~= v92), string.field)
          v89:rep(v90, v89:rep(0, v91, 3) > (9) / v90 < [[long]] > ((30488)), v91(), function(v93, v94, v95)
          string(nil, v95:rep(v95 and 3i), function(v96, v97)
          t(v94, v93.field, - not v96, 493.5)
end)
          v91 [[long]]
          string ""
          g1(#'x' .. v94 .. 0x2dcc22b6c7, function(v98, v99)
          t({[ v99 ] = "\65\x42" + print, nil, v95, obj[ 1LL ], [ .25 >= 1 ] = t, b = "\65\x42"}, 64 / v95 % g1)
          local v100 = v95 < function(v101)
          g2 = v94, g1[ false ]
end
          v89(([[long]] ~= {"a", b = v99}), v92.goto % 3, - t "key")
          string()
end)
          v90()
end)
          local v102 = - "\65\x42"
          t "esc\n\t"
          local v103, v104
end, 18
        local v105
        local v106, v107, v108 = 370.5
end
end
end
