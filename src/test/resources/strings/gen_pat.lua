local out = {}
local function esc(s) return (s:gsub("[^%w%p ]", function(c) return string.format("\\x%02x", c:byte()) end)) end
local function add(op, s, p, x) out[#out+1] = table.concat({op, esc(s), esc(p), x and esc(tostring(x)) or ""}, "\t") end
local subjects = {"hello world", "", "  key = value  ", "a,b,,c", "THE (quick) [brown] fox", "x = 1 + 2*(3-4)", "abc\0def\0",
  "aaa", "f(a(b)c)d", "The year 2024, month 11; day 25!", "\t\n\r\v\f ", "\200\255\127abc", "one two  three   four", "--[[comment]]",
  "0x1F 077 3.14 -2e10", "[[]]", "%d%s", "hello.world", "aXbXc"}
local patterns = {"o", "l+", "l*", "l-", "l?", "^h", "d$", "^$", ".", ".-", "(%w+)", "(%w+)%s*=%s*(%w+)", "%a+", "%A+", "%d+", "%D",
  "%l", "%u+", "%s+", "%S+", "%p", "%P+", "%c", "%x+", "%X", "%w", "%W+", "%z", "%Z+", "%g+", "%G", "[aeiou]", "[^aeiou]+", "[a-f]+",
  "[%a_][%w_]*", "[%]]", "[]]", "[^]]+", "[a-]", "[-a]", "[%-]", "%b()", "%b[]", "%f[%w]%w+", "%f[%W]", "%f[%z]", "%f[%Z]", "()", "()a()",
  "(a*(.)%w(%s*))", "(.)%1", "(%w)(%w)%2%1", "((%w+))", "(h)(e)(l)(l)(o)", "[%d%.]+", "%-%-", "^(%s*)(.-)(%s*)$", "%.", "a.-b", "x*",
  "[\0-\31]", "\0", "a\0b", ".-%f[%s]", "%w+%.%w+", "[%w.]+", "^%[%[", "%]%]$", "$", "^", "X", "(X)", "[X]+", "%%", "[%%]", "1 + 2"}
for _, s in ipairs(subjects) do
  for _, p in ipairs(patterns) do
    add("find", s, p); add("match", s, p); add("gmatch", s, p); add("gsub", s, p, "<%0>")
  end
end
for _, init in ipairs({-100, -3, -1, 0, 1, 2, 5, 11, 12, 13, 100}) do
  add("find", "hello world", "o", init); add("find", "hello world", "", init); add("match", "hello world", "()", init)
  add("findplain", "hello world", "o w", init); add("find", "hello world", "^w", init); add("match", "hello world", "%w+", init)
end
for _, p in ipairs({"a.b", "%d", "(", "[", "", "world", "d", "hello world!"}) do add("findplain", "a.b %d ( [ hello world", p, 1) end
for _, r in ipairs({"%1", "%2", "%0%0", "%%", "%", "%x", "[%1|%2]", "", "%9", "a%1b"}) do
  add("gsub", "hello world", "(o)", r); add("gsub", "hello world", "o", r); add("gsub", "abc", "", r); add("gsub", "key=val", "(%w+)=(%w+)", r)
  add("gsub", "hello", "()l", r)
end
for _, n in ipairs({-1, 0, 1, 2, 10}) do add("gsubn", "aaaaa", "a", n); add("gsubn", "hello world", "%w+", n) end
-- errors
for _, p in ipairs({"%", "[a", "[a%", "[", "[^", "%f", "%fa", "(a", "a)", "%1", "(a)%2", "(a%1)", "%b", "%ba", "(()", "((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))",
   "(((((((((((((((((((((((((((((((((a)))))))))))))))))))))))))))))))))", string.rep("a?", 250), string.rep("a?", 150), string.rep("(a)", 33)}) do
  add("find", "aaa", p); add("gsub", "aaa", p, "x"); add("gmatch", "aaa", p)
end
add("find", string.rep("a", 300), ".-b"); add("find", "aaaaaaaaab", string.rep("a*", 199) .. "b"); add("find", "aab", string.rep("a*", 201) .. "b")
add("match", "  trim me  ", "^%s*(.-)%s*$"); add("gsub", "abc", "%w", "%1"); add("gsub", "abc", "(%w)", "%2")
for _, line in ipairs(out) do print(line) end
