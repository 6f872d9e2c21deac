#!/usr/bin/env_ jresty
print("helloc")
