local goto = 1
goto = goto + 1
local t = {goto = goto}
print(t.goto)
