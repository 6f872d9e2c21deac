-- os.date: every strftime conversion in UTC ("!"), flags and widths, "*t", invalid times
local times = {0, 1234567890, 951782400, 1104537600, 1230681600, 1262304000, -1, -86400 * 365, 4102444799,
  1609459199, 1609459200, 1293753600}
local convs = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%"
for _, t in ipairs(times) do
  local line = tostring(t) .. ":"
  for i = 1, #convs do
    local c = convs:sub(i, i)
    line = line .. " " .. c .. "=[" .. os.date("!%" .. c, t) .. "]"
  end
  print(line)
end
print(os.date("!%Y-%m-%d %H:%M:%S", 1234567890))
print(os.date("!%c|%x|%X", 1234567890))
print(os.date("!%_d|%-d|%0e|%^a|%^B|%#b|%#p|%#Z|%^p", 951782400))
print(os.date("!%5Y|%010Y|%-5d|%_5d|%05d|%3a|%8A|%08A|%-8A|%_4m", 1234567890))
print(os.date("!%Ey|%EY|%Od|%OH|%Ec|%EC|%Ex|%EX|%Oe|%Om", 1234567890))
print(os.date("!%Q|%E|%O|%5|%-|%+|%i|%", 1234567890))
print(os.date("!plain text", 0), os.date("!", 0) == "", os.date("", 0) == "")
print(os.date("!%H\0%M", 1234567890) == "23")
print(os.date("!%10z|%z|%_3H|%-y", 1234567890))

local t = os.date("!*t", 1234567890)
for _, k in ipairs({"year", "month", "day", "hour", "min", "sec", "wday", "yday", "isdst"}) do
  print(k, t[k])
end
local n = 0
for _ in pairs(t) do n = n + 1 end
print("fields", n)
t = os.date("!*t", -1)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)

print(os.date("!%c", 1e20), os.date("!%c", -1e10), os.date("!%c", 0/0), os.date("!*t", 1/0))
print(os.date("!%Y", 2^40), os.date("!%Y", -2^40))
print(os.date("!%s", 1.9), os.date("!%s", -1.9), os.date("!%s", "12"))
print(pcall(os.date, "!%c", "x"))
print(pcall(os.date, {}))
print(type(os.date()), type(os.date("%c")), type(os.date("*t")), type(os.date("*t").isdst))
