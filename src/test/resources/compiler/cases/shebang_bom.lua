#!/usr/bin/luajit
print(1)
