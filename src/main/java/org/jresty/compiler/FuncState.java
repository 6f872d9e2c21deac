package org.jresty.compiler;

import static org.jresty.compiler.ExpDesc.*;

import org.jresty.bytecode.Op;
import org.jresty.runtime.LuaString;

/**
 * The state of one function being compiled and the bytecode emitter (LuaJIT's FuncState with the register
 * allocator, jump lists, constants and expression discharge of lj_parse.c).
 */
final class FuncState {
    static final int MAX_SLOTS = 250, MAX_LOCVAR = 200, MAX_UPVAL = 60, BCMAX_C = 0xff, BCMAX_B = 0xff,
            BCMAX_D = 0xffff, NO_REG = 0xff, MAX_BCINS = 1 << 26;
    // Opcode numbers used in arithmetic on opcodes.
    static final int ISLT = Op.ISLT.ordinal(), ISEQV = Op.ISEQV.ordinal(), ISEQS = Op.ISEQS.ordinal(),
            ISEQN = Op.ISEQN.ordinal(), ISEQP = Op.ISEQP.ordinal(), ISTC = Op.ISTC.ordinal(),
            ISFC = Op.ISFC.ordinal(), IST = Op.IST.ordinal(), ISF = Op.ISF.ordinal(), MOV = Op.MOV.ordinal(),
            NOT = Op.NOT.ordinal(), UNM = Op.UNM.ordinal(), LEN = Op.LEN.ordinal(), ADDVN = Op.ADDVN.ordinal(),
            ADDNV = Op.ADDNV.ordinal(), ADDVV = Op.ADDVV.ordinal(), POW = Op.POW.ordinal(), CAT = Op.CAT.ordinal(),
            OP_KSTR = Op.KSTR.ordinal(), OP_KCDATA = Op.KCDATA.ordinal(), KSHORT = Op.KSHORT.ordinal(),
            KNUM_OP = Op.KNUM.ordinal(), KPRI = Op.KPRI.ordinal(), KNIL_OP = Op.KNIL.ordinal(),
            UGET = Op.UGET.ordinal(), USETV = Op.USETV.ordinal(), USETS = Op.USETS.ordinal(),
            USETN = Op.USETN.ordinal(), USETP = Op.USETP.ordinal(), UCLO = Op.UCLO.ordinal(),
            GGET = Op.GGET.ordinal(), GSET = Op.GSET.ordinal(), TGETV = Op.TGETV.ordinal(),
            TGETS = Op.TGETS.ordinal(), TGETB = Op.TGETB.ordinal(), TSETV = Op.TSETV.ordinal(),
            TSETS = Op.TSETS.ordinal(), TSETB = Op.TSETB.ordinal(), JMP_OP = Op.JMP.ordinal();

    final ParserBase ps;
    FuncState prev;
    FuncScope bl;
    int pc;
    int lasttarget;
    int jpc = NO_JMP;
    int freereg;
    int nactvar;
    int linedefined;
    int[] bc = new int[64];
    int[] line = new int[64];
    int vbase;
    int flags;
    int numparams;
    int framesize = 1;
    int nuv;
    final int[] varmap = new int[MAX_LOCVAR + 1];
    final int[] uvmap = new int[MAX_UPVAL];
    final int[] uvtmp = new int[MAX_UPVAL];
    // Constants: numbers by value, GC objects by identity (interned strings are unique).
    ConstIndex kt = new ConstIndex();
    /** LuaJIT's fs->kt as a table whose size is simulated (only when someone asked for it). */
    TableBuilder ktSim;
    double[] knum = new double[8];
    int nkn;
    Object[] kgc = new Object[8];
    int nkgc;

    FuncState(ParserBase ps, FuncState prev) {
        this.ps = ps;
        this.prev = prev;
    }

