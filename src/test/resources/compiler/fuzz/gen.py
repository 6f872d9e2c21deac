import random, sys

class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.n = 0
    def name(self):
        self.n += 1
        return "v%d" % self.n
    def num(self):
        r = self.r
        c = r.randint(0, 9)
        if c == 0: return str(r.randint(0, 300))
        if c == 1: return "(%d)" % r.randint(-40000, 40000)
        if c == 2: return "%g" % (r.random() * 1000)
        if c == 3: return "0x%x" % r.randint(0, 1 << 40)
        if c == 4: return str(r.choice([0, 1, 2, 255, 256, 32767, 32768, 65535, 2147483648, 1e300]))
        if c == 5: return "%d.5" % r.randint(0, 500)
        if c == 6: return r.choice(["1LL", "2ULL", "3i", "0.5", ".25", "1e-3", "0x1p4"])
        return str(r.randint(0, 10))
    def string(self):
        r = self.r
        return r.choice(['"a"', '"b"', "'x'", '"key"', '"%d"', '[[long]]', '"esc\\n\\t"', '"\\65\\x42"', '""',
                         '"s%d"' % r.randint(0, 300)])
    def expr(self, sc, d):
        r = self.r
        if d > 4:
            return self.atom(sc)
        c = r.randint(0, 14)
        if c <= 3: return self.atom(sc)
        if c <= 6:
            op = r.choice(["+", "-", "*", "/", "%", "^", "..", "==", "~=", "<", "<=", ">", ">=", "and", "or"])
            return "%s %s %s" % (self.expr(sc, d + 1), op, self.expr(sc, d + 1))
        if c == 7: return r.choice(["- ", "not ", "#"]) + self.expr(sc, d + 1)
        if c == 8: return "(" + self.expr(sc, d + 1) + ")"
        if c == 9: return self.call(sc, d + 1)
        if c == 10: return self.table(sc, d + 1)
        if c == 11: return self.index(sc, d + 1)
        if c == 12 and sc["vararg"]: return "..."
        if c == 13 and d < 3: return self.func(sc, d + 1)
        return self.atom(sc)
    def atom(self, sc):
        r = self.r
        c = r.randint(0, 9)
        if c <= 2 and sc["locals"]: return r.choice(sc["locals"])
        if c == 3: return r.choice(["g1", "g2", "print", "pairs", "next", "string", "t"])
        if c == 4: return self.string()
        if c == 5: return r.choice(["nil", "true", "false"])
        return self.num()
    def prefix(self, sc):
        r = self.r
        if sc["locals"] and r.random() < 0.6: return r.choice(sc["locals"])
        return r.choice(["g1", "g2", "t", "string", "obj"])
    def index(self, sc, d):
        r = self.r
        p = self.prefix(sc)
        c = r.randint(0, 3)
        if c == 0: return p + "." + r.choice(["x", "y", "field", "goto"])
        if c == 1: return p + "[ " + self.expr(sc, d + 1) + " ]"
        if c == 2: return p + "[" + self.num() + "]"
        return p + "[ " + self.string() + " ]"
    def args(self, sc, d):
        r = self.r
        n = r.randint(0, 4)
        a = [self.expr(sc, d + 1) for _ in range(n)]
        if sc["vararg"] and r.random() < 0.2: a.append("...")
        return ", ".join(a)
    def call(self, sc, d):
        r = self.r
        c = r.randint(0, 4)
        if c == 0: return self.prefix(sc) + ":" + r.choice(["m", "n", "rep"]) + "(" + self.args(sc, d) + ")"
        if c == 1: return self.prefix(sc) + " " + self.string()
        if c == 2: return self.prefix(sc) + "(" + self.args(sc, d) + ")(" + self.args(sc, d) + ")"
        return self.prefix(sc) + "(" + self.args(sc, d) + ")"
    def table(self, sc, d):
        r = self.r
        items = []
        for _ in range(r.randint(0, 6)):
            c = r.randint(0, 4)
            if c == 0: items.append(r.choice(["a", "b", "x", "goto", "k%d" % r.randint(0, 9)]) + " = " + self.expr(sc, d + 1))
            elif c == 1: items.append("[ " + self.expr(sc, d + 1) + " ] = " + self.expr(sc, d + 1))
            else: items.append(self.expr(sc, d + 1))
        sep = r.choice([", ", "; "])
        return "{" + sep.join(items) + (r.choice(["", ","]) if items else "") + "}"
    def func(self, sc, d, method=False):
        r = self.r
        params = [self.name() for _ in range(r.randint(0, 3))]
        va = r.random() < 0.3
        nsc = {"locals": list(sc["locals"]) + params + (["self"] if method else []), "vararg": va, "loop": False, "depth": sc["depth"] + 1}
        body = self.block(nsc, 2 + d)
        return "function(" + ", ".join(params + (["..."] if va else [])) + ")\n" + body + "end"
    def stmt(self, sc, d):
        r = self.r
        c = r.randint(0, 17)
        if c <= 2:
            names = [self.name() for _ in range(r.randint(1, 3))]
            if r.random() < 0.8:
                s = "local " + ", ".join(names) + " = " + ", ".join(self.expr(sc, 1) for _ in range(r.randint(1, 3)))
            else:
                s = "local " + ", ".join(names)
            sc["locals"].extend(names)
            return s
        if c <= 4:
            lhs = []
            for _ in range(r.randint(1, 3)):
                if sc["locals"] and r.random() < 0.5: lhs.append(r.choice(sc["locals"]))
                elif r.random() < 0.5: lhs.append(self.index(sc, 1))
                else: lhs.append(r.choice(["g1", "g2", "g3"]))
            return ", ".join(lhs) + " = " + ", ".join(self.expr(sc, 1) for _ in range(r.randint(1, 3)))
        if c <= 6: return self.call(sc, 1)
        if d > 3: return self.call(sc, 1)
        if c == 7:
            s = "if " + self.expr(sc, 1) + " then\n" + self.block(self.sub(sc), d + 1)
            for _ in range(r.randint(0, 2)):
                s += "elseif " + self.expr(sc, 1) + " then\n" + self.block(self.sub(sc), d + 1)
            if r.random() < 0.5: s += "else\n" + self.block(self.sub(sc), d + 1)
            return s + "end"
        if c == 8:
            return "while " + self.expr(sc, 1) + " do\n" + self.block(self.sub(sc, loop=True), d + 1, cont=True) + "end"
        if c == 9:
            return "repeat\n" + self.block(self.sub(sc, loop=True), d + 1) + "until " + self.expr(sc, 1)
        if c == 10:
            v = self.name()
            nsc = self.sub(sc, loop=True); nsc["locals"].append(v)
            step = (", " + self.expr(sc, 1)) if r.random() < 0.4 else ""
            return "for %s = %s, %s%s do\n" % (v, self.expr(sc, 1), self.expr(sc, 1), step) + self.block(nsc, d + 1, cont=True) + "end"
        if c == 11:
            vs = [self.name() for _ in range(r.randint(1, 6))]
            nsc = self.sub(sc, loop=True); nsc["locals"].extend(vs)
            it = r.choice(["pairs(%s)", "ipairs(%s)", "next, %s", "%s:iter()", "%s"]) % self.prefix(sc)
            return "for %s in %s do\n" % (", ".join(vs), it) + self.block(nsc, d + 1, cont=True) + "end"
        if c == 12:
            return "do\n" + self.block(self.sub(sc), d + 1) + "end"
        if c == 13:
            n = self.name()
            sc["locals"].append(n)
            return "local function %s" % n + self.func(sc, d)[8:]
        if c == 14:
            return "function " + r.choice(["g1", "t.f", "t.a.b", "obj:m"]) + self.func(sc, d, method=True)[8:]
        if c == 15 and sc["loop"]:
            return "if " + self.expr(sc, 1) + " then break end"
        if c == 16:
            return "local " + self.name() + " = " + self.func(sc, d)
        return self.call(sc, 1)
    def sub(self, sc, loop=None):
        return {"locals": list(sc["locals"]), "vararg": sc["vararg"], "loop": sc["loop"] if loop is None else loop, "depth": sc["depth"]}
    def block(self, sc, d, cont=False):
        r = self.r
        out = []
        for _ in range(r.randint(0, 5)):
            out.append(self.stmt(sc, d))
        if cont and r.random() < 0.3:
            out.insert(0, "if " + self.expr(sc, 1) + " then goto continue end")
            out.append("::continue::")
        elif r.random() < 0.25:
            out.append("return " + ", ".join(self.expr(sc, 1) for _ in range(r.randint(0, 3))))
        return "".join("  " * min(d, 8) + s + "\n" for s in out)

seed0 = int(sys.argv[1]); n = int(sys.argv[2]); out = sys.argv[3]
for i in range(n):
    g = G(seed0 + i)
    sc = {"locals": [], "vararg": True, "loop": False, "depth": 0}
    src = "".join(g.stmt(sc, 0) + "\n" for _ in range(g.r.randint(5, 25))) + g.block(sc, 0)
    open("%s/f%d.lua" % (out, seed0 + i), "w").write(src)
