package org.jresty.jit;

import static java.lang.constant.ConstantDescs.CD_Boolean;
import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.jresty.jit.JvmShapes.*;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;

/**
 * The frame of a prototype's compiled code, under {@link ProtoCompiler}'s instructions: the method's structure
 * (labels per instruction, entry dispatch by f.pc, exits to the interpreter, slow paths emitted after the body) and
 * the register cache (numbers {@link NumFlow} keeps in double locals, boxed into the Lua stack where it can be
 * observed: {@link #load}, {@link #sync}, {@link #flushAll}, {@link #storeNum}...).
 */
abstract class RegisterCode {

    final Proto pt;
    final int[] bc;
    CodeBuilder c;
    /** Region bounds (a single region [1, n) unless the prototype is split) and this method's region. */
    final int[] bounds;
    final int start, end;
    Label[] labels;
    Label reload, dispatch;
    final List<Runnable> slowPaths = new ArrayList<>();
    /** Cached and dirty registers at the instruction being emitted (from {@link NumFlow}, updated as it goes). */
    final NumFlow flow;
    NumFlow.State cur;
    /** Where the instruction being emitted continues to its successor p + 1 (slow paths come back there). */
    Label done;

    RegisterCode(Proto pt, int[] bounds, int region, boolean speculate) {
        this.pt = pt;
        this.bc = pt.bc;
        this.bounds = bounds;
        this.start = bounds[region];
        this.end = bounds[region + 1];
        this.flow = new NumFlow(pt, start, end, speculate);
    }

    // ============================================================================================ structure

    /** The label of instruction p, which must be in this region. */
    Label at(int p) {
        return labels[p - start];
    }

    boolean inRegion(int p) {
        return p >= start && p < end;
    }

    void emit(CodeBuilder code) {
        this.c = code;
        labels = new Label[end - start];
        for (int i = 0; i < labels.length; i++) labels[i] = c.newLabel();
        reload = c.newLabel();
        dispatch = c.newLabel();
        Label interpret = c.newLabel();
        // prologue: st, base, cl, uv in locals, cached registers' doubles defined; then jump to f.pc
        c.aload(L).getfield(CD_THREAD, "stack", CD_OBJS).astore(ST);
        c.aload(F).getfield(CD_FRAME, "base", CD_int).istore(BASE);
        c.aload(F).getfield(CD_FRAME, "cl", CD_CLOSURE).astore(CL);
        c.aload(CL).getfield(CD_CLOSURE, "upvals", CD_UPVALS).astore(UV);
        c.aload(CL).getfield(CD_CLOSURE, "proto", CD_PROTO).getfield(CD_PROTO, "kgc", CD_OBJS).astore(K);
        BitSet cached = flow.cachedAnywhere();
        for (int r = cached.nextSetBit(0); r >= 0; r = cached.nextSetBit(r + 1)) c.dconst_0().dstore(dreg(r));
        c.labelBinding(dispatch);
        c.aload(F).iconst_0().putfield(CD_FRAME, "localsWritten", CD_boolean);
        entryDispatch(interpret);
        for (int p = start; p < end; p++) {
            c.labelBinding(at(p));
            cur = flow.in(p).copy();
            done = c.newLabel();
            if (!flow.reached(p)) {
                exitTo(p);
            } else if (instruction(p, bc[p])) {
                c.labelBinding(done);
                jump(p, p + 1);
            }
        }
        for (int i = 0; i < slowPaths.size(); i++) slowPaths.get(i).run(); // slow paths may add edge stubs
        c.labelBinding(reload);
        c.iconst_0().ireturn();
        c.labelBinding(interpret);
        c.iconst_1().ireturn();
    }

