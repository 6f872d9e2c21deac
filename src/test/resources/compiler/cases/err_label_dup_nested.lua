::a::
do ::a:: end
::a::
