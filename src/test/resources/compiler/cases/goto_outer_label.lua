do goto x end
::x::
