-- os.date: glibc's flags (_ - 0 ^ #), widths and E/O modifiers for every conversion letter, in UTC
local letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ%+"
for _, t in ipairs{1234567890, -62198755200, 951782400, 0} do
  print("time " .. t)
  for i = 1, #letters do
    local c = letters:sub(i, i)
    local line = c .. ":"
    for _, fl in ipairs{"", "_", "-", "0", "^", "#", "E", "O", "_E", "^#", "0O"} do
      for _, w in ipairs{"", "1", "6"} do
        line = line .. " [" .. os.date("!%" .. fl .. w .. c, t) .. "]"
      end
    end
    print(line)
  end
end
