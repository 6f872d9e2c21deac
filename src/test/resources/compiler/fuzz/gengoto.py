import random, sys
r = random.Random(int(sys.argv[1]))
labels = ["a", "b", "c", "d"]
n = [0]
def name():
    n[0] += 1
    return "x%d" % n[0]
def block(d, loop, locs):
    out = []
    for _ in range(r.randint(0, 5)):
        c = r.randint(0, 12)
        if c <= 1:
            v = name(); locs = locs + [v]
            out.append("local %s = %d" % (v, r.randint(0, 9)))
        elif c == 2 and locs:
            out.append("local f%d = function() return %s end" % (n[0], r.choice(locs)))
        elif c == 3:
            out.append("goto " + r.choice(labels))
        elif c == 4:
            out.append("::%s::" % r.choice(labels))
        elif c == 5 and d < 4:
            out.append("do\n" + block(d + 1, loop, locs) + "end")
        elif c == 6 and d < 4:
            out.append("while g do\n" + block(d + 1, True, locs) + "end")
        elif c == 7 and d < 4:
            out.append("repeat\n" + block(d + 1, True, locs) + "until g")
        elif c == 8 and d < 4:
            v = name()
            out.append("for %s = 1, 3 do\n" % v + block(d + 1, True, locs + [v]) + "end")
        elif c == 9 and d < 4:
            out.append("if g then\n" + block(d + 1, loop, locs) + "else\n" + block(d + 1, loop, locs) + "end")
        elif c == 10 and loop:
            out.append("if g then break end")
        elif c == 11 and locs:
            out.append("%s = %s + 1" % (r.choice(locs), r.choice(locs)))
        else:
            out.append("print(%s)" % (r.choice(locs) if locs else "1"))
    return "\n".join(out) + "\n"
for i in range(int(sys.argv[2])):
    n[0] = 0
    open("g%d.lua" % i, "w").write(block(0, False, []))
