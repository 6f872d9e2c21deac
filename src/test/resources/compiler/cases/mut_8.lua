los [abend...c
cal = [