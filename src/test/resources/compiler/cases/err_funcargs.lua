local x = y:m + 1
