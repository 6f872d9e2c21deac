local s1 = "tab\tnl\ncr\rbell\aback\bff\fvt\vq\"s\'bs\\"
local s2 = '\65\066\0677\x41\x4a\x4B\z
            continued\u{48}\u{e9}\u{20AC}\u{1F600}\u{7FF}\u{800}\u{FFFF}\u{10FFFF}'
local s3 = [[
first newline skipped]]
local s4 = [==[a]]b]=]c]==]
local s5 = [=[
]=]
local s6 = "a\
b"
local s7 = "\0\1\2\255 nul inside"
local s8 = [[
line1
line2]]
--[[ long
comment ]] local s9 = "after comment"
--[==[ another
]] still comment ]==]
local s10 = "" .. ''
print(s1, s2, s3, s4, s5, s6, s7, s8, s9, s10)
