while x do
print(1)