    /** Makes a finished state (its prototype built) ready for another function, keeping its arrays. */
    void reset(FuncState newPrev) {
        prev = newPrev;
        bl = null;
        pc = 0;
        lasttarget = 0;
        jpc = NO_JMP;
        freereg = 0;
        nactvar = 0;
        linedefined = 0;
        vbase = 0;
        flags = 0;
        numparams = 0;
        framesize = 1;
        nuv = 0;
        if (nkn > 0 || nkgc > 0) kt = kt.cleared();
        java.util.Arrays.fill(kgc, 0, nkgc, null);
        nkn = 0;
        nkgc = 0;
    }

    // ---- errors ----

    void errLimit(int limit, String what) {
        if (linedefined == 0) {
            throw ps.ls.error(0, "main function has more than " + limit + " " + what);
        }
        throw ps.ls.error(0, "function at line " + linedefined + " has more than " + limit + " " + what);
    }

    // ---- constants ----

    int constNum(double n) {
        int i = kt.getNum(n);
        if (i >= 0) return i;
        if (nkn == knum.length) knum = java.util.Arrays.copyOf(knum, nkn * 2);
        knum[nkn] = n;
        kt.putNum(n, nkn);
        if (ktSim != null) ktSim.set(n, Boolean.TRUE);
        return nkn++;
    }

    int constNum(ExpDesc e) {
        return constNum(e.nval);
    }

    int constGC(Object o) {
        int i = kt.getGC(o);
        if (i >= 0) return i;
        if (nkgc == kgc.length) kgc = java.util.Arrays.copyOf(kgc, nkgc * 2);
        kgc[nkgc] = o;
        kt.putGC(o, nkgc);
        if (ktSim != null) ktSim.set(o, Boolean.TRUE);
        return nkgc++;
    }

    /** Adds a GC constant that is new by construction (child prototype, template table): no lookup needed. */
    int constNewGC(Object o) {
        if (ktSim != null) ktSim.set(o, Boolean.TRUE);
        if (nkgc == kgc.length) kgc = java.util.Arrays.copyOf(kgc, nkgc * 2);
        kgc[nkgc] = o;
        return nkgc++;
    }

    /** Replaces GC constant slot i (a finished template table) keeping its index. */
    void replaceGC(int i, Object o) {
        kgc[i] = o;
    }

    int constStr(ExpDesc e) {
        return constGC(e.sval);
    }

    /** The GC constant index of a string if it is already a constant, else -1 (for predict_next). */
    int findGC(Object o) {
        return kt.getGC(o);
    }

    int findStr(LuaString s) {
        return kt.getGC(s);
    }

    // ---- jump lists ----

    int jmpNext(int p) {
        int delta = (bc[p] >>> 16) - Op.JUMP_BIAS;
        return delta == NO_JMP ? NO_JMP : p + 1 + delta;
    }

    boolean jmpNovalue(int list) {
        for (; list != NO_JMP; list = jmpNext(list)) {
            int p = bc[list >= 1 ? list - 1 : list];
            int o = p & 0xff;
            if (!(o == ISTC || o == ISFC || Op.a(p) == NO_REG)) return true;
        }
        return false;
    }

    boolean jmpPatchTestReg(int p, int reg) {
        int ip = p >= 1 ? p - 1 : p;
        int ins = bc[ip];
        int o = ins & 0xff;
        if (o == ISTC || o == ISFC) {
            if (reg != NO_REG && reg != Op.d(ins)) {
                bc[ip] = setA(ins, reg);
            } else {
                bc[ip] = setA(setOp(ins, o + (IST - ISTC)), 0);
            }
        } else if (Op.a(ins) == NO_REG) {
            if (reg == NO_REG) {
                bc[ip] = aj(JMP_OP, Op.a(bc[p]), 0);
            } else {
                bc[ip] = setA(ins, reg);
                if (reg >= Op.a(bc[ip + 1])) bc[ip + 1] = setA(bc[ip + 1], reg + 1);
            }
        } else {
            return false;
        }
        return true;
    }

    void jmpDropVal(int list) {
        for (; list != NO_JMP; list = jmpNext(list)) jmpPatchTestReg(list, NO_REG);
    }

