x = 'a\qb'
