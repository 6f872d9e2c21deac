-- Patterns that start with a plain byte: find, gmatch and gsub skip the positions where no match can start.
local text = ("hello world foo bar baz "):rep(3)
print(text:gsub("o", "0"))
print(text:gsub("o", "0", 4))
print(text:gsub("ba(%a)", "<%1>"))
print(text:gsub("o+", "O"))
print(text:gsub("lo?", "L"))
print(text:gsub("l*", "-"))
print(text:gsub("x", "y"))
print(("aaa"):gsub("a", "%0%0"))
print((""):gsub("a", "b"))
print(("abc"):gsub("c", "C"))
print(("abc"):gsub("a", "A"))
print(text:find("ba%a"), text:find("ba%a", 20), text:find("ba%a", 200), text:find("zz%a"))
print(text:find("d ", -8), text:find("h", #text + 5))
print(("a]b]c"):gsub("]", "!"))
print(("x\255y\255"):gsub("\255", "#"))
print(("\200\201\200"):find("\201."))
print(("a\0b\0c"):gsub("\0", "0"))
print(("abc\0def"):find("\0d"), ("abc"):gsub("\0", "z"))
print(pcall(string.gsub, "abc", ")", "x"))
print(pcall(string.find, "abc", "b)"))
local words = {}
for w in text:gmatch("b(%a+)") do words[#words + 1] = w end
print(#words, table.concat(words, ","))
for k, v in ("k1=v1, k2=v2, k3=v3"):gmatch("k(%d)=v(%d)") do io.write(k, v, ";") end
print()
for a in ("xyx"):gmatch("y") do io.write("[", a, "]") end
for a in ("xyx"):gmatch("z") do io.write("never") end
print()
print(("hello"):match("l+o"), ("hello"):match("e(l*)"), ("hello"):find("lo", 1, true))