    void jmpPatchIns(int p, int dest) {
        int offset = dest - (p + 1) + Op.JUMP_BIAS;
        if (offset < 0 || offset > BCMAX_D) throw ps.ls.error(ps.ls.tok, "control structure too long");
        bc[p] = (bc[p] & 0xffff) | (offset << 16);
    }

    /** Appends list l2 to list l1 and returns the new head of l1. */
    int jmpAppend(int l1, int l2) {
        if (l2 == NO_JMP) return l1;
        if (l1 == NO_JMP) return l2;
        int list = l1;
        int next;
        while ((next = jmpNext(list)) != NO_JMP) list = next;
        jmpPatchIns(list, l2);
        return l1;
    }

    void jmpPatchVal(int list, int vtarget, int reg, int dtarget) {
        while (list != NO_JMP) {
            int next = jmpNext(list);
            if (jmpPatchTestReg(list, reg)) {
                jmpPatchIns(list, vtarget);
            } else {
                jmpPatchIns(list, dtarget);
            }
            list = next;
        }
    }

    void jmpToHere(int list) {
        lasttarget = pc;
        jpc = jmpAppend(jpc, list);
    }

    void jmpPatch(int list, int target) {
        if (target == pc) {
            jmpToHere(list);
        } else {
            jmpPatchVal(list, target, NO_REG, target);
        }
    }

    // ---- registers ----

    void regBump(int n) {
        int sz = freereg + n;
        if (sz > framesize) {
            if (sz >= MAX_SLOTS) throw ps.ls.error(ps.ls.tok, "function or expression too complex");
            framesize = sz;
        }
    }

    void regReserve(int n) {
        regBump(n);
        freereg += n;
    }

    void regFree(int reg) {
        if (reg >= nactvar) freereg--;
    }

    void exprFree(ExpDesc e) {
        if (e.k == NONRELOC) regFree(e.info);
    }

    // ---- emitter ----

    static int setA(int ins, int a) {
        return (ins & 0xffff00ff) | (a << 8);
    }

    static int setB(int ins, int b) {
        return (ins & 0x00ffffff) | (b << 24);
    }

    static int setC(int ins, int c) {
        return (ins & 0xff00ffff) | (c << 16);
    }

    static int setD(int ins, int d) {
        return (ins & 0xffff) | (d << 16);
    }

    static int setOp(int ins, int o) {
        return (ins & 0xffffff00) | o;
    }

    static int abc(int o, int a, int b, int c) {
        return o | (a << 8) | (b << 24) | (c << 16);
    }

    static int ad(int o, int a, int d) {
        return o | (a << 8) | (d << 16);
    }

    static int aj(int o, int a, int j) {
        return o | (a << 8) | (((j + Op.JUMP_BIAS) & 0xffff) << 16);
    }

    int emit(int ins) {
        int p = pc;
        jmpPatchVal(jpc, p, NO_REG, p);
        jpc = NO_JMP;
        if (p >= bc.length) {
            if (p >= MAX_BCINS) errLimit(MAX_BCINS, "bytecode instructions");
            bc = java.util.Arrays.copyOf(bc, p * 2);
            line = java.util.Arrays.copyOf(line, p * 2);
        }
        bc[p] = ins;
        line[p] = ps.ls.lastline;
        pc = p + 1;
        return p;
    }

    int emitABC(int o, int a, int b, int c) {
        return emit(abc(o, a, b, c));
    }

    int emitAD(int o, int a, int d) {
        return emit(ad(o, a, d));
    }

    int emitAJ(int o, int a, int j) {
        return emit(aj(o, a, j));
    }

    // ---- expressions to registers ----

