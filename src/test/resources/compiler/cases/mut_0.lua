local a = 1Pend
re...; local b = 2;
;;; print(aturn a;
, b);
do ; 