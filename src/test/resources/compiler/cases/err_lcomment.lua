--[[ never closed
x = 1