    void discharge(ExpDesc e) {
        int ins;
        if (e.k == UPVAL) {
            ins = ad(UGET, 0, e.info);
        } else if (e.k == GLOBAL) {
            ins = ad(GGET, 0, constStr(e));
        } else if (e.k == INDEXED) {
            int rc = e.aux;
            if (rc < 0) {
                ins = abc(TGETS, 0, e.info, ~rc);
            } else if (rc > BCMAX_C) {
                ins = abc(TGETB, 0, e.info, rc - (BCMAX_C + 1));
            } else {
                regFree(rc);
                ins = abc(TGETV, 0, e.info, rc);
            }
            regFree(e.info);
        } else if (e.k == CALL) {
            e.info = e.aux;
            e.k = NONRELOC;
            return;
        } else if (e.k == LOCAL) {
            e.k = NONRELOC;
            return;
        } else {
            return;
        }
        e.info = emit(ins);
        e.k = RELOCABLE;
    }

    void emitNil(int from, int n) {
        if (pc > lasttarget) {
            int ip = pc - 1;
            int ins = bc[ip];
            int pfrom = Op.a(ins);
            int o = ins & 0xff;
            if (o == KPRI) {
                if (Op.d(ins) == KNIL) {
                    if (from == pfrom) {
                        if (n == 1) return;
                        bc[ip] = ad(KNIL_OP, from, from + n - 1);
                        return;
                    } else if (from == pfrom + 1) {
                        from = pfrom;
                        n++;
                        bc[ip] = ad(KNIL_OP, from, from + n - 1);
                        return;
                    }
                }
            } else if (o == KNIL_OP) {
                int pto = Op.d(ins);
                if (pfrom <= from && from <= pto + 1) {
                    if (from + n - 1 > pto) bc[ip] = setD(ins, from + n - 1);
                    return;
                }
            }
        }
        emit(n == 1 ? ad(KPRI, from, KNIL) : ad(KNIL_OP, from, from + n - 1));
    }

    void toRegNoBranch(ExpDesc e, int reg) {
        int ins;
        discharge(e);
        if (e.k == KSTR) {
            ins = ad(OP_KSTR, reg, constStr(e));
        } else if (e.k == ExpDesc.KNUM) {
            double n = e.nval;
            int k = num2int(n);
            if (k >= -32768 && k <= 32767 && n == (double) k) {
                ins = ad(KSHORT, reg, k & 0xffff);
            } else {
                ins = ad(KNUM_OP, reg, constNum(e));
            }
        } else if (e.k == KCDATA) {
            flags |= org.jresty.bytecode.Proto.FFI;
            ins = ad(OP_KCDATA, reg, constGC(e.cdata));
        } else if (e.k == RELOCABLE) {
            bc[e.info] = setA(bc[e.info], reg);
            e.info = reg;
            e.k = NONRELOC;
            return;
        } else if (e.k == NONRELOC) {
            if (reg == e.info) {
                e.k = NONRELOC;
                return;
            }
            ins = ad(MOV, reg, e.info);
        } else if (e.k == ExpDesc.KNIL) {
            emitNil(reg, 1);
            e.info = reg;
            e.k = NONRELOC;
            return;
        } else if (e.k <= KTRUE) {
            ins = ad(KPRI, reg, e.k);
        } else {
            return;  // VVOID or VJMP
        }
        emit(ins);
        e.info = reg;
        e.k = NONRELOC;
    }

    /** lj_num2int: the C cast of a double to int32 as x64 does it (out of range gives 0x80000000). */
    static int num2int(double n) {
        if (n >= -2147483648.0 && n < 2147483648.0) return (int) n;
        return Integer.MIN_VALUE;
    }

    void toReg(ExpDesc e, int reg) {
        toRegNoBranch(e, reg);
        if (e.k == JMP) e.t = jmpAppend(e.t, e.info);
        if (e.hasJump()) {
            int jend, jfalse = NO_JMP, jtrue = NO_JMP;
            if (jmpNovalue(e.t) || jmpNovalue(e.f)) {
                int jval = e.k == JMP ? NO_JMP : emitJmp();
                jfalse = emitAD(KPRI, reg, KFALSE);
                emitAJ(JMP_OP, freereg, 1);
                jtrue = emitAD(KPRI, reg, KTRUE);
                jmpToHere(jval);
            }
            jend = pc;
            lasttarget = jend;
            jmpPatchVal(e.f, jend, reg, jfalse);
            jmpPatchVal(e.t, jend, reg, jtrue);
        }
        e.f = e.t = NO_JMP;
        e.info = reg;
        e.k = NONRELOC;
    }

