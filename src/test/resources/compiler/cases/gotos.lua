for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    print(i, j)
    ::continue::
  end
end
do
  local k = 0
  ::top::
  k = k + 1
  if k < 3 then goto top end
end
do
  goto done
  print("skipped")
  ::done::
end
local n = 0
::again::
do
  local captured = n
  local f = function() return captured end
  n = n + 1
  if n < 3 then goto again end
end
while true do
  goto out
end
::out::
repeat
  local u = 1
  local g = function() return u end
  if u then goto skip end
  print(g)
  ::skip::
until true
do ::a:: ::b:: end
goto finish
::finish::
