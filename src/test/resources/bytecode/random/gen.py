# Random Lua chunk generator for the bytecode tests (RandomDumpTest).
# Files here were made with: python3 gen.py N > rN.lua; luajit -b rN.lua rN.ljbc; luajit -bg rN.lua rN.g.ljbc
# (Debian luajit 2.1.0-beta3, GC64), keeping small chunks that compile.
import random, sys
random.seed(int(sys.argv[1]))
names = ["a","b","c","d","e"]
def expr(d=0):
    r = random.random()
    if d > 3 or r < 0.25:
        return random.choice(names + ["1","2.5","'s'","nil","true","...", "x", "t.k", "t[1]", "-7", "1e20"])
    c = random.randint(0, 11)
    if c == 0: return f"({expr(d+1)} + {expr(d+1)})"
    if c == 1: return f"({expr(d+1)} .. {expr(d+1)} .. {expr(d+1)})"
    if c == 2: return f"f({expr(d+1)}, {expr(d+1)})"
    if c == 3: return f"f({expr(d+1)}, ...)"
    if c == 4: return f"t:m({expr(d+1)})"
    if c == 5: return f"{{{expr(d+1)}, k = {expr(d+1)}, [{expr(d+1)}] = 1, ...}}"
    if c == 6: return f"({expr(d+1)} and {expr(d+1)} or {expr(d+1)})"
    if c == 7: return f"not {expr(d+1)}"
    if c == 8: return f"({expr(d+1)} < {expr(d+1)})"
    if c == 9: return f"function(p, ...) {block(d+1, False)} end"
    if c == 10: return f"#{expr(d+1)}"
    return f"select('#', {expr(d+1)}, ...)"
def stat(d):
    c = random.randint(0, 10)
    if d > 3: c = random.choice([0, 1])
    if c == 0: return f"local {random.choice(names)} = {expr(d)}"
    if c == 1: return f"{random.choice(names)}, x = {expr(d)}, {expr(d)}"
    if c == 2: return f"if {expr(d)} then {block(d+1)} elseif {expr(d)} then {block(d+1)} else {block(d+1)} end"
    if c == 3: return f"for i = {expr(d)}, 10, 2 do {block(d+1)} end"
    if c == 4: return f"for k, v in pairs({expr(d)}) do {block(d+1)} end"
    if c == 5: return f"while {expr(d)} do if x then break end {block(d+1)} end"
    if c == 6: return f"repeat {block(d+1)} until {expr(d)}"
    if c == 7: return f"f({expr(d)})"
    if c == 8: return f"do local q = {expr(d)}; local function g() q = q + 1; return q end t.g = g end"
    if c == 9: return f"t[{expr(d)}] = {expr(d)}"
    return f"local r1, r2 = f(...)"
def block(d, ret=True):
    s = " ".join(stat(d) for _ in range(random.randint(1, 4)))
    if ret and random.random() < 0.3: s += f" return {expr(d)}, {expr(d)}"
    return s
print("local t, x, a, b, c, d, e = {}, 1\nlocal function f(...) return ... end")
for _ in range(8): print(stat(0))
if random.random() < 0.5: print(f"return {expr(0)}, f(...)")