    void toNextReg(ExpDesc e) {
        discharge(e);
        exprFree(e);
        regReserve(1);
        toReg(e, freereg - 1);
    }

    int toAnyReg(ExpDesc e) {
        discharge(e);
        if (e.k == NONRELOC) {
            if (!e.hasJump()) return e.info;
            if (e.info >= nactvar) {
                toReg(e, e.info);
                return e.info;
            }
        }
        toNextReg(e);
        return e.info;
    }

    void toVal(ExpDesc e) {
        if (e.hasJump()) {
            toAnyReg(e);
        } else {
            discharge(e);
        }
    }

    void store(ExpDesc var, ExpDesc e) {
        int ins;
        if (var.k == LOCAL) {
            ps.vinfo[var.aux] |= ParserBase.VSTACK_VAR_RW;
            exprFree(e);
            toReg(e, var.info);
            return;
        } else if (var.k == UPVAL) {
            ps.vinfo[var.aux] |= ParserBase.VSTACK_VAR_RW;
            toVal(e);
            if (e.k <= KTRUE) {
                ins = ad(USETP, var.info, e.k);
            } else if (e.k == KSTR) {
                ins = ad(USETS, var.info, constStr(e));
            } else if (e.k == ExpDesc.KNUM) {
                ins = ad(USETN, var.info, constNum(e));
            } else {
                ins = ad(USETV, var.info, toAnyReg(e));
            }
        } else if (var.k == GLOBAL) {
            int ra = toAnyReg(e);
            ins = ad(GSET, ra, constStr(var));
        } else {
            int ra = toAnyReg(e);
            int rc = var.aux;
            if (rc < 0) {
                ins = abc(TSETS, ra, var.info, ~rc);
            } else if (rc > BCMAX_C) {
                ins = abc(TSETB, ra, var.info, rc - (BCMAX_C + 1));
            } else {
                ins = abc(TSETV, ra, var.info, rc);
            }
        }
        emit(ins);
        exprFree(e);
    }

    void method(ExpDesc e, ExpDesc key) {
        int obj = toAnyReg(e);
        exprFree(e);
        int func = freereg;
        int fr2 = ps.fr2;
        emitAD(MOV, func + 1 + fr2, obj);
        int idx = constStr(key);
        if (idx <= BCMAX_C) {
            regReserve(2 + fr2);
            emitABC(TGETS, func, obj, idx);
        } else {
            regReserve(3 + fr2);
            emitAD(OP_KSTR, func + 2 + fr2, idx);
            emitABC(TGETV, func, obj, func + 2 + fr2);
            freereg--;
        }
        e.info = func;
        e.k = NONRELOC;
    }

    // ---- branches ----

    int emitJmp() {
        int jp = jpc;
        int j = pc - 1;
        int ins = bc[j];
        jpc = NO_JMP;
        if (j >= lasttarget && (ins & 0xff) == UCLO) {
            bc[j] = (ins & 0xffff) | (((NO_JMP + Op.JUMP_BIAS) & 0xffff) << 16);
            lasttarget = j + 1;
        } else {
            j = emitAJ(JMP_OP, freereg, NO_JMP);
        }
        return jmpAppend(j, jp);
    }

    void invertCond(ExpDesc e) {
        int ip = e.info - 1;
        bc[ip] = bc[ip] ^ 1;
    }

    int emitBranch(ExpDesc e, boolean cond) {
        if (e.k == RELOCABLE) {
            int ins = bc[e.info];
            if ((ins & 0xff) == NOT) {
                bc[e.info] = ad(cond ? ISF : IST, 0, Op.d(ins));
                return emitJmp();
            }
        }
        if (e.k != NONRELOC) {
            regReserve(1);
            toRegNoBranch(e, freereg - 1);
        }
        emitAD(cond ? ISTC : ISFC, NO_REG, e.info);
        int p = emitJmp();
        exprFree(e);
        return p;
    }

