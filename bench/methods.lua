local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({balance = b, log = {}}, Account) end
function Account:deposit(v) self.balance = self.balance + v; local l = self.log; l[#l + 1] = v; if #l > 100 then self.log = {} end end
function Account:get() return self.balance end
local Savings = setmetatable({}, {__index = Account})
Savings.__index = Savings
function Savings.new(b) local o = Account.new(b); return setmetatable(o, Savings) end
function Savings:interest(r) self:deposit(self:get() * r) end
local total = 0
for k = 1, 100 do
  local a = Savings.new(k)
  for i = 1, 20000 do a:deposit(1); if i % 1000 == 0 then a:interest(0.001) end end
  total = total + a:get()
end
print(string.format("%.3f", total))
local q = {}
for i = 1, 300000 do table.insert(q, i) end
local s = 0
while #q > 0 do s = s + table.remove(q) end
print(s, select("#", (unpack or table.unpack)({1, 2, 3})), math.floor(3.7), math.max(1, 5, 3))
