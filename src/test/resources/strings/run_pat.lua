local function unesc(s) return (s:gsub("\\x(%x%x)", function(h) return string.char(tonumber(h, 16)) end)) end
local function esc(s) return (s:gsub("[^%w%p ]", function(c) return string.format("\\x%02x", c:byte()) end)) end
local function join(...) local t = {} for i = 1, select("#", ...) do t[i] = tostring((select(i, ...))) end return table.concat(t, ",") end
for line in io.lines(arg[1]) do
  local op, s, p, x = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)$")
  s, p, x = unesc(s), unesc(p), unesc(x)
  local ok, r = pcall(function()
    if op == "find" then return join(s:find(p, tonumber(x)))
    elseif op == "findplain" then return join(s:find(p, tonumber(x), true))
    elseif op == "match" then return join(s:match(p, tonumber(x)))
    elseif op == "gmatch" then
      local t, n = {}, 0
      for a, b, c in s:gmatch(p) do n = n + 1; t[#t+1] = join(a, b, c); if n > 50 then break end end
      return table.concat(t, ";")
    elseif op == "gsub" then return join(s:gsub(p, x))
    elseif op == "gsubn" then return join(s:gsub(p, "<%0>", tonumber(x))) end
  end)
  if not ok then r = tostring(r):gsub("^run_pat%.lua:%d+: ", "") end
  print((ok and "ok\t" or "err\t") .. esc(r))
end
