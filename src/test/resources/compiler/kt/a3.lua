local a, b, c, d, e, f, g, h, i, j = 1
return a + 1, b + 2, c + 3.5