    /**
     * The switch on f.pc at entry. An entry where registers are cached first loads them from the stack (a shared
     * loader, told which by a mask in M0..): one that does not hold a number sends the frame to the interpreter
     * (a metamethod's result where arithmetic is speculated, or debug.setlocal) and counts a deoptimization.
     */
    void entryDispatch(Label interpret) {
        List<SwitchCase> first = new ArrayList<>(), loaded = new ArrayList<>();
        java.util.Map<BitSet, Label> masks = new java.util.LinkedHashMap<>();
        BitSet entries = entries(), all = new BitSet();
        for (int p = entries.nextSetBit(start); p >= 0 && p < end; p = entries.nextSetBit(p + 1)) {
            BitSet m = flow.in(p).num;
            if (m.isEmpty()) {
                first.add(SwitchCase.of(p, at(p)));
            } else {
                first.add(SwitchCase.of(p, masks.computeIfAbsent((BitSet) m.clone(), k -> c.newLabel())));
                loaded.add(SwitchCase.of(p, at(p)));
                all.or(m);
            }
        }
        c.aload(F).getfield(CD_FRAME, "pc", CD_int);
        pcSwitch(first, interpret);
        if (masks.isEmpty()) return;
        Label loader = c.newLabel(), deopt = c.newLabel();
        int words = (all.length() + 63) / 64;
        for (var e : masks.entrySet()) {
            c.labelBinding(e.getValue());
            long[] w = e.getKey().toLongArray();
            for (int i = 0; i < words; i++) c.loadConstant(i < w.length ? w[i] : 0L).lstore(M0 + 2 * i);
            c.goto_(loader);
        }
        c.labelBinding(loader);
        for (int r = all.nextSetBit(0); r >= 0; r = all.nextSetBit(r + 1)) {
            Label skip = c.newLabel();
            c.lload(M0 + 2 * (r / 64)).loadConstant(1L << (r % 64)).land().lconst_0().lcmp().ifeq(skip);
            reloadNum(r, deopt);
            c.labelBinding(skip);
        }
        c.aload(F).getfield(CD_FRAME, "pc", CD_int);
        pcSwitch(loaded, interpret);
        c.labelBinding(deopt);
        deopt();
    }

    void pcSwitch(List<SwitchCase> cases, Label dflt) {
        if (cases.isEmpty()) {
            c.pop().goto_(dflt);
            return;
        }
        int lo = cases.get(0).caseValue(), hi = cases.get(cases.size() - 1).caseValue();
        if (4L * (hi - lo + 1) <= 8L * cases.size()) c.tableswitch(lo, hi, dflt, cases);
        else c.lookupswitch(dflt, cases);
    }

    /** A cached register does not hold a number after all: the interpreter continues at f.pc. */
    void deopt() {
        c.aload(IN).aload(F);
        c.invokestatic(CD_COMPILED, "deopt", MethodTypeDesc.of(CD_void, CD_INTERP, CD_FRAME));
        c.iconst_1().ireturn();
    }

    /** The pcs where run() may be entered: function start, after calls and metamethods, loop heads. */
    BitSet entries() {
        BitSet e = new BitSet();
        e.set(1);
        for (int p = 1; p < bc.length; p++) {
            int ins = bc[p];
            Op op = Op.of(Op.op(ins));
            switch (op) {
                // a __lt/__le/__eq result moves f.pc past the JMP or to its target
                case ISLT, ISGE, ISLE, ISGT, ISEQV, ISNEV -> {
                    e.set(p + 2);
                    e.set(p + 2 + Op.j(bc[p + 1]));
                }
                // the interpreter enters a loop that got hot at its body
                case FORL, IFORL, JFORL, ITERL, IITERL, JITERL -> e.set(p + 1 + Op.j(ins));
                // after a call, a metamethod, the LOOP instruction of a loop that got hot
                case CALL, CALLM, ITERC, UNM, LEN, ADDVN, SUBVN, MULVN, DIVVN, MODVN, ADDNV, SUBNV, MULNV, DIVNV,
                     MODNV, ADDVV, SUBVV, MULVV, DIVVV, MODVV, POW, CAT, GGET, GSET, TGETV, TGETS, TGETB, TSETV,
                     TSETS, TSETB, LOOP, ILOOP, JLOOP -> e.set(p + 1);
                default -> { }
            }
        }
        if (bounds.length > 2) {
            // split: a region is also entered at its start and where jumps from other regions land
            for (int r = 0; r < bounds.length - 1; r++) e.set(bounds[r]);
            for (int p = 1; p < bc.length; p++) {
                int ins = bc[p];
                int j = switch (Op.of(Op.op(ins))) {
                    case ISLT, ISGE, ISLE, ISGT, ISEQV, ISNEV, ISEQS, ISNES, ISEQN, ISNEN, ISEQP, ISNEP, ISTC, ISFC, IST,
                         ISF, ITERN -> p + 2 + Op.j(bc[p + 1]);
                    case JMP, UCLO, FORI, JFORI, ISNEXT, FORL, IFORL, JFORL, ITERL, IITERL, JITERL -> p + 1 + Op.j(ins);
                    default -> p + 1;
                };
                for (int t : new int[] {p + 1, p + 2, j}) {
                    if (t < bc.length && region(t) != region(p)) e.set(t);
                }
            }
        }
        return e;
    }

    int region(int p) {
        int r = 0;
        while (r < bounds.length - 2 && p >= bounds[r + 1]) r++;
        return r;
    }

    // ============================================================================================ emitting helpers

    static int dreg(int r) {
        return DREG + 2 * r;
    }

    void slotAddr(int n) {
        c.aload(ST).iload(BASE);
        if (n != 0) c.loadConstant(n).iadd();
    }

