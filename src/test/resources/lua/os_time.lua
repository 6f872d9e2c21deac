-- os.time with a table (mktime's normalization), os.difftime, os.clock; local-time results are printed
-- through os.date of the same zone so they do not depend on the machine's time zone
local function norm(t)
  local r = os.time(t)
  if r == nil then return "nil" end
  return os.date("%Y-%m-%d %H:%M:%S", r)
end
print(norm{year=2009, month=2, day=13, hour=23, min=31, sec=30})
print(norm{year=2009, month=2, day=13})
print(norm{year=2009, month=14, day=1})
print(norm{year=2009, month=0, day=1})
print(norm{year=2009, month=-13, day=1})
print(norm{year=2009, month=3, day=0})
print(norm{year=2008, month=3, day=0})
print(norm{year=2009, month=1, day=-30})
print(norm{year=2009, month=1, day=400})
print(norm{year=2009, month=1, day=1, hour=-1})
print(norm{year=2009, month=1, day=1, hour=49, min=-61, sec=3601})
print(norm{year=2009, month=1, day=1, hour=0, min=0, sec=-1})
print(norm{year="2010", month="6", day="15", hour="8"})
print(norm{year=2010.9, month=6.9, day=15.9, hour=8.9, min=0.5})
print(norm{year=1900, month=1, day=1})
print(norm{year=1600, month=2, day=29})
print(norm{year=2100, month=2, day=29})
print(norm{year=3000, month=12, day=31, hour=23, min=59, sec=59})
print(norm{year=2009, month=2, day=13, isdst=false})
local t = {year=2001, month=5, day=6}
print(os.time(t) == os.time{year=2001, month=5, day=6, hour=12})
print(os.time(t) - os.time{year=2001, month=5, day=5}, os.time{year=2001, month=5, day=6, hour=0} - os.time{year=2001, month=5, day=5, hour=0})
-- a date table from os.date round-trips
local now = 1234567890
print(os.time(os.date("*t", now)) == now)
local tt = os.date("*t", now)
tt.day = tt.day + 40
print(os.date("%Y-%m-%d %H:%M:%S", os.time(tt)) == os.date("%Y-%m-%d %H:%M:%S", now + 40 * 86400))
-- __index is honoured for the fields
local proxy = setmetatable({}, {__index = {year = 2002, month = 3, day = 4}})
print(norm(proxy))
-- errors
print(pcall(os.time, {}))
print(pcall(os.time, {year=2009}))
print(pcall(os.time, {year=2009, month=1}))
print(pcall(os.time, {year=2009, day=1}))
print(pcall(os.time, {year="x", month=1, day=1}))
print(pcall(os.time, 5))
print(pcall(os.time, "x"))
print(type(os.time()), os.time() == os.time(nil), os.time() > 1.6e9)
-- difftime truncates to whole seconds
print(os.difftime(10, 3), os.difftime(10), os.difftime(2.9, 1.1), os.difftime(-5, 5), os.difftime("7", "2"))
print(pcall(os.difftime))
print(pcall(os.difftime, "x"))
print(pcall(os.difftime, 1, {}))
-- clock counts processor time
local c = os.clock()
print(type(c), c >= 0, os.clock() >= c)
