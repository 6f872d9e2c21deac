package org.jresty.jit;

import static java.lang.constant.ConstantDescs.CD_Boolean;
import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;

/**
 * Translates one prototype's LuaJIT bytecode into the body of a {@code Compiled.run(Interp, LuaThread, Frame)}
 * method (see docs/VM.md, "Compile tier"). Registers live in the Lua stack ({@code st[base + n]}), except that
 * numbers {@link NumFlow} finds cached stay in double locals and are boxed into the stack only where it can be
 * observed. Each instruction becomes its fast path with constant operands, and its slow path a call to the
 * interpreter's own slow path of that instruction ({@code Interp.arithInsn/indexInsn/newindexInsn/compareInsn/
 * equalInsn/unaryInsn}, which store {@code f.pc}). Calls and returns are left to the interpreter.
 */
final class ProtoCompiler {
    /** Methods above this many bytes of JVM code are not compiled (HotSpot's HugeMethodLimit is 8000). */
    static final int MAX_CODE = 7000;
    /** Bytes of JVM code aimed at per region when a prototype is split into several methods. */
    static final int REGION_CODE = 5000;
    static final int MAX_REGIONS = 64;
    /** Region methods' third result: f.pc is in another region. */
    private static final int CONTINUE = 2;

    private static final String VM = "org.jresty.vm.";
    private static final ClassDesc CD_INTERP = ClassDesc.of(VM + "Interp"), CD_FRAME = ClassDesc.of(VM + "Frame"),
            CD_COMPILED = ClassDesc.of(VM + "Compiled"),
            CD_LUAVM = ClassDesc.of(VM + "LuaVM"),
            CD_THREAD = ClassDesc.of("org.jresty.runtime.LuaThread"),
            CD_CLOSURE = ClassDesc.of("org.jresty.runtime.LuaClosure"),
            CD_UPVAL = ClassDesc.of("org.jresty.runtime.UpVal"),
            CD_TABLE = ClassDesc.of("org.jresty.runtime.LuaTable"),
            CD_STRING = ClassDesc.of("org.jresty.runtime.LuaString"),
            CD_PROTO = ClassDesc.of("org.jresty.bytecode.Proto"),
            CD_TEMPLATE = ClassDesc.of("org.jresty.bytecode.TemplateTable"),
            CD_OBJS = CD_Object.arrayType(), CD_UPVALS = CD_UPVAL.arrayType(), CD_DOUBLES = CD_Double.arrayType();
    private static final MethodTypeDesc MTD_RUN = MethodTypeDesc.of(CD_int, CD_INTERP, CD_THREAD, CD_FRAME);

    // Local variable slots of run(): M0.. hold the entry loader's register mask (4 longs), register r's cached
    // number is in local DREG + 2r, TB is boxing's temporary.
    private static final int IN = 1, L = 2, F = 3, ST = 4, BASE = 5, CL = 6, UV = 7, T1 = 8, T2 = 9, I1 = 10,
            D1 = 11, D2 = 13, D3 = 15, K = 17, TB = 18, M0 = 19, DREG = 27;

    private final Proto pt;
    private final int[] bc;
    private CodeBuilder c;
    /** Region bounds (a single region [1, n) unless the prototype is split) and this method's region. */
    private final int[] bounds;
    private final int start, end;
    private Label[] labels;
    private Label reload, dispatch;
    private final List<Runnable> slowPaths = new ArrayList<>();
    /** Cached and dirty registers at the instruction being emitted (from {@link NumFlow}, updated as it goes). */
    private final NumFlow flow;
    private NumFlow.State cur;
    /** Where the instruction being emitted continues to its successor p + 1 (slow paths come back there). */
    private Label done;

    private ProtoCompiler(Proto pt, int[] bounds, int region, boolean speculate) {
        this.pt = pt;
        this.bc = pt.bc;
        this.bounds = bounds;
        this.start = bounds[region];
        this.end = bounds[region + 1];
        this.flow = new NumFlow(pt, start, end, speculate);
    }

    /**
     * The class file of pt's compiled code, or null when it would exceed {@link #MAX_CODE} per method. speculate:
     * cache results of arithmetic on operands not known to be numbers (see {@link NumFlow#speculate}).
     */
    static byte[] classBytes(Proto pt, boolean speculate) {
        int n = pt.bc.length;
        if (n > MAX_REGIONS * REGION_CODE / 40) return null; // far too big: not worth trying
        double bytesPerIns = 40; // typical; measured when the prototype may fit one method
        if (n <= MAX_CODE / 4) {
            byte[] bytes = build(pt, new int[] {1, n}, speculate);
            int size = maxCodeLength(bytes);
            if (size <= MAX_CODE) return bytes;
            bytesPerIns = (double) size / n;
        }
        // Split into regions of about REGION_CODE bytes each (fewer instructions per region when one is still
        // too big), cut where no loop is open so that loops stay JVM loops inside one method.
        byte[] bytes;
        for (int budget = REGION_CODE; budget >= REGION_CODE / 4; budget = budget * 2 / 3) {
            int[] bounds = regions(pt, Math.max(8, (int) (budget / bytesPerIns)));
            if (bounds.length - 1 > MAX_REGIONS) return null;
            bytes = build(pt, bounds, speculate);
            if (maxCodeLength(bytes) <= MAX_CODE) return bytes;
        }
        return null;
    }

