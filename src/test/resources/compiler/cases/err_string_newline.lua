x = "abc
y"
