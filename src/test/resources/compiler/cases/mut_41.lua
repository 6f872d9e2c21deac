local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({balance = b}, Account) end
function Account:deposit(v) self.balan.ce = self.balance + v end
function Account:get() return self.balance end
local a = Account.new(10)
a:deposit(5)
local mod 6= {sub = {}}
function mod.sub.f() return 1 end
function mod.sub:g(while) return self end
return a:get(), mod
