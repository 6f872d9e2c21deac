package org.jresty.jit;

import java.util.ArrayDeque;
import java.util.BitSet;
import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;

/**
 * Which registers compiled code keeps as JVM doubles, per instruction (see docs/VM.md, "Compile tier"). A register
 * is <em>cached</em> at a pc when every compiled path there leaves a number in its double local; it is
 * <em>dirty</em> when the Lua stack may not hold that number yet (the stack then holds null or an older number, never
 * a GC object, so the collector sees what it would see in the interpreter). Dirty registers are boxed into the stack
 * wherever the stack can be observed: before calls, slow paths, returns to the interpreter.
 *
 * <p>This class is the transfer function and its fixpoint over one region; {@link ProtoCompiler} emits code that
 * follows it and checks on every edge that it does (a mismatch fails the compile instead of running wrong code).
 */
final class NumFlow {
    /** Cached and dirty registers at one point. */
    static final class State {
        final BitSet num, dirty;

        State(BitSet num, BitSet dirty) {
            this.num = num;
            this.dirty = dirty;
        }

        static State empty() {
            return new State(new BitSet(), new BitSet());
        }

        State copy() {
            return new State((BitSet) num.clone(), (BitSet) dirty.clone());
        }

        boolean isNum(int s) {
            return num.get(s);
        }
    }

    /** A successor of an instruction with the state on that edge. */
    interface Edges {
        void edge(int target, State s);
    }

    private final Proto pt;
    private final int[] bc;
    private final int start, end;
    /** Registers captured by closures (open upvalues read the stack): never cached. */
    final BitSet captured;
    /**
     * Results of arithmetic on operands not known to be numbers are cached too (a metamethod's result that is
     * not a number then sends the frame back to the interpreter); off once a prototype did that too often.
     */
    final boolean speculate;
    /** State on entry to each pc of the region (index p - start). */
    private final State[] in;
    /** Registers cached somewhere in the region (their double locals are defined at method entry). */
    private final BitSet cachedAnywhere = new BitSet();
    private final BitSet reached = new BitSet();
    /** Per pc: registers whose value may be read or observed before being overwritten (see {@link #needed}). */
    private BitSet[] needed;

    NumFlow(Proto pt, int start, int end, boolean speculate) {
        this.pt = pt;
        this.bc = pt.bc;
        this.start = start;
        this.end = end;
        this.speculate = speculate;
        this.captured = captured(pt);
        this.in = new State[end - start];
        solve();
        solveNeeded();
    }

    State in(int p) {
        return in[p - start];
    }

    /** Whether compiled code reaches p (else p is dead code, or the JMP of a conditional, never run alone). */
    boolean reached(int p) {
        return reached.get(p - start);
    }

    BitSet cachedAnywhere() {
        return cachedAnywhere;
    }

    /** Parent registers the prototype's closures capture (FNEW's children: upvalue descriptors with 0x8000). */
    private static BitSet captured(Proto pt) {
        BitSet b = new BitSet();
        if (pt.kgc == null) return b;
        for (Object k : pt.kgc) {
            if (k instanceof Proto child && child.uv != null) {
                for (int u : child.uv) {
                    if ((u & 0x8000) != 0) b.set(u & 0xff);
                }
            }
        }
        return b;
    }

    private void solve() {
        ArrayDeque<Integer> work = new ArrayDeque<>();
        // the region start and the function start are entered with nothing cached
        in[0] = State.empty();
        work.add(start);
        boolean[] queued = new boolean[end - start];
        queued[0] = true;
        while (!work.isEmpty()) {
            int p = work.poll();
            queued[p - start] = false;
            State s = in(p).copy();
            transfer(p, s, (q, out) -> {
                if (q < start || q >= end || q == start) return; // other regions (and the start) enter guarded
                State old = in[q - start];
                boolean changed;
                if (old == null) {
                    in[q - start] = out.copy();
                    changed = true;
                } else {
                    BitSet num = (BitSet) old.num.clone();
                    num.and(out.num);
                    BitSet dirty = (BitSet) old.dirty.clone();
                    dirty.or(out.dirty);
                    dirty.and(num);
                    changed = !num.equals(old.num) || !dirty.equals(old.dirty);
                    if (changed) in[q - start] = new State(num, dirty);
                }
                if (changed && !queued[q - start]) {
                    queued[q - start] = true;
                    work.add(q);
                }
            });
        }
        for (int i = 0; i < in.length; i++) {
            if (in[i] != null) reached.set(i);
            if (in[i] == null) in[i] = State.empty(); // dead code (as the JMP after a conditional)
        }
    }

    /**
     * Registers whose value at p may be read, or observed (by a call, a slow path, the interpreter, an error),
     * before it is overwritten. An edge need not box a dirty register its target does not cache unless the
     * target needs it: the stack keeps null or an older number there, which nothing sees.
     */
    BitSet needed(int p) {
        return needed[p - start];
    }

