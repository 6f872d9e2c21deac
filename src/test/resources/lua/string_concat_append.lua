-- Repeated appends (s = s .. x) and everything that may share the bytes of such strings: branches from one
-- prefix, self-concatenation, library calls in between, table keys, comparisons and memory counts.
local s = ""
for i = 1, 300 do s = s .. string.char(97 + i % 26) end
print(#s, s:sub(1, 30), s:sub(-10), s:byte(150))

-- two strings extended from the same prefix must not overwrite each other
local base = ("p"):rep(20)
for i = 1, 5 do base = base .. i end
local a = base .. "AAAA"
local b = base .. "BBBB"
local c = base .. "CC"
print(a, b, c, base)
print(#a, #b, #c, #base, a == b, a < b, c < a)
local a2 = a .. "+"
local b2 = b .. "-"
print(a2, b2, a)

-- a prefix used as a table key, and the same bytes built another way
local t = {}
t[base] = "by concat"
local other = ("p"):rep(20) .. "12345"
print(t[other], other == base, rawequal(other, base))
t[a] = 1; t[b] = 2
print(t[base .. "AAAA"], t[base .. "BBBB"], t[("p"):rep(20) .. "12345BBBB"])

-- library functions on growing strings, then growing again
local g = ("x"):rep(40) .. "y"
for i = 1, 50 do
  g = g .. "z"
  if i % 10 == 0 then
    print(#g, g:find("yz"), g:upper():sub(-3), g:rep(2):len(), string.format("%s", g):len(), tostring(g):sub(40, 43))
  end
end

-- self-concatenation and concatenations that start with the growing string more than once
local d = ("ab"):rep(20) .. "c"
d = d .. d
print(#d, d:sub(40, 44))
d = d .. d .. d
print(#d, d:sub(-5))
local e = d .. "1"
local f = d .. "1"
print(rawequal(e, f), #e, e:sub(-3))

-- numbers appended
local n = ("n"):rep(35) .. "-"
for i = 1, 20 do n = n .. i end
print(n)
for i = 1, 3 do n = n .. 0.5 .. "," end
print(n:sub(-16))

-- string.dump / load of a function whose constant was made by concatenation
local code = "return '" .. ("k"):rep(40) .. "'"
code = code .. " .. 'end'"
print(loadstring(code)())
