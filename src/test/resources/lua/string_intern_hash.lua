-- Interning with a sampled hash: strings that agree on every sampled byte stay distinct, equal ones identical.
local base = string.rep("x", 100)
local keys, t = {}, {}
for i = 0, 299 do
  local a, b, c = i % 26, math.floor(i / 26) % 26, math.floor(i / 676)
  local s = base:sub(1, 5) .. string.char(97 + a, 97 + b, 97 + c) .. base:sub(9)
  keys[#keys + 1] = s
  t[s] = i
end
local n, ok = 0, true
for k, v in pairs(t) do n = n + 1 end
for i, s in ipairs(keys) do
  local again = base:sub(1, 5) .. s:sub(6, 8) .. base:sub(9)
  if t[again] ~= i - 1 or again ~= s then ok = false end
end
print("long same-sample keys", n, ok, #keys[1])
-- "Aa" and "BB" collide in Java's polynomial hash: 2^6 strings with one hash.
local short, m = {}, 0
for mask = 0, 63 do
  local parts = {}
  for k = 0, 5 do parts[#parts + 1] = (math.floor(mask / 2 ^ k) % 2 == 0) and "Aa" or "BB" end
  local s = table.concat(parts)
  short[s] = mask
end
for k, v in pairs(short) do m = m + 1 end
print("colliding short keys", m, short.AaAaAaAaAaAa, short.BBBBBBBBBBBB, short.AaBBAaBBAaBB)
-- the same with 20-byte strings (sampled words)
local long, l = {}, 0
for mask = 0, 1023 do
  local parts = {}
  for k = 0, 9 do parts[#parts + 1] = (math.floor(mask / 2 ^ k) % 2 == 0) and "Aa" or "BB" end
  long[table.concat(parts)] = mask
end
for k, v in pairs(long) do l = l + 1 end
print("colliding 20-byte keys", l, long[string.rep("BB", 10)], long[string.rep("Aa", 9) .. "BB"])
-- prefix + counter: the counter sits in the last bytes
local ids, c = {}, 0
for i = 1, 5000 do ids["/api/v1/users/" .. i .. "/profile"] = i end
for k, v in pairs(ids) do c = c + 1 end
print("path keys", c, ids["/api/v1/users/4321/profile"], ids["/api/v1/users/0/profile"])
-- long strings built by concatenation keep their identity
local s = ""
for i = 1, 3000 do s = s .. "ab" end
local u = string.rep("ab", 3000)
print("built long", #s, s == u, rawequal(s, u), ({[s] = "found"})[u])
-- concatenation with empty parts, numbers and strings
local e = ""
print(e .. "abc" .. e, 1 .. "", "" .. 2, e .. e, 1 .. 2 .. 3, "n" .. -7 .. "|" .. 3.5)