    private static final BitSet ALL = new BitSet();

    static {
        ALL.set(0, 256);
    }

    private void solveNeeded() {
        needed = new BitSet[end - start];
        for (int i = 0; i < needed.length; i++) needed[i] = new BitSet();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int p = end - 1; p >= start; p--) {
                if (!reached(p)) continue;
                BitSet n = neededBefore(p);
                if (!n.equals(needed[p - start])) {
                    needed[p - start] = n;
                    changed = true;
                }
            }
        }
    }

    /** needed at p from its successors': everything when p may observe the stack, else less its writes plus its reads. */
    private BitSet neededBefore(int p) {
        State s = in(p);
        int ins = bc[p];
        int a = Op.a(ins), b = Op.b(ins), cc = Op.c(ins), d = Op.d(ins);
        Op op = Op.of(Op.op(ins));
        BitSet after = new BitSet();
        boolean[] leaves = {false};
        transfer(p, s.copy(), (q, out) -> {
            if (q < start || q >= end) leaves[0] = true;
            else after.or(needed[q - start]);
        });
        if (leaves[0]) return (BitSet) ALL.clone();
        switch (op) {
            case KSTR, KCDATA, KSHORT, KNUM, KPRI, UGET -> after.clear(a);
            case KNIL -> after.clear(a, d + 1);
            case MOV, NOT -> {
                after.clear(a);
                after.set(d);
            }
            case USETV, IST, ISF, ISTC, ISFC -> after.set(d);
            case ISEQS, ISNES, ISEQN, ISNEN, ISEQP, ISNEP -> after.set(a);
            // loop instructions observe only through an interrupt (Ctrl-C: asynchronous, and their code boxes what
            // is dirty there)
            case JMP, ISTYPE, ISNUM, USETS, USETN, USETP, LOOP, ILOOP, JLOOP -> { }
            case FORL, IFORL, JFORL -> after.set(a, a + 3);
            case ITERL, IITERL, JITERL -> after.set(a);
            case ISLT, ISGE, ISLE, ISGT, ISEQV, ISNEV -> {
                if (!s.isNum(a) || !s.isNum(d)) return (BitSet) ALL.clone();
                after.set(a);
                after.set(d);
            }
            case UNM -> {
                if (!s.isNum(d)) return (BitSet) ALL.clone();
                after.clear(a);
                after.set(d);
            }
            case ADDVN, SUBVN, MULVN, DIVVN, MODVN, ADDNV, SUBNV, MULNV, DIVNV, MODNV -> {
                if (!s.isNum(b)) return (BitSet) ALL.clone();
                after.clear(a);
                after.set(b);
            }
            case ADDVV, SUBVV, MULVV, DIVVV, MODVV, POW -> {
                if (!s.isNum(b) || !s.isNum(cc)) return (BitSet) ALL.clone();
                after.clear(a);
                after.set(b);
                after.set(cc);
            }
            default -> {
                return (BitSet) ALL.clone(); // calls, slow paths, exits, loop back-edges (interrupts)
            }
        }
        return after;
    }

    // ============================================================================ effects on a state

    /** A non-number (or a boxed number) is stored into s. */
    static void obj(State s, int r) {
        s.num.clear(r);
        s.dirty.clear(r);
    }

    /** A number is stored into r: cached and dirty, unless r is captured (then it is stored boxed). */
    void num(State s, int r) {
        if (captured.get(r)) {
            obj(s, r);
        } else {
            s.num.set(r);
            s.dirty.set(r);
            cachedAnywhere.set(r);
        }
    }

    /** r is read as a value: a dirty cached register is boxed into the stack (and is clean afterwards). */
    static void use(State s, int r) {
        s.dirty.clear(r);
    }

    static void flush(State s) {
        s.dirty.clear();
    }

    static void killFrom(State s, int r) {
        s.num.clear(r, Math.max(r, 256));
        s.dirty.clear(r, Math.max(r, 256));
    }

    /** Whether an arithmetic result into a register is cached: operands known to be numbers, or speculation. */
    boolean cachesResult(State s, int... operands) {
        if (speculate) return true;
        for (int r : operands) {
            if (!s.isNum(r)) return false;
        }
        return true;
    }

    /** The result of arithmetic with the given register operands. */
    void arith(State s, int dst, int... operands) {
        if (cachesResult(s, operands)) num(s, dst);
        else obj(s, dst);
    }

    int target(int p) {
        return p + 2 + Op.j(bc[p + 1]);
    }

    /** The fast path of instruction p applied to s, and its successors. s is modified. */
    void transfer(int p, State s, Edges out) {
        int ins = bc[p];
        int a = Op.a(ins), b = Op.b(ins), cc = Op.c(ins), d = Op.d(ins);
        Op op = Op.of(Op.op(ins));
        switch (op) {
            case ISLT, ISGE, ISLE, ISGT, ISEQV, ISNEV, ISEQN, ISNEN -> {
                out.edge(p + 2, s);
                out.edge(target(p), s);
            }
            case ISEQS, ISNES, ISEQP, ISNEP -> { // a number equals no string, nil or boolean
                boolean eq = op == Op.ISEQS || op == Op.ISEQP;
                if (!s.isNum(a) || eq) out.edge(p + 2, s);
                if (!s.isNum(a) || !eq) out.edge(target(p), s);
            }
            case ISTC, ISFC -> {
                if (s.isNum(d)) {
                    if (op == Op.ISTC) {
                        State j = s.copy();
                        num(j, a);
                        out.edge(target(p), j);
                    } else {
                        out.edge(p + 2, s);
                    }
                } else {
                    State j = s.copy();
                    obj(j, a);
                    out.edge(target(p), j);
                    out.edge(p + 2, s);
                }
            }
            case IST, ISF -> {
                if (!s.isNum(d) || op == Op.IST) out.edge(target(p), s);
                if (!s.isNum(d) || op == Op.ISF) out.edge(p + 2, s);
            }
            case ISTYPE, ISNUM, LOOP, ILOOP, JLOOP -> out.edge(p + 1, s);
            case MOV -> {
                if (s.isNum(d)) num(s, a);
                else obj(s, a);
                out.edge(p + 1, s);
            }
            case UNM -> {
                arith(s, a, d);
                out.edge(p + 1, s);
            }
            case ADDVN, SUBVN, MULVN, DIVVN, MODVN, ADDNV, SUBNV, MULNV, DIVNV, MODNV -> {
                arith(s, a, b);
                out.edge(p + 1, s);
            }
            case ADDVV, SUBVV, MULVV, DIVVV, MODVV, POW -> {
                arith(s, a, b, cc);
                out.edge(p + 1, s);
            }
            case KSHORT, KNUM -> {
                num(s, a);
                out.edge(p + 1, s);
            }
            case CAT -> {
                flush(s);
                for (int r = b; r <= cc; r++) obj(s, r);
                obj(s, a);
                out.edge(p + 1, s);
            }
            case NOT, LEN, KSTR, KCDATA, KPRI, UGET, FNEW, TNEW, TDUP, GGET, TGETS, TGETB -> {
                obj(s, a);
                out.edge(p + 1, s);
            }
            case TGETV, TGETR -> {
                use(s, b);
                if (op == Op.TGETR) use(s, cc);
                obj(s, a);
                out.edge(p + 1, s);
            }
            case KNIL -> {
                for (int r = a; r <= d; r++) obj(s, r);
                out.edge(p + 1, s);
            }
            case USETV -> {
                use(s, d);
                out.edge(p + 1, s);
            }
            case USETS, USETN, USETP -> out.edge(p + 1, s);
            case UCLO, JMP -> out.edge(p + 1 + Op.j(ins), s);
            case GSET -> {
                use(s, a);
                out.edge(p + 1, s);
            }
            case TSETV, TSETS, TSETB, TSETR -> {
                use(s, a);
                use(s, b);
                if (op == Op.TSETR) use(s, cc);
                out.edge(p + 1, s);
            }
            case FORI, JFORI -> {
                flush(s);
                for (int r = a; r < a + 3; r++) {
                    num(s, r);
                    use(s, r);
                }
                out.edge(p + 1 + Op.j(ins), s);
                State enter = s.copy();
                num(enter, a + 3);
                use(enter, a + 3);
                out.edge(p + 1, enter);
            }
            case FORL, IFORL, JFORL -> {
                State cont = s.copy();
                if (forCached(s, a)) {
                    num(cont, a);
                    num(cont, a + 3);
                } else {
                    obj(cont, a);
                    obj(cont, a + 3);
                }
                out.edge(p + 1 + Op.j(ins), cont);
                out.edge(p + 1, s);
            }
            case ITERL, IITERL, JITERL -> {
                use(s, a);
                State j = s.copy();
                obj(j, a - 1);
                out.edge(p + 1 + Op.j(ins), j);
                out.edge(p + 1, s);
            }
            case CALL, CALLM, ITERC, VARG -> {
                flush(s);
                killFrom(s, a);
                out.edge(p + 1, s);
            }
            case ITERN -> {
                flush(s);
                killFrom(s, Math.max(0, a - 3));
                out.edge(target(p), s);
                out.edge(p + 2, s);
            }
            case TSETM -> {
                flush(s);
                out.edge(p + 1, s);
            }
            case ISNEXT -> {
                flush(s);
                out.edge(p + 1 + Op.j(ins), s);
            }
            case RET0 -> { }
            case RET1 -> use(s, a);
            default -> flush(s); // returns, tail calls, anything left to the interpreter
        }
    }

    /** FORL keeps the loop in doubles when FORI's three control registers are cached. */
    static boolean forCached(State s, int a) {
        return s.isNum(a) && s.isNum(a + 1) && s.isNum(a + 2);
    }
}
