-- reads format_cases.txt, prints one result line per case
local function unesc(s) return (s:gsub("\\x(%x%x)", function(h) return string.char(tonumber(h, 16)) end)) end
local function esc(s) return (s:gsub("[^%w%p ]", function(c) return string.format("\\x%02x", c:byte()) end)) end
for line in io.lines(arg[1]) do
  local fields = {}
  for f in (line .. "\t"):gmatch("([^\t]*)\t") do fields[#fields+1] = f end
  local fmt = unesc(fields[1])
  local args = {}
  for i = 2, #fields do
    local kind, v = fields[i]:match("^(%a):(.*)$")
    if kind == "n" then
      if v == "inf" then args[#args+1] = 1/0 elseif v == "-inf" then args[#args+1] = -1/0
      elseif v == "nan" then args[#args+1] = 0/0 else args[#args+1] = assert(loadstring("return " .. v))() end
    else args[#args+1] = unesc(v) end
  end
  local ok, r = pcall(string.format, fmt, unpack(args, 1, #fields - 1))
  print((ok and "ok\t" or "err\t") .. esc(r))
end
