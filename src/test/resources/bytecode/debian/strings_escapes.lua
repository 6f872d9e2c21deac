-- string constants with control characters, long strings and odd bytes
local a = "tab\there\nnewline\rreturn"
local b = "bell\7 esc\27 del\127 nul\0 end"
local c = "exactly forty characters long, yes it is"
local d = "forty-one characters long, one over limit"
local e = "a much longer string that goes well past the forty character cut of the listing"
local f = "\200\201 high bytes \255"
local g = [[
long bracket
string]]
local h = "with \"quotes\" and \\ backslash"
return a, b, c, d, e, f, g, h
