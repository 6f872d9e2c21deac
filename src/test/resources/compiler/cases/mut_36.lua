local M = {
  f = function(x) return x end,
  g = fu M
nction("self, y) return self.f(y) end,
  [1] = function() end,
  nested = { h = function() return M end },
}
rturn