    void branchT(ExpDesc e) {
        int p;
        discharge(e);
        if (e.k == KSTR || e.k == ExpDesc.KNUM || e.k == KTRUE) {
            p = NO_JMP;
        } else if (e.k == JMP) {
            invertCond(e);
            p = e.info;
        } else if (e.k == KFALSE || e.k == ExpDesc.KNIL) {
            toRegNoBranch(e, NO_REG);
            p = emitJmp();
        } else {
            p = emitBranch(e, false);
        }
        e.f = jmpAppend(e.f, p);
        jmpToHere(e.t);
        e.t = NO_JMP;
    }

    void branchF(ExpDesc e) {
        int p;
        discharge(e);
        if (e.k == ExpDesc.KNIL || e.k == KFALSE) {
            p = NO_JMP;
        } else if (e.k == JMP) {
            p = e.info;
        } else if (e.k == KSTR || e.k == ExpDesc.KNUM || e.k == KTRUE) {
            toRegNoBranch(e, NO_REG);
            p = emitJmp();
        } else {
            p = emitBranch(e, true);
        }
        e.t = jmpAppend(e.t, p);
        jmpToHere(e.f);
        e.f = NO_JMP;
    }

    // ---- operators ----

    static final int OPR_ADD = 0, OPR_SUB = 1, OPR_MUL = 2, OPR_DIV = 3, OPR_MOD = 4, OPR_POW = 5,
            OPR_CONCAT = 6, OPR_NE = 7, OPR_EQ = 8, OPR_LT = 9, OPR_GE = 10, OPR_LE = 11, OPR_GT = 12,
            OPR_AND = 13, OPR_OR = 14, OPR_NOBINOPR = 15;

    static double foldArith(int opr, double a, double b) {
        return switch (opr) {
            case OPR_ADD -> a + b;
            case OPR_SUB -> a - b;
            case OPR_MUL -> a * b;
            case OPR_DIV -> a / b;
            case OPR_MOD -> a - Math.floor(a / b) * b;
            default -> org.jresty.lib.math.Elementary.pow(a, b); // glibc pow, as the VM's ^
        };
    }

    private static boolean foldArith(int opr, ExpDesc e1, ExpDesc e2) {
        if (!e1.isNumKNoJump() || !e2.isNumKNoJump()) return false;
        double n = foldArith(opr, e1.nval, e2.nval);
        if (Double.isNaN(n) || (n == 0.0 && 1.0 / n < 0)) return false;
        e1.nval = n;
        return true;
    }

    void arith(int opr, ExpDesc e1, ExpDesc e2) {
        int rb, rc, t, op;
        if (foldArith(opr, e1, e2)) return;
        if (opr == OPR_POW) {
            op = POW;
            rc = toAnyReg(e2);
            rb = toAnyReg(e1);
        } else {
            op = opr - OPR_ADD + ADDVV;
            toVal(e2);
            if (e2.isNumK() && (rc = constNum(e2)) <= BCMAX_C) {
                op -= ADDVV - ADDVN;
            } else {
                rc = toAnyReg(e2);
            }
            toVal(e1);
            if (e1.isNumK() && !e2.isNumK() && (t = constNum(e1)) <= BCMAX_B) {
                rb = rc;
                rc = t;
                op -= ADDVV - ADDNV;
            } else {
                rb = toAnyReg(e1);
            }
        }
        if (e1.k == NONRELOC && e1.info >= nactvar) freereg--;
        if (e2.k == NONRELOC && e2.info >= nactvar) freereg--;
        e1.info = emitABC(op, 0, rb, rc);
        e1.k = RELOCABLE;
    }

