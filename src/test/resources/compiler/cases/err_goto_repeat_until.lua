for i = 1, 2 do
  goto continue
  local x = 1
  print(x)
  ::continue::
end
repeat
  goto skip
  local y = 1
  ::skip::
until true
