x = [[abc]] [[def]]
