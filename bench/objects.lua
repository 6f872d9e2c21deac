-- Small objects with fields (a constructor with constant keys, and fields stored one by one), arrays grown by
-- t[#t+1], varargs collected into tables.
local function vec(x, y, z) return {x = x, y = y, z = z} end
local function node(v)
  local n = {}
  n.value = v
  n.left = false
  n.right = false
  return n
end
local function pack(...) return {...} end
local s = 0
for r = 1, 20 do
  local list = {}
  for i = 1, 20000 do
    local v = vec(i, r, i + r)
    local n = node(v.x + v.y)
    list[#list + 1] = n
    local p = pack(i, r, n.value)
    s = (s + #p + p[3] + v.z) % 1000003
  end
  for i = 1, #list, 7 do s = (s + list[i].value) % 1000003 end
end
print(s)
