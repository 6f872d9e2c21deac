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
 * method (see docs/VM.md, "Compile tier"). Registers stay in the Lua stack ({@code st[base + n]}); each instruction
 * becomes its fast path with constant operands, and its slow path a call to the interpreter's own slow path of
 * that instruction ({@code Interp.arithInsn/indexInsn/newindexInsn/compareInsn/equalInsn/unaryInsn}, which store
 * {@code f.pc}). Calls and returns are left to the interpreter.
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

    // Local variable slots of run().
    private static final int IN = 1, L = 2, F = 3, ST = 4, BASE = 5, CL = 6, UV = 7, T1 = 8, T2 = 9, I1 = 10,
            D1 = 11, D2 = 13, D3 = 15, K = 17;

    private final Proto pt;
    private final int[] bc;
    private CodeBuilder c;
    /** Region bounds (a single region [1, n) unless the prototype is split) and this method's region. */
    private final int[] bounds;
    private final int start, end;
    private Label[] labels;
    private final java.util.Map<Integer, Label> outs = new java.util.HashMap<>();
    private Label reload;
    private final List<Runnable> slowPaths = new ArrayList<>();

    private ProtoCompiler(Proto pt, int[] bounds, int region) {
        this.pt = pt;
        this.bc = pt.bc;
        this.bounds = bounds;
        this.start = bounds[region];
        this.end = bounds[region + 1];
    }

    /** The class file of pt's compiled code, or null when it would exceed {@link #MAX_CODE} per method. */
    static byte[] classBytes(Proto pt) {
        int n = pt.bc.length;
        if (n > MAX_REGIONS * REGION_CODE / 40) return null; // far too big: not worth trying
        double bytesPerIns = 40; // typical; measured when the prototype may fit one method
        if (n <= MAX_CODE / 4) {
            byte[] bytes = build(pt, new int[] {1, n});
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
            bytes = build(pt, bounds);
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
    private static byte[] build(Proto pt, int[] bounds) {
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
                        code -> new ProtoCompiler(pt, bounds, 0).emit(code));
                return;
            }
            for (int r = 0; r < k; r++) {
                int region = r;
                cb.withMethodBody("r" + r, MTD_RUN, ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL,
                        code -> new ProtoCompiler(pt, bounds, region).emit(code));
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

    /** The label of instruction p: in this region, or a stub that leaves for p's region (or the interpreter). */
    private Label at(int p) {
        if (p >= start && p < end) return labels[p - start];
        return outs.computeIfAbsent(p, q -> c.newLabel());
    }

    private void emit(CodeBuilder code) {
        this.c = code;
        labels = new Label[end - start];
        for (int i = 0; i < labels.length; i++) labels[i] = c.newLabel();
        reload = c.newLabel();
        // prologue: st, base, cl, uv in locals; then jump to f.pc
        c.aload(L).getfield(CD_THREAD, "stack", CD_OBJS).astore(ST);
        c.aload(F).getfield(CD_FRAME, "base", CD_int).istore(BASE);
        c.aload(F).getfield(CD_FRAME, "cl", CD_CLOSURE).astore(CL);
        c.aload(CL).getfield(CD_CLOSURE, "upvals", CD_UPVALS).astore(UV);
        c.aload(CL).getfield(CD_CLOSURE, "proto", CD_PROTO).getfield(CD_PROTO, "kgc", CD_OBJS).astore(K);
        Label interpret = c.newLabel();
        List<SwitchCase> cases = new ArrayList<>();
        BitSet entries = entries();
        for (int p = entries.nextSetBit(start); p >= 0 && p < end; p = entries.nextSetBit(p + 1)) {
            cases.add(SwitchCase.of(p, at(p)));
        }
        c.aload(F).getfield(CD_FRAME, "pc", CD_int);
        int lo = cases.get(0).caseValue(), hi = cases.get(cases.size() - 1).caseValue();
        if (4L * (hi - lo + 1) <= 8L * cases.size()) c.tableswitch(lo, hi, interpret, cases);
        else c.lookupswitch(interpret, cases);
        for (int p = start; p < end; p++) {
            c.labelBinding(at(p));
            instruction(p, bc[p]);
        }
        c.goto_(at(end)); // the last region ends with a return: never reached there
        for (Runnable r : slowPaths) r.run();
        // leaving the region: to another region (split prototypes), else to the interpreter
        for (var e : new java.util.TreeMap<>(outs).entrySet()) {
            c.labelBinding(e.getValue());
            setPc(e.getKey());
            c.loadConstant(bounds.length > 2 ? CONTINUE : 1).ireturn();
        }
        c.labelBinding(reload);
        c.iconst_0().ireturn();
        c.labelBinding(interpret);
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

    private void slotAddr(int n) {
        c.aload(ST).iload(BASE);
        if (n != 0) c.loadConstant(n).iadd();
    }

    private void load(int n) {
        slotAddr(n);
        c.aaload();
    }

    private void setPc(int pc) {
        c.aload(F).loadConstant(pc).putfield(CD_FRAME, "pc", CD_int);
    }

    private void reloadStack() {
        c.aload(L).getfield(CD_THREAD, "stack", CD_OBJS).astore(ST);
    }

    /** Leaves run(): the interpreter executes the instruction at pc. */
    private void exitTo(int pc) {
        setPc(pc);
        c.iconst_1().ireturn();
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

    private void box() {
        c.invokestatic(CD_Double, "valueOf", MethodTypeDesc.of(CD_Double, CD_double));
    }

    private void interpCall(String name, ClassDesc ret, ClassDesc... params) {
        c.invokevirtual(CD_INTERP, name, MethodTypeDesc.of(ret, params));
    }

    private void interpStatic(String name, ClassDesc ret, ClassDesc... params) {
        c.invokestatic(CD_INTERP, name, MethodTypeDesc.of(ret, params));
    }

    /**
     * The interpreter's own slow path of instruction p ({@code Interp.xxxInsn(L, f, pc, ins)}: stores f.pc, calls
     * metamethods, raises errors): return RELOAD when it pushed a frame, else continue at the next instruction.
     */
    private void slowInsn(String method, int p) {
        c.aload(IN).aload(L).aload(F).loadConstant(p + 1).loadConstant(bc[p]);
        interpCall(method, CD_boolean, CD_THREAD, CD_FRAME, CD_int, CD_int);
        afterPending(p + 1);
    }

    /** After a boolean slow path: return RELOAD when pending, else reload st and continue at next. */
    private void afterPending(int next) {
        c.ifne(reload);
        reloadStack();
        c.goto_(at(next));
    }

    /** Jumps to ifFalsy when the value on the stack is nil or false (uses T1). */
    private void branchFalsy(Label ifFalsy) {
        c.dup().astore(T1).ifnull(ifFalsy);
        c.aload(T1);
        pri(1);
        c.if_acmpeq(ifFalsy);
    }

    private void interruptCheck(int resumePc) {
        Label ok = c.newLabel();
        c.aload(IN).getfield(CD_INTERP, "vm", CD_LUAVM).getfield(CD_LUAVM, "interrupted", CD_boolean).ifeq(ok);
        setPc(resumePc);
        c.goto_(reload);
        c.labelBinding(ok);
    }

    private void slow(Runnable r) {
        slowPaths.add(r);
    }

    // ============================================================================================ instructions

    private void instruction(int p, int ins) {
        int a = Op.a(ins), b = Op.b(ins), cc = Op.c(ins), d = Op.d(ins);
        int next = p + 1;
        Op op = Op.of(Op.op(ins));
        switch (op) {
            case ISLT, ISGE, ISLE, ISGT -> compare(p, op, a, d);
            case ISEQV, ISNEV -> equal(p, op == Op.ISNEV, a, d);
            case ISEQS, ISNES -> {
                load(a);
                constant(d, CD_Object);
                c.invokestatic(CD_INTERP, "rawEquals", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                branch(p, op == Op.ISEQS);
            }
            case ISEQN, ISNEN -> {
                Label no = c.newLabel(), done = c.newLabel();
                load(a);
                c.dup().astore(T1).instanceOf(CD_Double).ifeq(no);
                c.aload(T1);
                unbox();
                c.loadConstant(pt.knum[d]).dcmpl().ifne(no);
                c.iconst_1().goto_(done);
                c.labelBinding(no);
                c.iconst_0();
                c.labelBinding(done);
                branch(p, op == Op.ISEQN);
            }
            case ISEQP, ISNEP -> {
                load(a);
                pri(d);
                Label eq = c.newLabel(), done = c.newLabel();
                c.if_acmpeq(eq).iconst_0().goto_(done);
                c.labelBinding(eq);
                c.iconst_1();
                c.labelBinding(done);
                branch(p, op == Op.ISEQP);
            }
            case ISTC, ISFC -> {
                Label falsy = c.newLabel();
                load(d);
                branchFalsy(falsy);
                // truthy
                if (op == Op.ISTC) copyAndJump(p, a);
                else c.goto_(at(p + 2));
                c.labelBinding(falsy);
                if (op == Op.ISFC) copyAndJump(p, a);
                else c.goto_(at(p + 2));
            }
            case IST, ISF -> {
                Label falsy = c.newLabel();
                load(d);
                branchFalsy(falsy);
                c.goto_(op == Op.IST ? at(target(p)) : at(p + 2));
                c.labelBinding(falsy);
                c.goto_(op == Op.IST ? at(p + 2) : at(target(p)));
            }
            case ISTYPE, ISNUM -> { }
            case MOV -> {
                slotAddr(a);
                load(d);
                c.aastore();
            }
            case NOT -> {
                Label falsy = c.newLabel(), done = c.newLabel();
                slotAddr(a);
                load(d);
                branchFalsy(falsy);
                pri(1);
                c.goto_(done);
                c.labelBinding(falsy);
                pri(2);
                c.labelBinding(done);
                c.aastore();
            }
            case UNM -> {
                Label slow = c.newLabel();
                load(d);
                c.dup().astore(T1).instanceOf(CD_Double).ifeq(slow);
                slotAddr(a);
                c.aload(T1);
                unbox();
                c.dneg();
                box();
                c.aastore();
                slow(() -> {
                    c.labelBinding(slow);
                    slowInsn("unaryInsn", p);
                });
            }
            case LEN -> { // a table's border (no __len in 5.1); anything else as the interpreter does
                Label slow = c.newLabel();
                load(d);
                c.dup().astore(T1).instanceOf(CD_TABLE).ifeq(slow);
                slotAddr(a);
                c.aload(T1).checkcast(CD_TABLE).invokevirtual(CD_TABLE, "length", MethodTypeDesc.of(CD_int));
                interpStatic("num", CD_Double, CD_int);
                c.aastore();
                slow(() -> {
                    c.labelBinding(slow);
                    slowInsn("unaryInsn", p);
                });
            }
            case ADDVN, SUBVN, MULVN, DIVVN, MODVN -> arithK(next, op.ordinal() - Op.ADDVN.ordinal(), a, b, cc, false);
            case ADDNV, SUBNV, MULNV, DIVNV, MODNV -> arithK(next, op.ordinal() - Op.ADDNV.ordinal(), a, b, cc, true);
            case ADDVV, SUBVV, MULVV, DIVVV, MODVV, POW -> arithVV(next, op.ordinal() - Op.ADDVV.ordinal(), a, b, cc);
            case CAT -> {
                c.aload(IN).aload(L).aload(F).loadConstant(a).loadConstant(b).loadConstant(cc).loadConstant(next);
                interpCall("catOp", CD_boolean, CD_THREAD, CD_FRAME, CD_int, CD_int, CD_int, CD_int);
                c.ifeq(reload);
                reloadStack();
            }
            case KSTR -> {
                slotAddr(a);
                constant(d, CD_Object);
                c.aastore();
            }
            case KCDATA -> {
                slotAddr(a);
                constant(d, CD_Object);
                interpStatic("kcdata", CD_Object, CD_Object);
                c.aastore();
            }
            case KSHORT -> {
                slotAddr(a);
                c.loadConstant((int) (short) d);
                interpStatic("num", CD_Double, CD_int);
                c.aastore();
            }
            case KNUM -> {
                slotAddr(a);
                c.aload(CL).getfield(CD_CLOSURE, "kbox", CD_DOUBLES).loadConstant(d).aaload();
                c.aastore();
            }
            case KPRI -> {
                slotAddr(a);
                pri(d);
                c.aastore();
            }
            case KNIL -> {
                for (int i = a; i <= d; i++) {
                    slotAddr(i);
                    c.aconst_null().aastore();
                }
            }
            case UGET -> {
                slotAddr(a);
                c.aload(UV).loadConstant(d).aaload();
                c.invokevirtual(CD_UPVAL, "get", MethodTypeDesc.of(CD_Object));
                c.aastore();
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
            }
            case UCLO -> {
                c.aload(L).iload(BASE).loadConstant(a).iadd();
                interpStatic("uclo", CD_void, CD_THREAD, CD_int);
                c.goto_(at(p + 1 + Op.j(ins)));
            }
            case FNEW -> {
                c.aload(IN).aload(L).aload(F).aload(ST).loadConstant(a);
                constant(d, CD_PROTO);
                c.loadConstant(next);
                interpCall("fnew", CD_void, CD_THREAD, CD_FRAME, CD_OBJS, CD_int, CD_PROTO, CD_int);
                reloadStack();
            }
            case TNEW -> {
                c.aload(IN).aload(L).aload(F).aload(ST).loadConstant(a).loadConstant(d).loadConstant(next);
                interpCall("tnew", CD_void, CD_THREAD, CD_FRAME, CD_OBJS, CD_int, CD_int, CD_int);
                reloadStack();
            }
            case TDUP -> {
                c.aload(IN).aload(L).aload(F).aload(ST).loadConstant(a);
                constant(d, CD_TEMPLATE);
                c.loadConstant(next);
                interpCall("tdup", CD_void, CD_THREAD, CD_FRAME, CD_OBJS, CD_int, CD_TEMPLATE, CD_int);
                reloadStack();
            }
            case GGET -> gget(next, a, d);
            case GSET -> gset(next, a, d);
            case TGETV, TGETS, TGETB -> tget(next, op, a, b, cc);
            case TGETR -> {
                slotAddr(a);
                load(b);
                c.checkcast(CD_TABLE);
                load(cc);
                c.invokevirtual(CD_TABLE, "get", MethodTypeDesc.of(CD_Object, CD_Object));
                c.aastore();
            }
            case TSETV, TSETS, TSETB -> tset(next, op, a, b, cc);
            case TSETR -> {
                setPc(next);
                load(b);
                c.checkcast(CD_TABLE);
                load(cc);
                load(a);
                c.invokevirtual(CD_TABLE, "set", MethodTypeDesc.of(CD_void, CD_Object, CD_Object));
            }
            case TSETM -> {
                c.aload(L).aload(ST).iload(BASE).loadConstant(a).iadd().loadConstant(pt.knum[d]);
                interpStatic("tsetm", CD_void, CD_THREAD, CD_OBJS, CD_int, CD_double);
            }
            case ITERN -> {
                c.aload(ST).iload(BASE).loadConstant(a).iadd();
                interpStatic("itern", CD_boolean, CD_OBJS, CD_int);
                c.ifne(at(target(p)));
                c.goto_(at(p + 2));
            }
            case VARG -> {
                c.aload(IN).aload(L).aload(F).loadConstant(a).loadConstant(b - 1).loadConstant(next);
                interpCall("varg", CD_void, CD_THREAD, CD_FRAME, CD_int, CD_int, CD_int);
                reloadStack();
            }
            case ISNEXT -> {
                int t = p + 1 + Op.j(ins);
                c.aload(IN).aload(ST).iload(BASE).loadConstant(a).iadd();
                c.aload(CL).getfield(CD_CLOSURE, "proto", CD_PROTO).loadConstant(p);
                interpCall("isnext", CD_boolean, CD_OBJS, CD_int, CD_PROTO, CD_int);
                c.ifne(at(t));
                exitTo(t); // despecialized: the ITERC there (and this code is dropped)
            }
            case FORI, JFORI -> {
                c.aload(IN).aload(L).aload(F).loadConstant(next).loadConstant(ins);
                interpCall("forPrep", CD_int, CD_THREAD, CD_FRAME, CD_int, CD_int);
                c.loadConstant(next).if_icmpne(at(p + 1 + Op.j(ins)));
            }
            case FORL, IFORL, JFORL -> forLoop(p, a, p + 1 + Op.j(ins));
            case ITERL, IITERL, JITERL -> {
                load(a);
                c.dup().astore(T1).ifnull(at(next));
                slotAddr(a - 1);
                c.aload(T1).aastore();
                c.goto_(at(p + 1 + Op.j(ins)));
            }
            case LOOP, ILOOP, JLOOP -> interruptCheck(next);
            case JMP -> c.goto_(at(p + 1 + Op.j(ins)));
            case CALL, CALLM -> slowInsn("callInsn", p); // continues here after a builtin, else RELOAD
            case ITERC -> slowInsn("itercInsn", p);
            case CALLT, CALLMT -> {
                c.aload(IN).aload(L).aload(F).loadConstant(p + 1).loadConstant(ins);
                interpCall("tailCall", CD_void, CD_THREAD, CD_FRAME, CD_int, CD_int);
                c.goto_(reload);
            }
            case RET, RET0, RET1, RETM -> {
                c.aload(IN).aload(L).aload(F).loadConstant(ins);
                interpCall("retInsn", CD_void, CD_THREAD, CD_FRAME, CD_int);
                c.goto_(reload);
            }
            default -> exitTo(p); // anything else: the interpreter
        }
    }

    /** Target of the JMP after the conditional at p. */
    private int target(int p) {
        return p + 2 + Op.j(bc[p + 1]);
    }

    /** An int on the stack: nonzero takes the JMP after p when ifTrue, zero when !ifTrue. */
    private void branch(int p, boolean ifTrue) {
        if (ifTrue) c.ifne(at(target(p)));
        else c.ifeq(at(target(p)));
        c.goto_(at(p + 2));
    }

    /** ISTC/ISFC taken: copy T1 to slot a and jump. */
    private void copyAndJump(int p, int a) {
        slotAddr(a);
        c.aload(T1).aastore();
        c.goto_(at(target(p)));
    }

    /** Registers a and d as two doubles on the operand stack; jumps to slow when either is not a number. */
    private void loadNumbers(int a, int d, Label slow) {
        load(a);
        c.dup().astore(T1).instanceOf(CD_Double).ifeq(slow);
        load(d);
        c.dup().astore(T2).instanceOf(CD_Double).ifeq(slow);
        c.aload(T1);
        unbox();
        c.aload(T2);
        unbox();
    }

    private void compare(int p, Op op, int a, int d) {
        Label slow = c.newLabel();
        loadNumbers(a, d, slow);
        c.dcmpg();
        Label taken = at(target(p));
        switch (op) {
            case ISLT -> c.iflt(taken);
            case ISGE -> c.ifge(taken);
            case ISLE -> c.ifle(taken);
            default -> c.ifgt(taken);
        }
        c.goto_(at(p + 2));
        slow(() -> {
            c.labelBinding(slow);
            c.aload(IN).aload(L).aload(F).loadConstant(p + 1).loadConstant(bc[p]);
            interpCall("compareInsn", CD_int, CD_THREAD, CD_FRAME, CD_int, CD_int);
            condResult(p);
        });
    }

    /** After the interpreter's slow path of the conditional at p: the next pc, or -1 when a frame was pushed. */
    private void condResult(int p) {
        c.istore(I1);
        reloadStack();
        c.iload(I1).iflt(reload);
        c.iload(I1).loadConstant(p + 2).if_icmpeq(at(p + 2));
        c.goto_(at(target(p)));
    }

    private void equal(int p, boolean neg, int a, int d) {
        Label slow = c.newLabel();
        loadNumbers(a, d, slow);
        c.dcmpl();
        if (neg) c.ifne(at(target(p)));
        else c.ifeq(at(target(p)));
        c.goto_(at(p + 2));
        slow(() -> {
            c.labelBinding(slow);
            c.aload(IN).aload(L).aload(F).loadConstant(p + 1).loadConstant(bc[p]);
            load(a);
            load(d);
            interpCall("equalInsn", CD_int, CD_THREAD, CD_FRAME, CD_int, CD_int, CD_Object, CD_Object);
            condResult(p);
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

    private void arithK(int next, int op, int a, int b, int kidx, boolean constFirst) {
        Label slow = c.newLabel();
        double k = pt.knum[kidx];
        load(b);
        c.dup().astore(T1).instanceOf(CD_Double).ifeq(slow);
        c.aload(T1);
        unbox();
        c.dstore(constFirst ? D2 : D1);
        c.loadConstant(k).dstore(constFirst ? D1 : D2);
        slotAddr(a);
        arithOp(op);
        box();
        c.aastore();
        slow(() -> {
            c.labelBinding(slow);
            slowInsn("arithInsn", next - 1);
        });
    }

    private void arithVV(int next, int op, int a, int b, int cc) {
        Label slow = c.newLabel();
        loadNumbers(b, cc, slow);
        c.dstore(D2).dstore(D1);
        slotAddr(a);
        arithOp(op);
        box();
        c.aastore();
        slow(() -> {
            c.labelBinding(slow);
            slowInsn("arithInsn", next - 1);
        });
    }

    private void gget(int next, int a, int d) {
        Label slow = c.newLabel(), store = c.newLabel();
        c.aload(CL).getfield(CD_CLOSURE, "env", CD_TABLE).dup().astore(T1);
        constant(d, CD_STRING);
        c.invokevirtual(CD_TABLE, "getStr", MethodTypeDesc.of(CD_Object, CD_STRING));
        c.dup().astore(T2).ifnonnull(store);
        c.aload(T1).getfield(CD_TABLE, "metatable", CD_TABLE).ifnonnull(slow);
        c.labelBinding(store);
        slotAddr(a);
        c.aload(T2).aastore();
        slow(() -> {
            c.labelBinding(slow);
            slowInsn("indexInsn", next - 1);
        });
    }

    private void gset(int next, int a, int d) {
        Label slow = c.newLabel();
        c.aload(CL).getfield(CD_CLOSURE, "env", CD_TABLE).dup().astore(T1);
        c.getfield(CD_TABLE, "metatable", CD_TABLE).ifnonnull(slow);
        c.aload(T1);
        constant(d, CD_STRING);
        load(a);
        c.invokevirtual(CD_TABLE, "setStr", MethodTypeDesc.of(CD_void, CD_STRING, CD_Object));
        slow(() -> {
            c.labelBinding(slow);
            slowInsn("newindexInsn", next - 1);
        });
    }

    /** Pushes the key of a TGET/TSET: register cc, string constant cc, or the byte cc. */
    private void key(Op op, int cc, boolean boxed) {
        switch (op) {
            case TGETV, TSETV -> load(cc);
            case TGETS, TSETS -> constant(cc, CD_STRING);
            default -> {
                c.loadConstant(cc);
                if (boxed) interpStatic("num", CD_Double, CD_int);
            }
        }
    }

    private void tget(int next, Op op, int a, int b, int cc) {
        Label slow = c.newLabel(), store = c.newLabel();
        load(b);
        c.dup().astore(T1).instanceOf(CD_TABLE).ifeq(slow);
        c.aload(T1).checkcast(CD_TABLE);
        key(op, cc, false);
        switch (op) {
            case TGETV -> c.invokevirtual(CD_TABLE, "get", MethodTypeDesc.of(CD_Object, CD_Object));
            case TGETS -> c.invokevirtual(CD_TABLE, "getStr", MethodTypeDesc.of(CD_Object, CD_STRING));
            default -> c.invokevirtual(CD_TABLE, "getInt", MethodTypeDesc.of(CD_Object, CD_int));
        }
        c.dup().astore(T2).ifnonnull(store);
        c.aload(T1).checkcast(CD_TABLE).getfield(CD_TABLE, "metatable", CD_TABLE).ifnonnull(slow);
        c.labelBinding(store);
        slotAddr(a);
        c.aload(T2).aastore();
        slow(() -> {
            c.labelBinding(slow);
            slowInsn("indexInsn", next - 1);
        });
    }

    private void tset(int next, Op op, int a, int b, int cc) {
        Label slow = c.newLabel();
        if (op == Op.TSETV) setPc(next); // t[nil] / t[NaN] raise errors at this instruction
        load(b);
        c.dup().astore(T1).instanceOf(CD_TABLE).ifeq(slow);
        c.aload(T1).checkcast(CD_TABLE).getfield(CD_TABLE, "metatable", CD_TABLE).ifnonnull(slow);
        c.aload(T1).checkcast(CD_TABLE);
        key(op, cc, false);
        load(a);
        switch (op) {
            case TSETV -> c.invokevirtual(CD_TABLE, "set", MethodTypeDesc.of(CD_void, CD_Object, CD_Object));
            case TSETS -> c.invokevirtual(CD_TABLE, "setStr", MethodTypeDesc.of(CD_void, CD_STRING, CD_Object));
            default -> c.invokevirtual(CD_TABLE, "setInt", MethodTypeDesc.of(CD_void, CD_int, CD_Object));
        }
        slow(() -> {
            c.labelBinding(slow);
            slowInsn("newindexInsn", next - 1);
        });
    }

    /** FORL: x += step; continue while within the limit (as Interp: s >= 0 ? x <= l : x >= l). */
    private void forLoop(int p, int a, int body) {
        Label exit = at(p + 1), neg = c.newLabel(), cont = c.newLabel();
        load(a + 2);
        unbox();
        c.dstore(D2);
        load(a);
        unbox();
        c.dload(D2).dadd().dstore(D1);
        load(a + 1);
        unbox();
        c.dstore(D3);
        c.dload(D2).dconst_0().dcmpl().iflt(neg);
        c.dload(D1).dload(D3).dcmpg().ifgt(exit);
        c.goto_(cont);
        c.labelBinding(neg);
        c.dload(D1).dload(D3).dcmpl().iflt(exit);
        c.labelBinding(cont);
        c.dload(D1);
        box();
        c.astore(T1);
        slotAddr(a);
        c.aload(T1).aastore();
        slotAddr(a + 3);
        c.aload(T1).aastore();
        interruptCheck(body);
        c.goto_(at(body));
    }
}
