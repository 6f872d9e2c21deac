-- Vararg functions called from hot loops (compiled code calls them directly): the count and values of the
-- varargs, fixed parameters with fewer or more arguments, nils, forwarding, tables from ..., and generators.
local function count(...) return select("#", ...) end
local function fixed2(a, b, ...) return a, b, select("#", ...), (select(1, ...)) end
local function pack(...) return {...} end
local function fwd(...) return count(...), ... end
local function gen(st, c, ...) if c < st then return c + 1, select("#", ...) end end
local out = {}
for rep = 1, 200 do
  local r = {count(), count(nil), count(1, nil), count(1, 2, 3), count(nil, nil, nil, nil)}
  local a, b, n, first = fixed2(rep)
  local a2, b2, n2, first2 = fixed2(1, 2, 3, nil, 5)
  local p = pack(rep, nil, 3)
  local c, x, y = fwd("p", "q")
  local g = 0
  for i, extra in gen, 3, 0 do g = g + i + extra end
  if rep == 200 then
    out[#out + 1] = table.concat(r, ",")
    out[#out + 1] = table.concat({tostring(a), tostring(b), n, tostring(first)}, ",")
    out[#out + 1] = table.concat({a2, b2, n2, first2}, ",")
    out[#out + 1] = table.concat({p[1], tostring(p[2]), p[3], #p}, ",")
    out[#out + 1] = table.concat({c, x, y}, ",")
    out[#out + 1] = tostring(g)
  end
end
print(table.concat(out, " | "))
local function deep(n, ...) if n == 0 then return select("#", ...) end return deep(n - 1, n, ...) end
local d = 0
for i = 1, 50 do d = d + deep(20) end
print(d)
print(pcall(function() for i = 1, 100 do local t = pack(i) if i == 99 then error("at " .. #t .. " " .. t[1]) end end end))
