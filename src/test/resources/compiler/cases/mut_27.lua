goto l1
local" a = 1
::l1::
Pprint(a)#