    /** Pushes register r as a Lua value; a dirty cached number is boxed and written back first. */
    void load(int r) {
        if (cur.dirty.get(r)) {
            c.dload(dreg(r));
            box();
            c.dup().astore(TB);
            slotAddr(r);
            c.aload(TB).aastore();
            NumFlow.use(cur, r);
        } else {
            rawLoad(r);
        }
    }

    /** Pushes what the stack holds in register r (right unless r is dirty). */
    void rawLoad(int r) {
        slotAddr(r);
        c.aaload();
    }

    /** Writes dirty register r back into the stack. */
    void sync(int r) {
        if (!cur.dirty.get(r)) return;
        slotAddr(r);
        c.dload(dreg(r));
        box();
        c.aastore();
        NumFlow.use(cur, r);
    }

    /** Boxes the given (dirty) registers into the stack. */
    void flushSet(BitSet regs) {
        for (int r = regs.nextSetBit(0); r >= 0; r = regs.nextSetBit(r + 1)) {
            slotAddr(r);
            c.dload(dreg(r));
            box();
            c.aastore();
        }
    }

    /** Makes the stack exact (before anything that may observe it: calls, the interpreter). */
    void flushAll() {
        flushSet(cur.dirty);
        NumFlow.flush(cur);
    }

    /** The registers a slow path taken from here must box before the interpreter sees the stack. */
    BitSet dirtyNow() {
        return (BitSet) cur.dirty.clone();
    }

    /** An Object was stored into register r. */
    void stored(int r) {
        NumFlow.obj(cur, r);
    }

    /** Loads register r's number from the stack into its double local, or jumps to deopt when it holds none. */
    void reloadNum(int r, Label deopt) {
        rawLoad(r);
        c.dup().astore(T1).instanceOf(CD_Double).ifeq(deopt);
        c.aload(T1);
        unbox();
        c.dstore(dreg(r));
    }

    /** Stores the double on the operand stack into register r: cached (dirty), or boxed if r is captured. */
    void storeNum(int r) {
        if (flow.captured.get(r)) {
            box();
            storeObj(r);
            return;
        }
        c.dstore(dreg(r));
        // the stack must not keep a GC object the interpreter would have overwritten (the collector scans it)
        if (!cur.isNum(r)) {
            slotAddr(r);
            c.aconst_null().aastore();
        }
        flow.num(cur, r);
    }

    /** Stores the Object on the operand stack into register r. */
    void storeObj(int r) {
        c.astore(TB);
        slotAddr(r);
        c.aload(TB).aastore();
        stored(r);
    }

    /** An arithmetic result (a double on the operand stack) into r, cached or boxed as {@link NumFlow} decided. */
    void storeResult(int r, boolean cached) {
        if (cached) {
            storeNum(r);
        } else {
            box();
            storeObj(r);
        }
    }

    /**
     * Registers x and y (y < 0: only x) as doubles on the operand stack; jumps to slow, with an empty operand
     * stack, when one does not hold a number. Uses T1 and T2.
     */
    void loadNums(int x, int y, Label slow) {
        if (!cur.isNum(x)) {
            rawLoad(x);
            c.dup().astore(T1).instanceOf(CD_Double).ifeq(slow);
        }
        if (y >= 0 && !cur.isNum(y)) {
            rawLoad(y);
            c.dup().astore(T2).instanceOf(CD_Double).ifeq(slow);
        }
        pushNum(x, T1);
        if (y >= 0) pushNum(y, T2);
    }

    void pushNum(int r, int checked) {
        if (cur.isNum(r)) {
            c.dload(dreg(r));
        } else {
            c.aload(checked);
            unbox();
        }
    }

    void setPc(int pc) {
        c.aload(F).loadConstant(pc).putfield(CD_FRAME, "pc", CD_int);
    }

    void reloadStack() {
        c.aload(L).getfield(CD_THREAD, "stack", CD_OBJS).astore(ST);
    }

    /** Leaves run() after a flush: the interpreter executes the instruction at pc. */
    void exitTo(int pc) {
        flushAll();
        setPc(pc);
        c.iconst_1().ireturn();
    }

