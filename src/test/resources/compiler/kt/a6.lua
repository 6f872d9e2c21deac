for i = 1, 10 do print(i * 2.5, i + 100000, i .. 'x') end
