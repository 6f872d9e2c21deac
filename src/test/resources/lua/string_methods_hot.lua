-- s:method() in hot loops (compiled): the string metatable's __index as it stands at each call.
local function run(tag)
  local out = {}
  for i = 1, 300 do
    local s = "ab" .. (i % 3)
    local ok, r = pcall(function() return s:upper() .. (s.len and s:len() or "-") end)
    if i > 297 then out[#out + 1] = tostring(ok) .. ":" .. tostring(r) end
  end
  print(tag, table.concat(out, " "))
end
run("plain")
function string.shout(s) return s:upper() .. "!" end
local n = 0
for i = 1, 300 do if ("x"):shout() == "X!" then n = n + 1 end end
print("added", n)
local mt = getmetatable("")
local lib = mt.__index
mt.__index = setmetatable({upper = function(s) return "U(" .. s .. ")" end}, {__index = lib})
run("chain")
mt.__index = function(s, k) if k == "upper" then return function() return "F" end end return nil end
run("function")
mt.__index = nil
run("none")
mt.__index = lib
run("back")
print(pcall(function() local s = "abc"; return s.nosuch end))
print(pcall(function() local s = "abc"; return s:nosuch() end))