    /**
     * Where to jump to reach q from the current state: q's label, or a stub that first boxes the dirty registers
     * q does not cache (or, q being in another region, all of them before leaving). Fails the compile if q
     * expects more than this state gives, which would mean the code and {@link NumFlow} disagree.
     */
    Label edge(int q) {
        BitSet box = dirtyNow();
        if (inRegion(q)) {
            NumFlow.State t = flow.in(q);
            BitSet missing = (BitSet) t.num.clone();
            missing.andNot(cur.num);
            BitSet unseen = dirtyNow();
            unseen.and(t.num);
            unseen.andNot(t.dirty);
            if (!missing.isEmpty() || !unseen.isEmpty()) {
                throw new IllegalStateException("cached registers disagree at pc " + q + ": " + missing + unseen);
            }
            box.andNot(t.num);
            box.and(flow.needed(q));
            if (box.isEmpty()) return at(q);
        }
        Label stub = c.newLabel();
        slow(() -> {
            c.labelBinding(stub);
            flushSet(box);
            if (inRegion(q)) {
                c.goto_(at(q));
            } else {
                setPc(q);
                c.loadConstant(bounds.length > 2 ? CompiledClass.CONTINUE : 1).ireturn();
            }
        });
        return stub;
    }

    /** Continues at q from instruction p (nothing to emit when q is p's fall-through and needs no boxing). */
    void jump(int p, int q) {
        Label l = edge(q);
        if (q != p + 1 || !inRegion(q) || l != at(q)) c.goto_(l);
    }

    /** GC constant idx, read from the running closure's prototype (the class is shared by equal prototypes). */
    void constant(int idx, ClassDesc type) {
        c.aload(K).loadConstant(idx).aaload();
        if (!type.equals(CD_Object)) c.checkcast(type);
    }

    void pri(int d) {
        if (d == 0) c.aconst_null();
        else c.getstatic(CD_Boolean, d == 1 ? "FALSE" : "TRUE", CD_Boolean);
    }

    void unbox() {
        c.checkcast(CD_Double).invokevirtual(CD_Double, "doubleValue", MethodTypeDesc.of(CD_double));
    }

    /** Boxes for the Lua stack (small integers come from the interpreter's cache). */
    void box() {
        c.invokestatic(CD_INTERP, "box", MethodTypeDesc.of(CD_Double, CD_double));
    }

    void interpCall(String name, ClassDesc ret, ClassDesc... params) {
        c.invokevirtual(CD_INTERP, name, MethodTypeDesc.of(ret, params));
    }

    void interpStatic(String name, ClassDesc ret, ClassDesc... params) {
        c.invokestatic(CD_INTERP, name, MethodTypeDesc.of(ret, params));
    }

    /**
     * After a slow path or a call that returned here: a debug.setlocal meanwhile may have changed cached registers,
     * so the frame is entered again through the loader (f.pc is the instruction to continue at).
     */
    void checkLocalsWritten() {
        c.aload(F).getfield(CD_FRAME, "localsWritten", CD_boolean).ifne(dispatch);
    }

    /**
     * The interpreter's own slow path of instruction p ({@code Interp.xxxInsn(L, f, pc, ins)}: stores f.pc, calls
     * metamethods, raises errors), entered at label slow with the stack made exact: returns RELOAD when it
     * pushed a frame, else continues where the fast path does, after loading the result a when it is cached
     * (a metamethod's result that is no number deoptimizes).
     */
    void slowInsn(Label slow, String method, int p, int a, boolean cachedResult) {
        BitSet dirty = dirtyNow();
        Label cont = done;
        slow(() -> {
            c.labelBinding(slow);
            flushSet(dirty);
            c.aload(IN).aload(L).aload(F).loadConstant(p + 1).loadConstant(bc[p]);
            interpCall(method, CD_boolean, CD_THREAD, CD_FRAME, CD_int, CD_int);
            c.ifne(reload);
            reloadStack();
            checkLocalsWritten();
            if (cachedResult) {
                Label deopt = c.newLabel();
                reloadNum(a, deopt);
                c.goto_(cont);
                c.labelBinding(deopt);
                deopt();
            } else {
                c.goto_(cont);
            }
        });
    }

    /** Jumps to ifFalsy when the value on the stack is nil or false (uses T1). */
    void branchFalsy(Label ifFalsy) {
        c.dup().astore(T1).ifnull(ifFalsy);
        c.aload(T1);
        pri(1);
        c.if_acmpeq(ifFalsy);
    }

    void interruptCheck(int resumePc) {
        Label due = c.newLabel();
        c.aload(IN).getfield(CD_INTERP, "vm", CD_LUAVM).getfield(CD_LUAVM, "interrupted", CD_boolean).ifne(due);
        BitSet dirty = dirtyNow();
        slow(() -> {
            c.labelBinding(due);
            flushSet(dirty);
            setPc(resumePc);
            c.goto_(reload);
        });
    }

    void slow(Runnable r) {
        slowPaths.add(r);
    }

    /** Emits instruction p; true when it continues at p + 1 (the caller binds {@link #done} and jumps there). */
    abstract boolean instruction(int p, int ins);
}
