loca7l function f() return ... end