    /** Number of region methods of a generated class (1: the prototype is the body of run()). */
    static int regionCount(byte[] bytes) {
        return (int) Math.max(1, ClassFile.of().parse(bytes).methods().stream()
                .filter(m -> m.methodName().stringValue().matches("r\\d+")).count());
    }

    /** The largest method of a generated class, in bytes of JVM code. */
    private static int maxCodeLength(byte[] bytes) {
        return ClassFile.of().parse(bytes).methods().stream()
                .mapToInt(m -> m.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength)
                        .orElse(0)).max().orElse(0);
    }

    /** Region bounds 1 = b0 < b1 < ... < bk = n: about size instructions each, cut outside loops if possible. */
    static int[] regions(Proto pt, int size) {
        int[] bc = pt.bc;
        int n = bc.length;
        // open[q]: some loop's body spans the cut before q (a backward jump from p >= q to a target < q)
        boolean[] open = new boolean[n + 1];
        for (int p = 1; p < n; p++) {
            int ins = bc[p];
            Op op = Op.of(Op.op(ins));
            int t = switch (op) {
                case FORL, IFORL, JFORL, ITERL, IITERL, JITERL, JMP, UCLO -> p + 1 + Op.j(ins);
                default -> p + 1;
            };
            for (int q = t + 1; q <= p; q++) open[q] = true;
        }
        List<Integer> bounds = new ArrayList<>();
        bounds.add(1);
        int start = 1;
        while (n - start > size) {
            int cut = start + size;
            int q = cut;
            while (q > start + size / 2 && open[q]) q--;
            if (!open[q]) cut = q;
            bounds.add(cut);
            start = cut;
        }
        bounds.add(n);
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One region: the whole prototype in run(), or run() dispatching to methods r0, r1, ... by f.pc. */
    private static byte[] build(Proto pt, int[] bounds, boolean speculate) {
        ClassLoader loader = ProtoCompiler.class.getClassLoader();
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(loader))));
        ClassDesc self = ClassDesc.of(VM + "LuaCode");
        int k = bounds.length - 1;
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(CD_COMPILED);
            cb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC,
                    code -> code.aload(0).invokespecial(CD_COMPILED, ConstantDescs.INIT_NAME,
                            ConstantDescs.MTD_void).return_());
            if (k == 1) {
                cb.withMethodBody("run", MTD_RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                        code -> new ProtoCompiler(pt, bounds, 0, speculate).emit(code));
                return;
            }
            for (int r = 0; r < k; r++) {
                int region = r;
                cb.withMethodBody("r" + r, MTD_RUN, ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL,
                        code -> new ProtoCompiler(pt, bounds, region, speculate).emit(code));
            }
            cb.withMethodBody("run", MTD_RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    code -> dispatcher(code, self, bounds));
        });
    }

    /** run() of a split prototype: calls the region of f.pc until one returns RELOAD or INTERPRET. */
    private static void dispatcher(CodeBuilder c, ClassDesc self, int[] bounds) {
        Label loop = c.newLabel(), check = c.newLabel(), ret = c.newLabel();
        int k = bounds.length - 1;
        c.labelBinding(loop);
        c.aload(F).getfield(CD_FRAME, "pc", CD_int).istore(I1);
        for (int r = 0; r < k; r++) {
            Label next = c.newLabel();
            if (r < k - 1) c.iload(I1).loadConstant(bounds[r + 1]).if_icmpge(next);
            c.aload(0).aload(IN).aload(L).aload(F).invokevirtual(self, "r" + r, MTD_RUN).goto_(check);
            c.labelBinding(next);
        }
        c.iconst_1().ireturn();
        c.labelBinding(check);
        c.dup().iconst_2().if_icmpne(ret);
        c.pop().goto_(loop);
        c.labelBinding(ret);
        c.ireturn();
    }

    // ============================================================================================ structure

    /** The label of instruction p, which must be in this region. */
    private Label at(int p) {
        return labels[p - start];
    }

    private boolean inRegion(int p) {
        return p >= start && p < end;
    }

    private void emit(CodeBuilder code) {
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
    private void entryDispatch(Label interpret) {
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

    private void pcSwitch(List<SwitchCase> cases, Label dflt) {
        if (cases.isEmpty()) {
            c.pop().goto_(dflt);
            return;
        }
        int lo = cases.get(0).caseValue(), hi = cases.get(cases.size() - 1).caseValue();
        if (4L * (hi - lo + 1) <= 8L * cases.size()) c.tableswitch(lo, hi, dflt, cases);
        else c.lookupswitch(dflt, cases);
    }

    /** A cached register does not hold a number after all: the interpreter continues at f.pc. */
    private void deopt() {
        c.aload(IN).aload(F);
        c.invokestatic(CD_COMPILED, "deopt", MethodTypeDesc.of(CD_void, CD_INTERP, CD_FRAME));
        c.iconst_1().ireturn();
    }

    /** The pcs where run() may be entered: function start, after calls and metamethods, loop heads. */
    private BitSet entries() {
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

    private int region(int p) {
        int r = 0;
        while (r < bounds.length - 2 && p >= bounds[r + 1]) r++;
        return r;
    }

    // ============================================================================================ emitting helpers

    private static int dreg(int r) {
        return DREG + 2 * r;
    }

    private void slotAddr(int n) {
        c.aload(ST).iload(BASE);
        if (n != 0) c.loadConstant(n).iadd();
    }

    /** Pushes register r as a Lua value; a dirty cached number is boxed and written back first. */
    private void load(int r) {
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
    private void rawLoad(int r) {
        slotAddr(r);
        c.aaload();
    }

    /** Writes dirty register r back into the stack. */
    private void sync(int r) {
        if (!cur.dirty.get(r)) return;
        slotAddr(r);
        c.dload(dreg(r));
        box();
        c.aastore();
        NumFlow.use(cur, r);
    }

    /** Boxes the given (dirty) registers into the stack. */
    private void flushSet(BitSet regs) {
        for (int r = regs.nextSetBit(0); r >= 0; r = regs.nextSetBit(r + 1)) {
            slotAddr(r);
            c.dload(dreg(r));
            box();
            c.aastore();
        }
    }

    /** Makes the stack exact (before anything that may observe it: calls, the interpreter). */
    private void flushAll() {
        flushSet(cur.dirty);
        NumFlow.flush(cur);
    }

    /** The registers a slow path taken from here must box before the interpreter sees the stack. */
    private BitSet dirtyNow() {
        return (BitSet) cur.dirty.clone();
    }

    /** An Object was stored into register r. */
    private void stored(int r) {
        NumFlow.obj(cur, r);
    }

    /** Loads register r's number from the stack into its double local, or jumps to deopt when it holds none. */
    private void reloadNum(int r, Label deopt) {
        rawLoad(r);
        c.dup().astore(T1).instanceOf(CD_Double).ifeq(deopt);
        c.aload(T1);
        unbox();
        c.dstore(dreg(r));
    }

    /** Stores the double on the operand stack into register r: cached (dirty), or boxed if r is captured. */
    private void storeNum(int r) {
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
    private void storeObj(int r) {
        c.astore(TB);
        slotAddr(r);
        c.aload(TB).aastore();
        stored(r);
    }

    /** An arithmetic result (a double on the operand stack) into r, cached or boxed as {@link NumFlow} decided. */
    private void storeResult(int r, boolean cached) {
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
    private void loadNums(int x, int y, Label slow) {
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

    private void pushNum(int r, int checked) {
        if (cur.isNum(r)) {
            c.dload(dreg(r));
        } else {
            c.aload(checked);
            unbox();
        }
    }

    private void setPc(int pc) {
        c.aload(F).loadConstant(pc).putfield(CD_FRAME, "pc", CD_int);
    }

    private void reloadStack() {
        c.aload(L).getfield(CD_THREAD, "stack", CD_OBJS).astore(ST);
    }

    /** Leaves run() after a flush: the interpreter executes the instruction at pc. */
    private void exitTo(int pc) {
        flushAll();
        setPc(pc);
        c.iconst_1().ireturn();
    }

    /**
     * Where to jump to reach q from the current state: q's label, or a stub that first boxes the dirty registers
     * q does not cache (or, q being in another region, all of them before leaving). Fails the compile if q
     * expects more than this state gives, which would mean the code and {@link NumFlow} disagree.
     */
    private Label edge(int q) {
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
                c.loadConstant(bounds.length > 2 ? CONTINUE : 1).ireturn();
            }
        });
        return stub;
    }

    /** Continues at q from instruction p (nothing to emit when q is p's fall-through and needs no boxing). */
    private void jump(int p, int q) {
        Label l = edge(q);
        if (q != p + 1 || !inRegion(q) || l != at(q)) c.goto_(l);
    }

    /** GC constant idx, read from the running closure's prototype (the class is shared by equal prototypes). */
    private void constant(int idx, ClassDesc type) {
        c.aload(K).loadConstant(idx).aaload();
        if (!type.equals(CD_Object)) c.checkcast(type);
    }

    private void pri(int d) {
        if (d == 0) c.aconst_null();
        else c.getstatic(CD_Boolean, d == 1 ? "FALSE" : "TRUE", CD_Boolean);
    }

    private void unbox() {
        c.checkcast(CD_Double).invokevirtual(CD_Double, "doubleValue", MethodTypeDesc.of(CD_double));
    }

    /** Boxes for the Lua stack (small integers come from the interpreter's cache). */
    private void box() {
        c.invokestatic(CD_COMPILED, "box", MethodTypeDesc.of(CD_Double, CD_double));
    }

    private void interpCall(String name, ClassDesc ret, ClassDesc... params) {
        c.invokevirtual(CD_INTERP, name, MethodTypeDesc.of(ret, params));
    }

    private void interpStatic(String name, ClassDesc ret, ClassDesc... params) {
        c.invokestatic(CD_INTERP, name, MethodTypeDesc.of(ret, params));
    }

    /**
     * After a slow path or a call that returned here: a debug.setlocal meanwhile may have changed cached registers,
     * so the frame is entered again through the loader (f.pc is the instruction to continue at).
     */
    private void checkLocalsWritten() {
        c.aload(F).getfield(CD_FRAME, "localsWritten", CD_boolean).ifne(dispatch);
    }

    /**
     * The interpreter's own slow path of instruction p ({@code Interp.xxxInsn(L, f, pc, ins)}: stores f.pc, calls
     * metamethods, raises errors), entered at label slow with the stack made exact: returns RELOAD when it
     * pushed a frame, else continues where the fast path does, after loading the result a when it is cached
     * (a metamethod's result that is no number deoptimizes).
     */
    private void slowInsn(Label slow, String method, int p, int a, boolean cachedResult) {
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
    private void branchFalsy(Label ifFalsy) {
        c.dup().astore(T1).ifnull(ifFalsy);
        c.aload(T1);
        pri(1);
        c.if_acmpeq(ifFalsy);
    }

    private void interruptCheck(int resumePc) {
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

    private void slow(Runnable r) {
        slowPaths.add(r);
    }

    // ============================================================================================ instructions

    /** Emits instruction p; true when it continues at p + 1 (the caller binds {@link #done} and jumps there). */
    private boolean instruction(int p, int ins) {
        int a = Op.a(ins), b = Op.b(ins), cc = Op.c(ins), d = Op.d(ins);
        int next = p + 1;
        Op op = Op.of(Op.op(ins));
        switch (op) {
            case ISLT, ISGE, ISLE, ISGT -> compare(p, op, a, d);
            case ISEQV, ISNEV -> equal(p, op == Op.ISNEV, a, d);
            case ISEQS, ISNES, ISEQP, ISNEP -> {
                boolean eq = op == Op.ISEQS || op == Op.ISEQP;
                if (cur.isNum(a)) { // a number equals no string, nil or boolean
                    c.goto_(edge(eq ? p + 2 : target(p)));
                    return false;
                }
                rawLoad(a);
                if (op == Op.ISEQS || op == Op.ISNES) {
                    constant(d, CD_Object);
                    c.invokestatic(CD_INTERP, "rawEquals", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                } else {
                    Label same = c.newLabel(), res = c.newLabel();
                    pri(d);
                    c.if_acmpeq(same).iconst_0().goto_(res);
                    c.labelBinding(same);
                    c.iconst_1();
                    c.labelBinding(res);
                }
                branch(p, eq);
            }
            case ISEQN, ISNEN -> {
                Label no = c.newLabel(), res = c.newLabel();
                loadNums(a, -1, no);
                c.loadConstant(pt.knum[d]).dcmpl().ifne(no);
                c.iconst_1().goto_(res);
                c.labelBinding(no);
                c.iconst_0();
                c.labelBinding(res);
                branch(p, op == Op.ISEQN);
            }
            case ISTC, ISFC -> {
                if (cur.isNum(d)) { // truthy
                    if (op == Op.ISTC) {
                        c.dload(dreg(d));
                        storeNum(a);
                        c.goto_(edge(target(p)));
                    } else {
                        c.goto_(edge(p + 2));
                    }
                    return false;
                }
                Label falsy = c.newLabel();
                rawLoad(d);
                branchFalsy(falsy);
                NumFlow.State before = cur.copy();
                if (op == Op.ISTC) copyAndJump(p, a);
                else c.goto_(edge(p + 2));
                cur = before;
                c.labelBinding(falsy);
                if (op == Op.ISFC) copyAndJump(p, a);
                else c.goto_(edge(p + 2));
            }
            case IST, ISF -> {
                Label truthy = edge(op == Op.IST ? target(p) : p + 2), falsy = edge(op == Op.IST ? p + 2 : target(p));
                if (cur.isNum(d)) {
                    c.goto_(truthy);
                    return false;
                }
                rawLoad(d);
                branchFalsy(falsy);
                c.goto_(truthy);
            }
            case ISTYPE, ISNUM -> {
                return true;
            }
            case MOV -> {
                if (cur.isNum(d)) {
                    c.dload(dreg(d));
                    storeNum(a);
                } else {
                    slotAddr(a);
                    rawLoad(d);
                    c.aastore();
                    stored(a);
                }
                return true;
            }
            case NOT -> {
                slotAddr(a);
                if (cur.isNum(d)) {
                    pri(1);
                } else {
                    Label falsy = c.newLabel(), res = c.newLabel();
                    rawLoad(d);
                    branchFalsy(falsy);
                    pri(1);
                    c.goto_(res);
                    c.labelBinding(falsy);
                    pri(2);
                    c.labelBinding(res);
                }
                c.aastore();
                stored(a);
                return true;
            }
            case UNM -> {
                boolean cached = flow.cachesResult(cur, d);
                Label slow = c.newLabel();
                if (!cur.isNum(d)) slowInsn(slow, "unaryInsn", p, a, cached);
                loadNums(d, -1, slow);
                c.dneg();
                storeResult(a, cached);
                return true;
            }
            case LEN -> { // a table's border (no __len in 5.1); anything else as the interpreter does
                Label slow = c.newLabel();
                slowInsn(slow, "unaryInsn", p, a, false);
                if (cur.isNum(d)) {
                    c.goto_(slow);
                    stored(a);
                    return true;
                }
                rawLoad(d);
                c.dup().astore(T1).instanceOf(CD_TABLE).ifeq(slow);
                slotAddr(a);
                c.aload(T1).checkcast(CD_TABLE).invokevirtual(CD_TABLE, "length", MethodTypeDesc.of(CD_int));
                interpStatic("num", CD_Double, CD_int);
                c.aastore();
                stored(a);
                return true;
            }
            case ADDVN, SUBVN, MULVN, DIVVN, MODVN -> {
                return arithK(p, op.ordinal() - Op.ADDVN.ordinal(), a, b, cc, false);
            }
            case ADDNV, SUBNV, MULNV, DIVNV, MODNV -> {
                return arithK(p, op.ordinal() - Op.ADDNV.ordinal(), a, b, cc, true);
            }
            case ADDVV, SUBVV, MULVV, DIVVV, MODVV, POW -> {
                return arithVV(p, op.ordinal() - Op.ADDVV.ordinal(), a, b, cc);
            }
            case CAT -> {
                flushAll();
                c.aload(IN).aload(L).aload(F).loadConstant(a).loadConstant(b).loadConstant(cc).loadConstant(next);
                interpCall("catOp", CD_boolean, CD_THREAD, CD_FRAME, CD_int, CD_int, CD_int, CD_int);
                c.ifeq(reload);
                reloadStack();
                checkLocalsWritten();
                for (int r = b; r <= cc; r++) stored(r);
                stored(a);
                return true;
            }
            case KSTR -> {
                slotAddr(a);
                constant(d, CD_Object);
                c.aastore();
                stored(a);
                return true;
            }
            case KCDATA -> {
                slotAddr(a);
                constant(d, CD_Object);
                interpStatic("kcdata", CD_Object, CD_Object);
                c.aastore();
                stored(a);
                return true;
            }
            case KSHORT -> {
                c.loadConstant((double) (short) d);
                storeNum(a);
                return true;
            }
            case KNUM -> {
                c.loadConstant(pt.knum[d]);
                storeNum(a);
                return true;
            }
            case KPRI -> {
                slotAddr(a);
                pri(d);
                c.aastore();
                stored(a);
                return true;
            }
            case KNIL -> {
                for (int i = a; i <= d; i++) {
                    slotAddr(i);
                    c.aconst_null().aastore();
                    stored(i);
                }
                return true;
            }
            case UGET -> {
                slotAddr(a);
                c.aload(UV).loadConstant(d).aaload();
                c.invokevirtual(CD_UPVAL, "get", MethodTypeDesc.of(CD_Object));
                c.aastore();
                stored(a);
                return true;
            }
            case USETV, USETS, USETN, USETP -> {
                c.aload(UV).loadConstant(a).aaload();
                switch (op) {
                    case USETV -> load(d);
                    case USETS -> constant(d, CD_Object);
                    case USETN -> c.aload(CL).getfield(CD_CLOSURE, "kbox", CD_DOUBLES).loadConstant(d).aaload();
                    default -> pri(d);
                }
                c.invokevirtual(CD_UPVAL, "set", MethodTypeDesc.of(CD_void, CD_Object));
                return true;
            }
            case UCLO -> { // captured registers are never cached: the stack holds what the upvalues close over
                c.aload(L).iload(BASE).loadConstant(a).iadd();
                interpStatic("uclo", CD_void, CD_THREAD, CD_int);
                c.goto_(edge(p + 1 + Op.j(ins)));
            }
            case FNEW -> {
                c.aload(IN).aload(L).aload(F).aload(ST).loadConstant(a);
                constant(d, CD_PROTO);
                c.loadConstant(next);
                interpCall("fnew", CD_void, CD_THREAD, CD_FRAME, CD_OBJS, CD_int, CD_PROTO, CD_int);
                reloadStack();
                stored(a);
                return true;
            }
            case TNEW -> {
                c.aload(IN).aload(L).aload(F).aload(ST).loadConstant(a).loadConstant(d).loadConstant(next);
                interpCall("tnew", CD_void, CD_THREAD, CD_FRAME, CD_OBJS, CD_int, CD_int, CD_int);
                reloadStack();
                stored(a);
                return true;
            }
            case TDUP -> {
                c.aload(IN).aload(L).aload(F).aload(ST).loadConstant(a);
                constant(d, CD_TEMPLATE);
                c.loadConstant(next);
                interpCall("tdup", CD_void, CD_THREAD, CD_FRAME, CD_OBJS, CD_int, CD_TEMPLATE, CD_int);
                reloadStack();
                stored(a);
                return true;
            }
            case GGET -> {
                return gget(p, a, d);
            }
            case GSET -> {
                return gset(p, a, d);
            }
            case TGETV, TGETS, TGETB -> {
                return tget(p, op, a, b, cc);
            }
            case TGETR -> {
                load(b);
                c.checkcast(CD_TABLE);
                load(cc);
                c.invokevirtual(CD_TABLE, "get", MethodTypeDesc.of(CD_Object, CD_Object));
                storeObj(a);
                return true;
            }
            case TSETV, TSETS, TSETB -> {
                return tset(p, op, a, b, cc);
            }
            case TSETR -> {
                setPc(next);
                load(b);
                c.checkcast(CD_TABLE);
                load(cc);
                load(a);
                c.invokevirtual(CD_TABLE, "set", MethodTypeDesc.of(CD_void, CD_Object, CD_Object));
                return true;
            }
            case TSETM -> {
                flushAll();
                c.aload(L).aload(ST).iload(BASE).loadConstant(a).iadd().loadConstant(pt.knum[d]);
                interpStatic("tsetm", CD_void, CD_THREAD, CD_OBJS, CD_int, CD_double);
                return true;
            }
            case ITERN -> {
                flushAll();
                NumFlow.killFrom(cur, Math.max(0, a - 3));
                c.aload(ST).iload(BASE).loadConstant(a).iadd();
                interpStatic("itern", CD_boolean, CD_OBJS, CD_int);
                c.ifne(edge(target(p)));
                c.goto_(edge(p + 2));
            }
            case VARG -> {
                flushAll();
                c.aload(IN).aload(L).aload(F).loadConstant(a).loadConstant(b - 1).loadConstant(next);
                interpCall("varg", CD_void, CD_THREAD, CD_FRAME, CD_int, CD_int, CD_int);
                reloadStack();
                NumFlow.killFrom(cur, a);
                return true;
            }
            case ISNEXT -> {
                flushAll();
                int t = p + 1 + Op.j(ins);
                c.aload(IN).aload(ST).iload(BASE).loadConstant(a).iadd();
                c.aload(CL).getfield(CD_CLOSURE, "proto", CD_PROTO).loadConstant(p);
                interpCall("isnext", CD_boolean, CD_OBJS, CD_int, CD_PROTO, CD_int);
                c.ifne(edge(t));
                exitTo(t); // despecialized: the ITERC there (and this code is dropped)
            }
            case FORI, JFORI -> {
                return forPrep(p, a, p + 1 + Op.j(ins));
            }
            case FORL, IFORL, JFORL -> forLoop(p, a, p + 1 + Op.j(ins));
            case ITERL, IITERL, JITERL -> {
                load(a);
                c.dup().astore(T1).ifnull(edge(next));
                slotAddr(a - 1);
                c.aload(T1).aastore();
                stored(a - 1);
                c.goto_(edge(p + 1 + Op.j(ins)));
            }
            case LOOP, ILOOP, JLOOP -> {
                interruptCheck(next);
                return true;
            }
            case JMP -> c.goto_(edge(p + 1 + Op.j(ins)));
            case CALL, CALLM, ITERC -> { // continues here after a builtin, else RELOAD
                flushAll();
                c.aload(IN).aload(L).aload(F).loadConstant(p + 1).loadConstant(ins);
                interpCall(op == Op.ITERC ? "itercJit" : "callJit", CD_boolean, CD_THREAD, CD_FRAME, CD_int, CD_int);
                c.ifne(reload);
                reloadStack();
                checkLocalsWritten();
                NumFlow.killFrom(cur, a);
                return true;
            }
            case CALLT, CALLMT -> {
                flushAll();
                c.aload(IN).aload(L).aload(F).loadConstant(p + 1).loadConstant(ins);
                interpCall("tailCall", CD_void, CD_THREAD, CD_FRAME, CD_int, CD_int);
                c.goto_(reload);
            }
            case RET, RET0, RET1, RETM -> { // the frame goes: only the results must be in the stack
                if (op == Op.RET1) sync(a);
                else if (op != Op.RET0) flushAll();
                c.aload(IN).aload(L).aload(F).loadConstant(ins);
                interpCall("retInsn", CD_void, CD_THREAD, CD_FRAME, CD_int);
                c.goto_(reload);
            }
            default -> exitTo(p); // anything else: the interpreter
        }
        return false;
    }

    /** Target of the JMP after the conditional at p. */
    private int target(int p) {
        return p + 2 + Op.j(bc[p + 1]);
    }

    /** An int on the stack: nonzero takes the JMP after p when ifTrue, zero when !ifTrue. */
    private void branch(int p, boolean ifTrue) {
        Label taken = edge(target(p));
        if (ifTrue) c.ifne(taken);
        else c.ifeq(taken);
        c.goto_(edge(p + 2));
    }

    /** ISTC/ISFC taken: copy T1 to slot a and jump. */
    private void copyAndJump(int p, int a) {
        slotAddr(a);
        c.aload(T1).aastore();
        stored(a);
        c.goto_(edge(target(p)));
    }

    private void compare(int p, Op op, int a, int d) {
        Label slow = c.newLabel(), taken = edge(target(p)), fall = edge(p + 2);
        condSlowPath(slow, p, taken, fall, false);
        loadNums(a, d, slow);
        c.dcmpg();
        switch (op) {
            case ISLT -> c.iflt(taken);
            case ISGE -> c.ifge(taken);
            case ISLE -> c.ifle(taken);
            default -> c.ifgt(taken);
        }
        c.goto_(fall);
    }

    private void equal(int p, boolean neg, int a, int d) {
        Label slow = c.newLabel(), taken = edge(target(p)), fall = edge(p + 2);
        condSlowPath(slow, p, taken, fall, true);
        loadNums(a, d, slow);
        c.dcmpl();
        if (neg) c.ifne(taken);
        else c.ifeq(taken);
        c.goto_(fall);
    }

    /**
     * The interpreter's compareInsn/equalInsn for the conditional at p: a frame pushed (__lt, __le, __eq) returns
     * RELOAD, else it continues at the edge it chose.
     */
    private void condSlowPath(Label slow, int p, Label taken, Label fall, boolean equality) {
        BitSet dirty = dirtyNow();
        int a = Op.a(bc[p]), d = Op.d(bc[p]);
        slow(() -> {
            c.labelBinding(slow);
            flushSet(dirty);
            c.aload(IN).aload(L).aload(F).loadConstant(p + 1).loadConstant(bc[p]);
            if (equality) {
                rawLoad(a);
                rawLoad(d);
                interpCall("equalInsn", CD_int, CD_THREAD, CD_FRAME, CD_int, CD_int, CD_Object, CD_Object);
            } else {
                interpCall("compareInsn", CD_int, CD_THREAD, CD_FRAME, CD_int, CD_int);
            }
            c.istore(I1);
            reloadStack();
            c.iload(I1).iflt(reload);
            Label unchanged = c.newLabel();
            c.aload(F).getfield(CD_FRAME, "localsWritten", CD_boolean).ifeq(unchanged);
            c.aload(F).iload(I1).putfield(CD_FRAME, "pc", CD_int);
            c.goto_(dispatch);
            c.labelBinding(unchanged);
            c.iload(I1).loadConstant(p + 2).if_icmpeq(fall);
            c.goto_(taken);
        });
    }

    /** The Double op (0 add, 1 sub, 2 mul, 3 div, 4 mod, 5 pow) of D1 and D2, as Interp computes it. */
    private void arithOp(int op) {
        switch (op) {
            case 0 -> c.dload(D1).dload(D2).dadd();
            case 1 -> c.dload(D1).dload(D2).dsub();
            case 2 -> c.dload(D1).dload(D2).dmul();
            case 3 -> c.dload(D1).dload(D2).ddiv();
            case 4 -> {
                c.dload(D1).dload(D1).dload(D2).ddiv();
                c.invokestatic(ClassDesc.of("java.lang.Math"), "floor", MethodTypeDesc.of(CD_double, CD_double));
                c.dload(D2).dmul().dsub();
            }
            default -> {
                c.dload(D1).dload(D2);
                interpStatic("pow", CD_double, CD_double, CD_double);
            }
        }
    }

    private boolean arithK(int p, int op, int a, int b, int kidx, boolean constFirst) {
        boolean cached = flow.cachesResult(cur, b);
        Label slow = c.newLabel();
        if (!cur.isNum(b)) slowInsn(slow, "arithInsn", p, a, cached);
        loadNums(b, -1, slow);
        c.dstore(constFirst ? D2 : D1);
        c.loadConstant(pt.knum[kidx]).dstore(constFirst ? D1 : D2);
        arithOp(op);
        storeResult(a, cached);
        return true;
    }

    private boolean arithVV(int p, int op, int a, int b, int cc) {
        boolean cached = flow.cachesResult(cur, b, cc);
        Label slow = c.newLabel();
        if (!cur.isNum(b) || !cur.isNum(cc)) slowInsn(slow, "arithInsn", p, a, cached);
        loadNums(b, cc, slow);
        c.dstore(D2).dstore(D1);
        arithOp(op);
        storeResult(a, cached);
        return true;
    }

    private boolean gget(int p, int a, int d) {
        Label slow = c.newLabel(), store = c.newLabel();
        slowInsn(slow, "indexInsn", p, a, false);
        c.aload(CL).getfield(CD_CLOSURE, "env", CD_TABLE).dup().astore(T1);
        constant(d, CD_STRING);
        c.invokevirtual(CD_TABLE, "getStr", MethodTypeDesc.of(CD_Object, CD_STRING));
        c.dup().astore(T2).ifnonnull(store);
        c.aload(T1).getfield(CD_TABLE, "metatable", CD_TABLE).ifnonnull(slow);
        c.labelBinding(store);
        slotAddr(a);
        c.aload(T2).aastore();
        stored(a);
        return true;
    }

    private boolean gset(int p, int a, int d) {
        Label slow = c.newLabel();
        slowInsn(slow, "newindexInsn", p, a, false);
        c.aload(CL).getfield(CD_CLOSURE, "env", CD_TABLE).dup().astore(T1);
        c.getfield(CD_TABLE, "metatable", CD_TABLE).ifnonnull(slow);
        c.aload(T1);
        constant(d, CD_STRING);
        load(a);
        c.invokevirtual(CD_TABLE, "setStr", MethodTypeDesc.of(CD_void, CD_STRING, CD_Object));
        return true;
    }

    private boolean tget(int p, Op op, int a, int b, int cc) {
        Label slow = c.newLabel(), store = c.newLabel();
        slowInsn(slow, "indexInsn", p, a, false);
        load(b);
        c.dup().astore(T1).instanceOf(CD_TABLE).ifeq(slow);
        c.aload(T1).checkcast(CD_TABLE);
        switch (op) {
            case TGETV -> {
                if (cur.isNum(cc)) { // t[number]: no boxing for integer keys
                    c.dload(dreg(cc));
                    c.invokestatic(CD_COMPILED, "getNum", MethodTypeDesc.of(CD_Object, CD_TABLE, CD_double));
                } else {
                    load(cc);
                    c.invokevirtual(CD_TABLE, "get", MethodTypeDesc.of(CD_Object, CD_Object));
                }
            }
            case TGETS -> {
                constant(cc, CD_STRING);
                c.invokevirtual(CD_TABLE, "getStr", MethodTypeDesc.of(CD_Object, CD_STRING));
            }
            default -> {
                c.loadConstant(cc);
                c.invokevirtual(CD_TABLE, "getInt", MethodTypeDesc.of(CD_Object, CD_int));
            }
        }
        c.dup().astore(T2).ifnonnull(store);
        if (op == Op.TGETS) { // through __index tables without the slow path (method lookup)
            c.aload(T1).checkcast(CD_TABLE).getfield(CD_TABLE, "metatable", CD_TABLE).ifnull(store);
            c.aload(IN).aload(T1).checkcast(CD_TABLE);
            constant(cc, CD_STRING);
            interpCall("getStrChain", CD_Object, CD_TABLE, CD_STRING);
            c.dup().astore(T2).getstatic(CD_INTERP, "PENDING", CD_Object).if_acmpeq(slow);
        } else {
            c.aload(T1).checkcast(CD_TABLE).getfield(CD_TABLE, "metatable", CD_TABLE).ifnonnull(slow);
        }
        c.labelBinding(store);
        slotAddr(a);
        c.aload(T2).aastore();
        stored(a);
        return true;
    }

    private boolean tset(int p, Op op, int a, int b, int cc) {
        Label slow = c.newLabel();
        slowInsn(slow, "newindexInsn", p, a, false);
        load(b);
        c.dup().astore(T1).instanceOf(CD_TABLE).ifeq(slow);
        if (op == Op.TSETS) { // a table with a metatable but no __newindex for this key (objects): a raw set
            Label raw = c.newLabel();
            sync(a); // boxed once for both paths
            c.aload(T1).checkcast(CD_TABLE).getfield(CD_TABLE, "metatable", CD_TABLE).ifnull(raw);
            c.aload(IN).aload(T1).checkcast(CD_TABLE);
            constant(cc, CD_STRING);
            load(a);
            interpCall("setStrMeta", CD_boolean, CD_TABLE, CD_STRING, CD_Object);
            c.ifeq(slow);
            c.goto_(done);
            c.labelBinding(raw);
        } else {
            c.aload(T1).checkcast(CD_TABLE).getfield(CD_TABLE, "metatable", CD_TABLE).ifnonnull(slow);
        }
        c.aload(T1).checkcast(CD_TABLE);
        switch (op) {
            case TSETV -> { // nil and NaN keys raise their error in the slow path, with the stack exact
                if (cur.isNum(cc)) {
                    c.dload(dreg(cc));
                    load(a);
                    c.invokestatic(CD_COMPILED, "setNum", MethodTypeDesc.of(CD_boolean, CD_TABLE, CD_double, CD_Object));
                } else {
                    load(cc);
                    load(a);
                    c.invokestatic(CD_COMPILED, "setValid", MethodTypeDesc.of(CD_boolean, CD_TABLE, CD_Object, CD_Object));
                }
                c.ifeq(slow);
            }
            case TSETS -> {
                constant(cc, CD_STRING);
                load(a);
                c.invokevirtual(CD_TABLE, "setStr", MethodTypeDesc.of(CD_void, CD_STRING, CD_Object));
            }
            default -> {
                c.loadConstant(cc);
                load(a);
                c.invokevirtual(CD_TABLE, "setInt", MethodTypeDesc.of(CD_void, CD_int, CD_Object));
            }
        }
        return true;
    }

    /** FORI: the interpreter's checks and coercions, then the control registers as doubles. */
    private boolean forPrep(int p, int a, int exit) {
        flushAll();
        c.aload(IN).aload(L).aload(F).loadConstant(p + 1).loadConstant(bc[p]);
        interpCall("forPrep", CD_int, CD_THREAD, CD_FRAME, CD_int, CD_int);
        c.istore(I1);
        for (int r = a; r < a + 3; r++) cacheFromStack(r); // forPrep left numbers there
        c.iload(I1).loadConstant(p + 1).if_icmpne(edge(exit));
        cacheFromStack(a + 3);
        return true;
    }

    /** Register r, which holds a Double in the stack, becomes cached (and clean). */
    private void cacheFromStack(int r) {
        if (flow.captured.get(r)) return;
        rawLoad(r);
        unbox();
        c.dstore(dreg(r));
        flow.num(cur, r);
        NumFlow.use(cur, r);
    }

    /** FORL: x += step; continue while within the limit (as Interp: s >= 0 ? x <= l : x >= l). */
    private void forLoop(int p, int a, int body) {
        Label exit = edge(p + 1), neg = c.newLabel(), cont = c.newLabel();
        boolean cached = NumFlow.forCached(cur, a);
        for (int r = a; r < a + 3; r++) {
            if (cur.isNum(r)) c.dload(dreg(r));
            else {
                rawLoad(r);
                unbox();
            }
        }
        c.dstore(D2).dstore(D3).dstore(D1); // step, limit, x
        c.dload(D1).dload(D2).dadd().dstore(D1);
        c.dload(D2).dconst_0().dcmpl().iflt(neg);
        c.dload(D1).dload(D3).dcmpg().ifgt(exit);
        c.goto_(cont);
        c.labelBinding(neg);
        c.dload(D1).dload(D3).dcmpl().iflt(exit);
        c.labelBinding(cont);
        for (int r : new int[] {a, a + 3}) {
            c.dload(D1);
            if (cached) {
                storeNum(r);
            } else {
                box();
                storeObj(r);
            }
        }
        interruptCheck(body);
        c.goto_(edge(body));
    }
}
