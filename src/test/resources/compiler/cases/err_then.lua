if x end
