package org.jresty.jit;

import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.jresty.jit.JvmShapes.*;

import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.BitSet;
import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;
import org.jresty.lib.math.MathIntrinsic;

/**
 * Translates one prototype's LuaJIT bytecode into the body of a {@code Compiled.run(Interp, LuaThread, Frame)}
 * method (see docs/VM.md, "Compile tier"). Registers live in the Lua stack ({@code st[base + n]}), except that
 * numbers {@link NumFlow} finds cached stay in double locals and are boxed into the stack only where it can be
 * observed. Each instruction becomes its fast path with constant operands, and its slow path a call to the
 * interpreter's own slow path of that instruction ({@code Interp.arithInsn/indexInsn/newindexInsn/compareInsn/
 * equalInsn/unaryInsn}, which store {@code f.pc}). Calls and returns are left to the interpreter.
 */
final class ProtoCompiler extends RegisterCode {
    ProtoCompiler(Proto pt, int[] bounds, int region, boolean speculate) {
        super(pt, bounds, region, speculate);
    }

    // ============================================================================================ instructions

    @Override
    boolean instruction(int p, int ins) {
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
                Label after = c.newLabel();
                if (op == Op.CALL && (b == 2 || b == 3) && cc == 2) intrinsicCall(a, b - 1, after);
                c.aload(IN).aload(L).aload(F).loadConstant(p + 1).loadConstant(ins);
                interpCall(op == Op.ITERC ? "itercJit" : "callJit", CD_boolean, CD_THREAD, CD_FRAME, CD_int, CD_int);
                c.ifne(reload);
                reloadStack();
                checkLocalsWritten();
                c.labelBinding(after);
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

    /**
     * f(x) or f(x, y) with one result, where f may be a math builtin with an intrinsic of that many arguments
     * (MathIntrinsic) and the arguments numbers: computes it in place and jumps to after with the result in
     * register a; anything else falls through to the call. No frame is pushed: the function cannot fail on numbers,
     * call back, yield or allocate a GC object, and no hook is set while compiled code runs. The arguments start at
     * a + 1 (x64) or a + 2 (GC64: in.fsl).
     */
    private void intrinsicCall(int a, int nargs, Label after) {
        Label call = c.newLabel();
        for (int i = 0; i < nargs; i++) {
            c.aload(ST).iload(BASE).loadConstant(a + i).iadd().aload(IN).getfield(CD_INTERP, "fsl", CD_int).iadd();
            c.aaload().dup().astore(i == 0 ? T2 : TB).instanceOf(CD_Double).ifeq(call);
        }
        rawLoad(a);
        c.dup().astore(T1).instanceOf(CD_BUILTIN).ifeq(call);
        c.aload(T1).checkcast(CD_BUILTIN).getfield(CD_BUILTIN, "intrinsic", CD_int).dup().istore(I1);
        if (nargs == 1) {
            c.ifle(call).iload(I1).loadConstant(MathIntrinsic.TWO_ARGS).if_icmpge(call);
        } else {
            c.loadConstant(MathIntrinsic.TWO_ARGS).if_icmplt(call);
        }
        slotAddr(a);
        c.iload(I1).aload(T2);
        unbox();
        if (nargs == 1) {
            c.invokestatic(CD_MATH_INTRINSIC, "apply", MethodTypeDesc.of(CD_double, CD_int, CD_double));
        } else {
            c.aload(TB);
            unbox();
            c.invokestatic(CD_MATH_INTRINSIC, "apply2", MethodTypeDesc.of(CD_double, CD_int, CD_double, CD_double));
        }
        box();
        c.aastore();
        c.goto_(after);
        c.labelBinding(call);
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
        Label slow = c.newLabel(), store = c.newLabel(), notTable = op == Op.TGETS ? c.newLabel() : slow;
        slowInsn(slow, "indexInsn", p, a, false);
        load(b);
        c.dup().astore(T1).instanceOf(CD_TABLE).ifeq(notTable);
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
            c.goto_(store);
            // s:method(): a string's method from the string metatable's __index table, also without the slow path
            c.labelBinding(notTable);
            c.aload(T1).instanceOf(CD_STRING).ifeq(slow);
            c.aload(IN);
            constant(cc, CD_STRING);
            interpCall("getStrOfString", CD_Object, CD_STRING);
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