    void comp(int opr, ExpDesc e1, ExpDesc e2) {
        ExpDesc eret = e1;
        int ins;
        toVal(e1);
        if (opr == OPR_EQ || opr == OPR_NE) {
            int op = opr == OPR_EQ ? ISEQV : ISEQV + 1;
            if (e1.isK()) {
                ExpDesc tmp = e1;
                e1 = e2;
                e2 = tmp;
            }
            int ra = toAnyReg(e1);
            toVal(e2);
            switch (e2.k) {
                case ExpDesc.KNIL, KFALSE, KTRUE -> ins = ad(op + (ISEQP - ISEQV), ra, e2.k);
                case KSTR -> ins = ad(op + (ISEQS - ISEQV), ra, constStr(e2));
                case ExpDesc.KNUM -> ins = ad(op + (ISEQN - ISEQV), ra, constNum(e2));
                default -> ins = ad(op, ra, toAnyReg(e2));
            }
        } else {
            int op = opr - OPR_LT + ISLT;
            int ra, rd;
            if (((op - ISLT) & 1) != 0) {
                ExpDesc tmp = e1;
                e1 = e2;
                e2 = tmp;
                op = ((op - ISLT) ^ 3) + ISLT;
                toVal(e1);
                ra = toAnyReg(e1);
                rd = toAnyReg(e2);
            } else {
                rd = toAnyReg(e2);
                ra = toAnyReg(e1);
            }
            ins = ad(op, ra, rd);
        }
        if (e1.k == NONRELOC && e1.info >= nactvar) freereg--;
        if (e2.k == NONRELOC && e2.info >= nactvar) freereg--;
        emit(ins);
        eret.info = emitJmp();
        eret.k = JMP;
    }

    void binopLeft(int op, ExpDesc e) {
        if (op == OPR_AND) {
            branchT(e);
        } else if (op == OPR_OR) {
            branchF(e);
        } else if (op == OPR_CONCAT) {
            toNextReg(e);
        } else if (op == OPR_EQ || op == OPR_NE) {
            if (!e.isKNoJump()) toAnyReg(e);
        } else {
            if (!e.isNumKNoJump()) toAnyReg(e);
        }
    }

    void binop(int op, ExpDesc e1, ExpDesc e2) {
        if (op <= OPR_POW) {
            arith(op, e1, e2);
        } else if (op == OPR_AND) {
            discharge(e2);
            e2.f = jmpAppend(e2.f, e1.f);
            e1.copyFrom(e2);
        } else if (op == OPR_OR) {
            discharge(e2);
            e2.t = jmpAppend(e2.t, e1.t);
            e1.copyFrom(e2);
        } else if (op == OPR_CONCAT) {
            toVal(e2);
            if (e2.k == RELOCABLE && (bc[e2.info] & 0xff) == CAT) {
                exprFree(e1);
                bc[e2.info] = setB(bc[e2.info], e1.info);
                e1.info = e2.info;
            } else {
                toNextReg(e2);
                exprFree(e2);
                exprFree(e1);
                e1.info = emitABC(CAT, 0, e1.info, e2.info);
            }
            e1.k = RELOCABLE;
        } else {
            comp(op, e1, e2);
        }
    }

    void unop(int op, ExpDesc e) {
        if (op == NOT) {
            int temp = e.f;
            e.f = e.t;
            e.t = temp;
            jmpDropVal(e.f);
            jmpDropVal(e.t);
            discharge(e);
            if (e.k == ExpDesc.KNIL || e.k == KFALSE) {
                e.k = KTRUE;
                return;
            } else if (e.isK() || e.k == KCDATA) {
                e.k = KFALSE;
                return;
            } else if (e.k == JMP) {
                invertCond(e);
                return;
            } else if (e.k == RELOCABLE) {
                regReserve(1);
                bc[e.info] = setA(bc[e.info], freereg - 1);
                e.info = freereg - 1;
                e.k = NONRELOC;
            }
        } else {
            if (op == UNM && !e.hasJump()) {
                if (e.k == KCDATA) {
                    e.cdata = ps.negate(e.cdata);
                    return;
                }
                if (e.isNumK() && !e.numIsZero()) {
                    e.nval = -e.nval;
                    return;
                }
            }
            toAnyReg(e);
        }
        exprFree(e);
        e.info = emitAD(op, 0, e.info);
        e.k = RELOCABLE;
    }
}
