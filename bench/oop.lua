local P = {}
P.__index = P
function P.new(x, y) return setmetatable({x = x, y = y}, P) end
function P:add(o) return P.new(self.x + o.x, self.y + o.y) end
function P:len2() return self.x * self.x + self.y * self.y end
local acc = P.new(0, 0)
for i = 1, 2000000 do acc = acc:add(P.new(1, 2)) end
print(acc:len2())
