local t = {}
for i = 1, 10 do t[i] = i * 2 end
for i = 10, 1, -1 do t[i] = t[i] - 1 end
for k, v in pairs(t) do t[k] = v end
for i, v in ipairs(t) do t[i] = v + i end
for k, v in next, t do t[k] = nil end
local i = 0
while i < 10 do i = i + 1; if i == 5 then break end end
repeat i = i - 1 until i <= 0
for j = 1, 3 do
  local x = j
  local function cap() return x end
  t[j] = cap
end
goto done
do local z = 1 end
::done::
return t
