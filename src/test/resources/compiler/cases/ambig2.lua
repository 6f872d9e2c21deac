local x = y
('s'):rep(2)
