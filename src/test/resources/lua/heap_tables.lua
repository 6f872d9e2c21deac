-- # on tables with holes, next/pairs over both parts, keys normalized: LuaJIT's lj_tab rules
local function show(t) io.write(#t, " ") end
local t = {} t[1]=1 t[2]=2 t[4]=4 t[8]=8 t[16]=16 show(t)
local t5 = {} for i=1,10 do t5[i]=i end t5[9]=nil show(t5) t5[10]=nil show(t5)
local a = {} for i=1,20 do a[i]=i end a[20]=nil a[10]=nil show(a) a[19]=nil show(a)
local b = {} b[2]=2 show(b) b[1]=1 show(b) b[3]=3 show(b)
local c = {} for i=1,5 do c[i]=i end c[6]=nil c[7]=7 show(c) c[8]=8 show(c)
local d = {1, nil, 3} show(d) d = {1, 2, nil, 4} show(d) d = {nil, nil, 3} show(d)
local e = {} for i=1,16 do e[i] = i end for i=1,16 do e[i]=nil end show(e) e.x = 1 e[17]=1 show(e)
local f = {} f[0]=0 show(f) f[1]=1 show(f)
local g = {n = 1, 10, 20, 30, nil, 50} show(g)
print()
-- -0 and 0 are one key; 2^53 and floats are hash keys; NaN and nil cannot be keys
local z = {} z[-0] = "zero" print(z[0], z[-0])
z[2^53] = "big" z[0.5] = "half" print(z[2^53], z[0.5], z[1/2])
print(pcall(function() z[0/0] = 1 end))
print(pcall(function() z[nil] = 1 end))
print(pcall(rawset, z, nil, 1))
print(z[0/0], z[nil])
-- next visits every live key once, also after deletions during traversal
local m = {} for i = 1, 50 do m[i] = i m["k" .. i] = i m[i + 0.5] = i end
local n, sum = 0, 0
for k, v in pairs(m) do n = n + 1 sum = sum + v if type(k) == "string" then m[k] = nil end end
print(n, sum)
n = 0 for k in pairs(m) do n = n + 1 end print(n)
print(pcall(next, m, "nope"))
-- a table that grows and shrinks keeps its values
local big = {} for i = 1, 1000 do big[i] = i end for i = 1, 990 do big[i] = nil end
local s = 0 for k, v in pairs(big) do s = s + v end print(s, #big == 1000 or #big == 0)
