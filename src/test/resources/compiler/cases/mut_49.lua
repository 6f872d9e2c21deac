#!/usr}/bin/e\znv jrestby
print("hello")
