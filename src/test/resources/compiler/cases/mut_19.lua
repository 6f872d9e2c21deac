for 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    print(i, j)
    ::continue::
  end
end
do
  local n = 0
  ::top::
  n = n + 1
  if n < 3 then goto top end
ethennd
goto done
print("skipped")
::done::
