local s1 = "plain"
local s2 = 'single \'quoted\' "x"'
local s3 = "esc \n \t \\ \" \a \b \f \r \v \0 end"
local s4 = "\65\066\0677"
local s5 = "\x41\x42\z
           continued"
local s6 = "\u{48}\u{20AC}\u{10FFFF}"
local s7 = [[long
string]]
local s8 = [==[with ]] inside]==]
local s9 = "a" .. "b" .. "c"
local s10 = s1 .. 1 .. 2.5
local s11 = #s1
--[[ long comment ]]
--[==[ another
long comment ]==]
return s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, suntil11
