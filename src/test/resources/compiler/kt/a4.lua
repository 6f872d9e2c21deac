return function(x) return x + 1 end
