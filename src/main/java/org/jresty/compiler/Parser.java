package org.jresty.compiler;

import static org.jresty.compiler.ExpDesc.*;
import static org.jresty.compiler.FuncState.*;

import java.util.Arrays;

import org.jresty.Mode;
import org.jresty.bytecode.CDataConst;
import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;
import org.jresty.bytecode.TemplateTable;
import org.jresty.bytecode.VarInfo;
import org.jresty.runtime.Interner;
import org.jresty.runtime.LuaString;

/**
 * The one-pass parser of lj_parse.c: statements and expressions, variables and upvalues, scopes, goto and
 * labels, and the finishing of prototypes.
 */
final class Parser {
    static final int VSTACK_VAR_RW = 0x01, VSTACK_GOTO = 0x02, VSTACK_LABEL = 0x04;
    static final int MAX_XLEVEL = 200;
    static final int MAX_VSTACK = 65536 - MAX_UPVAL;
    /** Name of break pseudo-gotos/labels. */
    private static final Object NAME_BREAK = new Object();
    /** Names of the hidden for-loop variables (their codes in dumps are 1..6). */
    static final String[] FIXED_NAMES = {
        null, "(for index)", "(for limit)", "(for step)", "(for generator)", "(for state)", "(for control)"
    };
    private static final Integer FOR_IDX = 1, FOR_STOP = 2, FOR_STEP = 3, FOR_GEN = 4, FOR_STATE = 5,
            FOR_CTL = 6;

    final Lexer ls;
    final int fr2;
    final Interner interner;
    final LuaString chunkname;
    FuncState fs;
    /** Told the size of each function's constant-lookup table (null: not simulated). */
    Compiler.ConstantTableListener ktListener;

    // The variable stack (LuaJIT's ls->vstack): locals, gotos and labels of all open functions.
    Object[] vname = new Object[64];
    int[] vstartpc = new int[64];
    int[] vendpc = new int[64];
    int[] vslot = new int[64];
    int[] vinfo = new int[64];
    int vtop;
    /** Active locals (of all open functions) by name hash: a zero count proves a name is global. */
    private final int[] activeByHash = new int[1024];

    private static final byte[] PAIRS = {'p', 'a', 'i', 'r', 's'}, NEXT = {'n', 'e', 'x', 't'};

    Parser(Lexer ls, Mode mode, Interner interner, LuaString chunkname) {
        this.ls = ls;
        this.fr2 = mode.fr2 ? 1 : 0;
        this.interner = interner;
        this.chunkname = chunkname;
    }

    /** lj_parse_keepstr/keepcdata: the lexer anchors o in the current function's constant-lookup table. */
    void keep(Object o) {
        if (fs != null && fs.ktSim != null) fs.ktSim.set(o, Boolean.TRUE);
        if (o instanceof CDataConst c && ktListener != null) ktListener.cdataLiteral(c);
    }

    CDataConst negate(CDataConst c) {
        if (c.kind() == CDataConst.Kind.COMPLEX) return CDataConst.complex(c.real(), -c.imag());
        return new CDataConst(c.kind(), -c.bits(), 0, 0);
    }

    // ---- errors ----

    private LuaSyntaxError errSyntax(String msg) {
        throw ls.error(ls.tok, msg);
    }

    private LuaSyntaxError errToken(int tok) {
        throw ls.error(ls.tok, "'" + Lexer.token2str(tok) + "' expected");
    }

    // ---- lexer support ----

    private boolean lexOpt(int tok) {
        if (ls.tok == tok) {
            ls.next();
            return true;
        }
        return false;
    }

    private void lexCheck(int tok) {
        if (ls.tok != tok) errToken(tok);
        ls.next();
    }

    private void lexMatch(int what, int who, int line) {
        if (!lexOpt(what)) {
            if (line == ls.linenumber) {
                errToken(what);
            } else {
                throw ls.error(ls.tok, "'" + Lexer.token2str(what) + "' expected (to close '"
                        + Lexer.token2str(who) + "' at line " + line + ")");
            }
        }
    }

    private LuaString lexStr() {
        if (ls.tok != Token.NAME && ls.tok != Token.GOTO) errToken(Token.NAME);
        LuaString s = (LuaString) ls.tokval;
        ls.next();
        return s;
    }

    // ---- variables ----

    private void vgrow() {
        if (vtop >= vname.length) {
            if (vname.length >= MAX_VSTACK) {
                throw ls.error(0, "chunk has more than " + MAX_VSTACK + " local variables");
            }
            int n = Math.min(vname.length * 2, MAX_VSTACK);
            vname = Arrays.copyOf(vname, n);
            vstartpc = Arrays.copyOf(vstartpc, n);
            vendpc = Arrays.copyOf(vendpc, n);
            vslot = Arrays.copyOf(vslot, n);
            vinfo = Arrays.copyOf(vinfo, n);
        }
    }

    private void varNew(int n, Object name) {
        FuncState f = fs;
        if (f.nactvar + n >= MAX_LOCVAR) f.errLimit(MAX_LOCVAR, "local variables");
        vgrow();
        vname[vtop] = name;
        f.varmap[f.nactvar + n] = vtop;
        vtop++;
    }

    private void varAdd(int nvars) {
        FuncState f = fs;
        int nactvar = f.nactvar;
        while (nvars-- > 0) {
            int v = f.varmap[nactvar];
            vstartpc[v] = f.pc;
            vslot[v] = nactvar++;
            vinfo[v] = 0;
            if (vname[v] instanceof LuaString s) activeByHash[s.hashCode() & 1023]++;
        }
        f.nactvar = nactvar;
    }

    private void varRemove(int tolevel) {
        FuncState f = fs;
        while (f.nactvar > tolevel) {
            int v = f.varmap[--f.nactvar];
            vendpc[v] = f.pc;
            if (vname[v] instanceof LuaString s) activeByHash[s.hashCode() & 1023]--;
        }
    }

    private static int varLookupLocal(Parser p, FuncState f, LuaString n) {
        for (int i = f.nactvar - 1; i >= 0; i--) {
            if (p.vname[f.varmap[i]] == n) return i;
        }
        return -1;
    }

    private int varLookupUv(FuncState f, int vidx, ExpDesc e) {
        int n = f.nuv;
        for (int i = 0; i < n; i++) {
            if (f.uvmap[i] == vidx) return i;
        }
        if (f.nuv >= MAX_UPVAL) f.errLimit(MAX_UPVAL, "upvalues");
        f.uvmap[n] = vidx;
        f.uvtmp[n] = e.k == LOCAL ? vidx : MAX_VSTACK + e.info;
        f.nuv = n + 1;
        return n;
    }

    private int varLookup(FuncState f, LuaString name, ExpDesc e, boolean first) {
        if (f != null) {
            int reg = varLookupLocal(this, f, name);
            if (reg >= 0) {
                e.init(LOCAL, reg);
                if (!first) uvMark(f, reg);
                return e.aux = f.varmap[reg];
            } else {
                int vidx = varLookup(f.prev, name, e, false);
                if (vidx >= 0) {
                    e.info = varLookupUv(f, vidx, e) & 0xff;
                    e.k = UPVAL;
                    return vidx;
                }
            }
        } else {
            e.init(GLOBAL, 0);
            e.sval = name;
        }
        return -1;
    }

    private void varLookup(ExpDesc e) {
        LuaString name = lexStr();
        if (activeByHash[name.hashCode() & 1023] == 0) {  // no local of that name anywhere: a global
            e.init(GLOBAL, 0);
            e.sval = name;
            return;
        }
        varLookup(fs, name, e, true);
    }

    // ---- goto and labels ----

    private int golaNew(Object name, int info, int pc) {
        vgrow();
        vname[vtop] = name;
        vstartpc[vtop] = pc;
        vslot[vtop] = fs.nactvar;
        vinfo[vtop] = info;
        return vtop++;
    }

    private void golaPatch(int vg, int vl) {
        FuncState f = fs;
        int pc = vstartpc[vg];
        vname[vg] = null;
        f.bc[pc] = setA(f.bc[pc], vslot[vl]);
        f.jmpPatch(pc, vstartpc[vl]);
    }

    private void golaClose(int vg) {
        FuncState f = fs;
        int pc = vstartpc[vg];
        int ins = setA(f.bc[pc], vslot[vg]);
        f.bc[pc] = ins;
        if ((ins & 0xff) == JMP_OP) {
            int next = f.jmpNext(pc);
            if (next != NO_JMP) f.jmpPatch(next, pc);
            ins = setOp(f.bc[pc], UCLO);
            f.bc[pc] = (ins & 0xffff) | (((NO_JMP + Op.JUMP_BIAS) & 0xffff) << 16);
        }
    }

    private void golaResolve(FuncScope bl, int idx) {
        for (int vg = bl.vstart; vg < idx; vg++) {
            if (vname[vg] == vname[idx] && (vinfo[vg] & VSTACK_GOTO) != 0) {
                if (vslot[vg] < vslot[idx]) {
                    Object name = vname[fs.varmap[vslot[vg]]];
                    ls.linenumber = fs.line[vstartpc[vg]];
                    throw ls.error(0, "<goto " + vname[vg] + "> jumps into the scope of local '" + name + "'");
                }
                golaPatch(vg, idx);
            }
        }
    }

    private void golaFixup(FuncScope bl) {
        int ve = vtop;
        for (int v = bl.vstart; v < ve; v++) {
            Object name = vname[v];
            if (name != null) {
                if ((vinfo[v] & VSTACK_LABEL) != 0) {
                    vname[v] = null;
                    for (int vg = v + 1; vg < ve; vg++) {
                        if (vname[vg] == name && (vinfo[vg] & VSTACK_GOTO) != 0) {
                            if ((bl.flags & FuncScope.UPVAL) != 0 && vslot[vg] > vslot[v]) golaClose(vg);
                            golaPatch(vg, v);
                        }
                    }
                } else if ((vinfo[v] & VSTACK_GOTO) != 0) {
                    if (bl.prev != null) {
                        bl.prev.flags |= name == NAME_BREAK ? FuncScope.BREAK : FuncScope.GOLA;
                        vslot[v] = bl.nactvar;
                        if ((bl.flags & FuncScope.UPVAL) != 0) golaClose(v);
                    } else {
                        ls.linenumber = fs.line[vstartpc[v]];
                        if (name == NAME_BREAK) throw ls.error(0, "no loop to break");
                        throw ls.error(0, "undefined label '" + name + "'");
                    }
                }
            }
        }
    }

    private int golaFindLabel(LuaString name) {
        for (int v = fs.bl.vstart; v < vtop; v++) {
            if (vname[v] == name && (vinfo[v] & VSTACK_LABEL) != 0) return v;
        }
        return -1;
    }

    // ---- scopes ----

    private void scopeBegin(FuncScope bl, int flags) {
        FuncState f = fs;
        bl.nactvar = f.nactvar;
        bl.flags = flags;
        bl.vstart = vtop;
        bl.prev = f.bl;
        f.bl = bl;
    }

    private void scopeEnd() {
        FuncState f = fs;
        FuncScope bl = f.bl;
        f.bl = bl.prev;
        varRemove(bl.nactvar);
        f.freereg = f.nactvar;
        if ((bl.flags & (FuncScope.UPVAL | FuncScope.NOCLOSE)) == FuncScope.UPVAL) {
            f.emitAJ(UCLO, bl.nactvar, 0);
        }
        if ((bl.flags & FuncScope.BREAK) != 0) {
            if ((bl.flags & FuncScope.LOOP) != 0) {
                int idx = golaNew(NAME_BREAK, VSTACK_LABEL, f.pc);
                vtop = idx;
                golaResolve(bl, idx);
            } else {
                golaFixup(bl);
                return;
            }
        }
        if ((bl.flags & FuncScope.GOLA) != 0) golaFixup(bl);
    }

    private static void uvMark(FuncState f, int level) {
        FuncScope bl = f.bl;
        while (bl != null && bl.nactvar > level) bl = bl.prev;
        if (bl != null) bl.flags |= FuncScope.UPVAL;
    }

    // ---- function state ----

    /** Finished function states by nesting depth, reused to avoid allocating their arrays per function. */
    private FuncState[] pool = new FuncState[8];
    private int depth;

    private FuncState fsInit() {
        if (depth == pool.length) pool = Arrays.copyOf(pool, depth * 2);
        FuncState f = pool[depth];
        if (f == null) {
            f = pool[depth] = new FuncState(this, fs);
        } else {
            f.reset(fs);
        }
        depth++;
        fs = f;
        f.vbase = vtop;
        f.ktSim = ktListener != null ? new TableBuilder(0, 0) : null;
        return f;
    }

    private static boolean isRet(int op) {
        return op == Op.CALLMT.ordinal() || op == Op.CALLT.ordinal() || op == Op.RETM.ordinal()
                || op == Op.RET.ordinal() || op == Op.RET0.ordinal() || op == Op.RET1.ordinal();
    }

    private void fixupRet() {
        FuncState f = fs;
        int lastpc = f.pc;
        if (lastpc <= f.lasttarget || !isRet(f.bc[lastpc - 1] & 0xff)) {
            if ((f.bl.flags & FuncScope.UPVAL) != 0) f.emitAJ(UCLO, 0, 0);
            f.emitAD(Op.RET0.ordinal(), 0, 1);
        }
        f.bl.flags |= FuncScope.NOCLOSE;
        scopeEnd();
        if ((f.flags & Proto.FIXUP_RETURN) != 0) {
            for (int pc = 1; pc < lastpc; pc++) {
                int ins = f.bc[pc];
                int op = ins & 0xff;
                if (isRet(op)) {
                    int offset = f.emit(ins);
                    f.line[offset] = f.line[pc];
                    offset = offset - (pc + 1) + Op.JUMP_BIAS;
                    if (offset > BCMAX_D) throw ls.error(ls.tok, "function too long for return fixup");
                    f.bc[pc] = ad(UCLO, 0, offset);
                } else if (op == Op.FNEW.ordinal()) {
                    return;
                }
            }
        }
    }

    private Proto fsFinish(int line) {
        FuncState f = fs;
        int numline = line - f.linedefined;
        fixupRet();
        if (f.nkn > BCMAX_D + 1) f.errLimit(BCMAX_D + 1, "constants");
        if (f.nkgc > BCMAX_D + 1) f.errLimit(BCMAX_D + 1, "constants");
        Proto pt = new Proto();
        pt.flags = f.flags & ~(Proto.HAS_RETURN | Proto.FIXUP_RETURN);
        pt.numparams = f.numparams;
        pt.framesize = f.framesize;
        pt.chunkname = chunkname;
        int n = f.pc;
        int[] bc = Arrays.copyOf(f.bc, n);
        bc[0] = ad((f.flags & Proto.VARARG) != 0 ? Op.FUNCV.ordinal() : Op.FUNCF.ordinal(), f.framesize, 0);
        pt.bc = bc;
        Object[] kgc = Arrays.copyOf(f.kgc, f.nkgc);
        for (Object o : kgc) {
            if (o instanceof Proto child) fixupUv2(child);
        }
        pt.kgc = kgc;
        pt.knum = Arrays.copyOf(f.knum, f.nkn);
        pt.uv = Arrays.copyOf(f.uvtmp, f.nuv);  // child: fixed up by the parent's fsFinish
        pt.firstline = f.linedefined;
        pt.numline = numline;
        int[] li = Arrays.copyOf(f.line, n);
        li[0] = f.linedefined;
        pt.lineinfo = li;
        String[] uvnames = new String[f.nuv];
        for (int i = 0; i < f.nuv; i++) uvnames[i] = nameOf(vname[f.uvmap[i]]);
        pt.uvnames = uvnames;
        int cnt = 0;
        for (int v = f.vbase; v < vtop; v++) {
            if ((vinfo[v] & (VSTACK_GOTO | VSTACK_LABEL)) == 0) cnt++;
        }
        VarInfo[] vi = new VarInfo[cnt];
        cnt = 0;
        for (int v = f.vbase; v < vtop; v++) {
            if ((vinfo[v] & (VSTACK_GOTO | VSTACK_LABEL)) == 0) {
                vi[cnt++] = new VarInfo(nameOf(vname[v]), vstartpc[v], vendpc[v]);
            }
        }
        pt.varinfo = vi;
        if (f.ktSim != null) ktListener.constantTable(pt, f.ktSim.asize, f.ktSim.hbits());
        vtop = f.vbase;
        fs = f.prev;
        depth--;
        return pt;
    }

    /** Java strings of variable names, made once per name. */
    private final java.util.HashMap<LuaString, String> nameStrings = new java.util.HashMap<>();

    private String nameOf(Object o) {
        if (o instanceof Integer code) return FIXED_NAMES[code];
        LuaString s = (LuaString) o;
        String j = nameStrings.get(s);
        if (j == null) {
            j = s.toString();
            nameStrings.put(s, j);
        }
        return j;
    }

    /** Turns a child's upvalue references to our variables into LuaJIT's descriptors. */
    private void fixupUv2(Proto child) {
        int[] uv = child.uv;
        for (int i = 0; i < uv.length; i++) {
            int vidx = uv[i];
            if (vidx >= MAX_VSTACK) {
                uv[i] = vidx - MAX_VSTACK;
            } else if ((vinfo[vidx] & VSTACK_VAR_RW) != 0) {
                uv[i] = vslot[vidx] | 0x8000;
            } else {
                uv[i] = vslot[vidx] | 0x8000 | 0x4000;
            }
        }
    }

    // ---- expressions ----

    private void exprStr(ExpDesc e) {
        e.init(KSTR, 0);
        e.sval = lexStr();
    }

    private void exprIndex(FuncState f, ExpDesc t, ExpDesc e) {
        t.k = INDEXED;
        if (e.isNumK()) {
            double n = e.nval;
            int k = num2int(n);
            if (k >= 0 && k <= 255 && n == (double) k) {
                t.aux = BCMAX_C + 1 + k;
                return;
            }
        } else if (e.isStrK()) {
            int idx = f.constStr(e);
            if (idx <= BCMAX_C) {
                t.aux = ~idx;
                return;
            }
        }
        t.aux = f.toAnyReg(e);
    }

    private void exprField(ExpDesc v) {
        FuncState f = fs;
        ExpDesc key = new ExpDesc();
        f.toAnyReg(v);
        ls.next();
        exprStr(key);
        exprIndex(f, v, key);
    }

    private void exprBracket(ExpDesc v) {
        ls.next();
        expr(v);
        fs.toVal(v);
        lexCheck(']');
    }

    private static Object kvalue(ExpDesc e) {
        if (e.k == ExpDesc.KNIL) return null;
        if (e.k == KFALSE) return Boolean.FALSE;
        if (e.k == KTRUE) return Boolean.TRUE;
        if (e.k == KSTR) return e.sval;
        return e.nval;
    }

    private static int hsize2hbits(int s) {
        return s == 0 ? 0 : s == 1 ? 1 : 1 + (31 - Integer.numberOfLeadingZeros(s - 1));
    }

    private void exprTable(ExpDesc e) {
        FuncState f = fs;
        int line = ls.linenumber;
        TableBuilder t = null;
        int tidx = -1;
        boolean vcall = false, needarr = false;
        int narr = 1;
        int nhash = 0;
        int freg = f.freereg;
        int pc = f.emitAD(Op.TNEW.ordinal(), freg, 0);
        e.init(NONRELOC, freg);
        f.regReserve(1);
        freg++;
        lexCheck('{');
        while (ls.tok != '}') {
            ExpDesc key = new ExpDesc(), val = new ExpDesc();
            vcall = false;
            if (ls.tok == '[') {
                exprBracket(key);
                if (!key.isK()) exprIndex(f, e, key);
                if (key.isNumK() && key.numIsZero()) needarr = true; else nhash++;
                lexCheck('=');
            } else if ((ls.tok == Token.NAME || ls.tok == Token.GOTO) && ls.lookahead() == '=') {
                exprStr(key);
                lexCheck('=');
                nhash++;
            } else {
                key.init(ExpDesc.KNUM, 0);
                key.nval = narr;
                narr++;
                needarr = vcall = true;
            }
            expr(val);
            boolean nonconst;
            if (key.isK() && key.k != ExpDesc.KNIL && (key.k == KSTR || val.isKNoJump())) {
                if (t == null) {
                    t = new TableBuilder(needarr ? narr : 0, hsize2hbits(nhash));
                    tidx = f.constNewGC(t);
                    f.bc[pc] = ad(Op.TDUP.ordinal(), freg - 1, tidx);
                }
                vcall = false;
                if (val.isKNoJump()) {
                    t.set(kvalue(key), kvalue(val));
                    nonconst = false;
                } else {
                    t.set(kvalue(key), TableBuilder.DUMMY);
                    nonconst = true;
                }
            } else {
                nonconst = true;
            }
            if (nonconst) {
                if (val.k != CALL) {
                    f.toAnyReg(val);
                    vcall = false;
                }
                if (key.isK()) exprIndex(f, e, key);
                f.store(e, val);
            }
            f.freereg = freg;
            if (!lexOpt(',') && !lexOpt(';')) break;
        }
        lexMatch('}', '{', line);
        if (vcall) {
            int ip = f.pc - 1;
            double en = 4503599627370496.0 + (narr - 1);  // biased integer, as LuaJIT encodes it
            if (narr > 256) {
                f.pc--;
                ip--;
            }
            f.bc[ip] = ad(Op.TSETM.ordinal(), freg, f.constNum(en));
            f.bc[ip - 1] = setB(f.bc[ip - 1], 0);
        }
        if (pc == f.pc - 1) {
            e.info = pc;
            f.freereg--;
            e.k = RELOCABLE;
        } else {
            e.k = NONRELOC;
        }
        if (t == null) {
            if (!needarr) narr = 0;
            else if (narr < 3) narr = 3;
            else if (narr > 0x7ff) narr = 0x7ff;
            f.bc[pc] = setD(f.bc[pc], narr | (hsize2hbits(nhash) << 11));
        } else {
            if (needarr && t.asize < narr) t.resizeArray(narr);
            TemplateTable built = t.build();
            f.replaceGC(tidx, built);
            if (ktListener != null) ktListener.templateTable(built, t.colo, t.separateSlots());
        }
    }

    private int parseParams(boolean needself) {
        FuncState f = fs;
        int nparams = 0;
        lexCheck('(');
        if (needself) {
            LuaString self = interner.intern("self");  // interned when needed, as LuaJIT
            keep(self);
            varNew(nparams++, self);
        }
        if (ls.tok != ')') {
            do {
                if (ls.tok == Token.NAME || ls.tok == Token.GOTO) {
                    varNew(nparams++, lexStr());
                } else if (ls.tok == Token.DOTS) {
                    ls.next();
                    f.flags |= Proto.VARARG;
                    break;
                } else {
                    errSyntax("<name> or '...' expected");
                }
            } while (lexOpt(','));
        }
        varAdd(nparams);
        f.regReserve(nparams);
        lexCheck(')');
        return nparams;
    }

    private void parseBody(ExpDesc e, boolean needself, int line) {
        FuncState pfs = fs;
        FuncState f = fsInit();
        FuncScope bl = new FuncScope();
        scopeBegin(bl, 0);
        f.linedefined = line;
        f.numparams = parseParams(needself);
        f.emitAD(Op.FUNCF.ordinal(), 0, 0);
        parseChunk();
        if (ls.tok != Token.END) lexMatch(Token.END, Token.FUNCTION, line);
        Proto pt = fsFinish(ls.lastline = ls.linenumber);
        e.init(RELOCABLE, pfs.emitAD(Op.FNEW.ordinal(), 0, pfs.constNewGC(pt)));
        pfs.flags |= f.flags & Proto.FFI;
        if ((pfs.flags & Proto.CHILD) == 0) {
            if ((pfs.flags & Proto.HAS_RETURN) != 0) pfs.flags |= Proto.FIXUP_RETURN;
            pfs.flags |= Proto.CHILD;
        }
        ls.next();
    }

    private int exprList(ExpDesc v) {
        int n = 1;
        expr(v);
        while (lexOpt(',')) {
            fs.toNextReg(v);
            expr(v);
            n++;
        }
        return n;
    }

    private void parseArgs(ExpDesc e) {
        FuncState f = fs;
        ExpDesc args = new ExpDesc();
        int ins;
        int line = ls.linenumber;
        if (ls.tok == '(') {
            if (line != ls.lastline) errSyntax("ambiguous syntax (function call x new statement)");
            ls.next();
            if (ls.tok == ')') {
                args.k = VOID;
            } else {
                exprList(args);
                if (args.k == CALL) f.bc[args.info] = setB(f.bc[args.info], 0);
            }
            lexMatch(')', '(', line);
        } else if (ls.tok == '{') {
            exprTable(args);
        } else if (ls.tok == Token.STRING) {
            args.init(KSTR, 0);
            args.sval = (LuaString) ls.tokval;
            ls.next();
        } else {
            throw errSyntax("function arguments expected");
        }
        int base = e.info;
        if (args.k == CALL) {
            ins = abc(Op.CALLM.ordinal(), base, 2, args.aux - base - 1 - fr2);
        } else {
            if (args.k != VOID) f.toNextReg(args);
            ins = abc(Op.CALL.ordinal(), base, 2, f.freereg - base - fr2);
        }
        e.init(CALL, f.emit(ins));
        e.aux = base;
        f.line[f.pc - 1] = line;
        f.freereg = base + 1;
    }

    private void exprPrimary(ExpDesc v) {
        FuncState f = fs;
        if (ls.tok == '(') {
            int line = ls.linenumber;
            ls.next();
            expr(v);
            lexMatch(')', '(', line);
            fs.discharge(v);
        } else if (ls.tok == Token.NAME || ls.tok == Token.GOTO) {
            varLookup(v);
        } else {
            errSyntax("unexpected symbol");
        }
        for (;;) {
            if (ls.tok == '.') {
                exprField(v);
            } else if (ls.tok == '[') {
                ExpDesc key = new ExpDesc();
                f.toAnyReg(v);
                exprBracket(key);
                exprIndex(f, v, key);
            } else if (ls.tok == ':') {
                ExpDesc key = new ExpDesc();
                ls.next();
                exprStr(key);
                f.method(v, key);
                parseArgs(v);
            } else if (ls.tok == '(' || ls.tok == Token.STRING || ls.tok == '{') {
                f.toNextReg(v);
                if (fr2 != 0) f.regReserve(1);
                parseArgs(v);
            } else {
                break;
            }
        }
    }

    private void exprSimple(ExpDesc v) {
        switch (ls.tok) {
            case Token.NUMBER -> {
                if (ls.tokval instanceof CDataConst cd) {
                    v.init(KCDATA, 0);
                    v.cdata = cd;
                } else {
                    v.init(ExpDesc.KNUM, 0);
                    v.nval = ls.tokNum;
                }
            }
            case Token.STRING -> {
                v.init(KSTR, 0);
                v.sval = (LuaString) ls.tokval;
            }
            case Token.NIL -> v.init(ExpDesc.KNIL, 0);
            case Token.TRUE -> v.init(KTRUE, 0);
            case Token.FALSE -> v.init(KFALSE, 0);
            case Token.DOTS -> {
                FuncState f = fs;
                if ((f.flags & Proto.VARARG) == 0) errSyntax("cannot use '...' outside a vararg function");
                f.regReserve(1);
                int base = f.freereg - 1;
                v.init(CALL, f.emitABC(Op.VARG.ordinal(), base, 2, f.numparams));
                v.aux = base;
            }
            case '{' -> {
                exprTable(v);
                return;
            }
            case Token.FUNCTION -> {
                ls.next();
                parseBody(v, false, ls.linenumber);
                return;
            }
            default -> {
                exprPrimary(v);
                return;
            }
        }
        ls.next();
    }

    private void synlevelBegin() {
        if (++ls.level >= MAX_XLEVEL) throw ls.error(0, "chunk has too many syntax levels");
    }

    private static int token2binop(int tok) {
        return switch (tok) {
            case '+' -> OPR_ADD;
            case '-' -> OPR_SUB;
            case '*' -> OPR_MUL;
            case '/' -> OPR_DIV;
            case '%' -> OPR_MOD;
            case '^' -> OPR_POW;
            case Token.CONCAT -> OPR_CONCAT;
            case Token.NE -> OPR_NE;
            case Token.EQ -> OPR_EQ;
            case '<' -> OPR_LT;
            case Token.LE -> OPR_LE;
            case '>' -> OPR_GT;
            case Token.GE -> OPR_GE;
            case Token.AND -> OPR_AND;
            case Token.OR -> OPR_OR;
            default -> OPR_NOBINOPR;
        };
    }

    private static final int[] LEFT_PRI = {6, 6, 7, 7, 7, 10, 5, 3, 3, 3, 3, 3, 3, 2, 1};
    private static final int[] RIGHT_PRI = {6, 6, 7, 7, 7, 9, 4, 3, 3, 3, 3, 3, 3, 2, 1};
    private static final int UNARY_PRIORITY = 8;

    private void exprUnop(ExpDesc v) {
        int op;
        if (ls.tok == Token.NOT) {
            op = NOT;
        } else if (ls.tok == '-') {
            op = UNM;
        } else if (ls.tok == '#') {
            op = LEN;
        } else {
            exprSimple(v);
            return;
        }
        ls.next();
        exprBinop(v, UNARY_PRIORITY);
        fs.unop(op, v);
    }

    private int exprBinop(ExpDesc v, int limit) {
        synlevelBegin();
        exprUnop(v);
        int op = token2binop(ls.tok);
        while (op != OPR_NOBINOPR && LEFT_PRI[op] > limit) {
            ExpDesc v2 = new ExpDesc();
            ls.next();
            fs.binopLeft(op, v);
            int nextop = exprBinop(v2, RIGHT_PRI[op]);
            fs.binop(op, v, v2);
            op = nextop;
        }
        ls.level--;
        return op;
    }

    private void expr(ExpDesc v) {
        exprBinop(v, 0);
    }

    private void exprNext() {
        ExpDesc e = new ExpDesc();
        expr(e);
        fs.toNextReg(e);
    }

    private int exprCond() {
        ExpDesc v = new ExpDesc();
        expr(v);
        if (v.k == ExpDesc.KNIL) v.k = KFALSE;
        fs.branchT(v);
        return v.f;
    }

    // ---- assignments ----

    /** A left-hand side variable of an assignment, linked to the previous one. */
    private static final class LHS {
        final ExpDesc v = new ExpDesc();
        LHS prev;
    }

    private void assignHazard(LHS lh, ExpDesc v) {
        FuncState f = fs;
        int reg = v.info;
        int tmp = f.freereg;
        boolean hazard = false;
        for (; lh != null; lh = lh.prev) {
            if (lh.v.k == INDEXED) {
                if (lh.v.info == reg) {
                    hazard = true;
                    lh.v.info = tmp;
                }
                if (lh.v.aux == reg) {
                    hazard = true;
                    lh.v.aux = tmp;
                }
            }
        }
        if (hazard) {
            f.emitAD(MOV, tmp, reg);
            f.regReserve(1);
        }
    }

    private void assignAdjust(int nvars, int nexps, ExpDesc e) {
        FuncState f = fs;
        int extra = nvars - nexps;
        if (e.k == CALL) {
            extra++;
            if (extra < 0) extra = 0;
            f.bc[e.info] = setB(f.bc[e.info], extra + 1);
            if (extra > 1) f.regReserve(extra - 1);
        } else {
            if (e.k != VOID) f.toNextReg(e);
            if (extra > 0) {
                int reg = f.freereg;
                f.regReserve(extra);
                f.emitNil(reg, extra);
            }
        }
        if (nexps > nvars) f.freereg -= nexps - nvars;
    }

    private void parseAssignment(LHS lh, int nvars) {
        ExpDesc e = new ExpDesc();
        if (!(LOCAL <= lh.v.k && lh.v.k <= INDEXED)) errSyntax("syntax error");
        if (lexOpt(',')) {
            LHS vl = new LHS();
            vl.prev = lh;
            exprPrimary(vl.v);
            if (vl.v.k == LOCAL) assignHazard(lh, vl.v);
            if (ls.level + nvars >= MAX_XLEVEL) fs.errLimit(MAX_XLEVEL, "variable names");
            parseAssignment(vl, nvars + 1);
        } else {
            lexCheck('=');
            int nexps = exprList(e);
            if (nexps == nvars) {
                if (e.k == CALL) {
                    if ((fs.bc[e.info] & 0xff) == Op.VARG.ordinal()) {
                        fs.freereg--;
                        e.k = RELOCABLE;
                    } else {
                        e.info = e.aux;
                        e.k = NONRELOC;
                    }
                }
                fs.store(lh.v, e);
                return;
            }
            assignAdjust(nvars, nexps, e);
        }
        e.init(NONRELOC, fs.freereg - 1);
        fs.store(lh.v, e);
    }

    private void parseCallAssign() {
        FuncState f = fs;
        LHS vl = new LHS();
        exprPrimary(vl.v);
        if (vl.v.k == CALL) {
            f.bc[vl.v.info] = setB(f.bc[vl.v.info], 1);
        } else {
            parseAssignment(vl, 1);
        }
    }

    private void parseLocal() {
        if (lexOpt(Token.FUNCTION)) {
            ExpDesc v = new ExpDesc(), b = new ExpDesc();
            FuncState f = fs;
            varNew(0, lexStr());
            v.init(LOCAL, f.freereg);
            v.aux = f.varmap[f.freereg];
            f.regReserve(1);
            varAdd(1);
            parseBody(b, false, ls.linenumber);
            f.exprFree(b);
            f.toReg(b, v.info);
            vstartpc[f.varmap[f.nactvar - 1]] = f.pc;
        } else {
            ExpDesc e = new ExpDesc();
            int nexps, nvars = 0;
            do {
                varNew(nvars++, lexStr());
            } while (lexOpt(','));
            if (lexOpt('=')) {
                nexps = exprList(e);
            } else {
                e.k = VOID;
                nexps = 0;
            }
            assignAdjust(nvars, nexps, e);
            varAdd(nvars);
        }
    }

    private void parseFunc(int line) {
        ExpDesc v = new ExpDesc(), b = new ExpDesc();
        boolean needself = false;
        ls.next();
        varLookup(v);
        while (ls.tok == '.') exprField(v);
        if (ls.tok == ':') {
            needself = true;
            exprField(v);
        }
        parseBody(b, needself, line);
        FuncState f = fs;
        f.store(v, b);
        f.line[f.pc - 1] = line;
    }

    // ---- control statements ----

    private static boolean isEnd(int tok) {
        return tok == Token.ELSE || tok == Token.ELSEIF || tok == Token.END || tok == Token.UNTIL
                || tok == Token.EOF;
    }

    private void parseReturn() {
        int ins;
        FuncState f = fs;
        ls.next();
        f.flags |= Proto.HAS_RETURN;
        if (isEnd(ls.tok) || ls.tok == ';') {
            ins = ad(Op.RET0.ordinal(), 0, 1);
        } else {
            ExpDesc e = new ExpDesc();
            int nret = exprList(e);
            if (nret == 1) {
                if (e.k == CALL) {
                    int ip = f.bc[e.info];
                    if ((ip & 0xff) == Op.VARG.ordinal()) {
                        f.bc[e.info] = setB(f.bc[e.info], 0);
                        ins = ad(Op.RETM.ordinal(), f.nactvar, e.aux - f.nactvar);
                    } else {
                        f.pc--;
                        ins = ad((ip & 0xff) - Op.CALL.ordinal() + Op.CALLT.ordinal(), Op.a(ip), Op.c(ip));
                    }
                } else {
                    ins = ad(Op.RET1.ordinal(), f.toAnyReg(e), 2);
                }
            } else {
                if (e.k == CALL) {
                    f.bc[e.info] = setB(f.bc[e.info], 0);
                    ins = ad(Op.RETM.ordinal(), f.nactvar, e.aux - f.nactvar);
                } else {
                    f.toNextReg(e);
                    ins = ad(Op.RET.ordinal(), f.nactvar, nret + 1);
                }
            }
        }
        if ((f.flags & Proto.CHILD) != 0) f.emitAJ(UCLO, 0, 0);
        f.emit(ins);
    }

    private void parseBreak() {
        fs.bl.flags |= FuncScope.BREAK;
        golaNew(NAME_BREAK, VSTACK_GOTO, fs.emitJmp());
    }

    private void parseGoto() {
        FuncState f = fs;
        LuaString name = lexStr();
        int vl = golaFindLabel(name);
        if (vl >= 0) f.emitAJ(Op.LOOP.ordinal(), vslot[vl], -1);
        f.bl.flags |= FuncScope.GOLA;
        golaNew(name, VSTACK_GOTO, f.emitJmp());
    }

    private void parseLabel() {
        FuncState f = fs;
        f.lasttarget = f.pc;
        f.bl.flags |= FuncScope.GOLA;
        ls.next();
        LuaString name = lexStr();
        if (golaFindLabel(name) >= 0) throw ls.error(0, "duplicate label '" + name + "'");
        int idx = golaNew(name, VSTACK_LABEL, f.pc);
        lexCheck(Token.LABEL);
        for (;;) {
            if (ls.tok == Token.LABEL) {
                synlevelBegin();
                parseLabel();
                ls.level--;
            } else {
                break;
            }
        }
        if (isEnd(ls.tok) && ls.tok != Token.UNTIL) vslot[idx] = f.bl.nactvar;
        golaResolve(f.bl, idx);
    }

    private void parseBlock() {
        FuncScope bl = new FuncScope();
        scopeBegin(bl, 0);
        parseChunk();
        scopeEnd();
    }

    private void parseWhile(int line) {
        FuncState f = fs;
        FuncScope bl = new FuncScope();
        ls.next();
        int start = f.lasttarget = f.pc;
        int condexit = exprCond();
        scopeBegin(bl, FuncScope.LOOP);
        lexCheck(Token.DO);
        int loop = f.emitAD(Op.LOOP.ordinal(), f.nactvar, 0);
        parseBlock();
        f.jmpPatch(f.emitJmp(), start);
        lexMatch(Token.END, Token.WHILE, line);
        scopeEnd();
        f.jmpToHere(condexit);
        f.jmpPatchIns(loop, f.pc);
    }

    private void parseRepeat(int line) {
        FuncState f = fs;
        int loop = f.lasttarget = f.pc;
        FuncScope bl1 = new FuncScope(), bl2 = new FuncScope();
        scopeBegin(bl1, FuncScope.LOOP);
        scopeBegin(bl2, 0);
        ls.next();
        f.emitAD(Op.LOOP.ordinal(), f.nactvar, 0);
        parseChunk();
        lexMatch(Token.UNTIL, Token.REPEAT, line);
        int condexit = exprCond();
        if ((bl2.flags & FuncScope.UPVAL) == 0) {
            scopeEnd();
        } else {
            parseBreak();
            f.jmpToHere(condexit);
            scopeEnd();
            condexit = f.emitJmp();
        }
        f.jmpPatch(condexit, loop);
        f.jmpPatchIns(loop, f.pc);
        scopeEnd();
    }

    private void parseForNum(LuaString varname, int line) {
        FuncState f = fs;
        int base = f.freereg;
        FuncScope bl = new FuncScope();
        varNew(0, FOR_IDX);
        varNew(1, FOR_STOP);
        varNew(2, FOR_STEP);
        varNew(3, varname);
        lexCheck('=');
        exprNext();
        lexCheck(',');
        exprNext();
        if (lexOpt(',')) {
            exprNext();
        } else {
            f.emitAD(KSHORT, f.freereg, 1);
            f.regReserve(1);
        }
        varAdd(3);
        lexCheck(Token.DO);
        int loop = f.emitAJ(Op.FORI.ordinal(), base, NO_JMP);
        scopeBegin(bl, 0);
        varAdd(1);
        f.regReserve(1);
        parseBlock();
        scopeEnd();
        int loopend = f.emitAJ(Op.FORL.ordinal(), base, NO_JMP);
        f.line[loopend] = line;
        f.jmpPatchIns(loopend, loop + 1);
        f.jmpPatchIns(loop, f.pc);
    }

    private boolean predictNext(FuncState f, int pc) {
        if (pc >= f.pc) return false;
        int ins = f.bc[pc];
        Object name;
        int op = ins & 0xff;
        if (op == MOV) {
            if (Op.d(ins) >= f.nactvar) return false;
            name = vname[f.varmap[Op.d(ins)]];
        } else if (op == UGET) {
            name = vname[f.uvmap[Op.d(ins)]];
        } else if (op == GGET) {
            // LuaJIT creates these strings here (lj_str_newlit), "next" only if "pairs" did not match
            int d = Op.d(ins);
            return f.findStr(interner.intern(PAIRS)) == d || f.findStr(interner.intern(NEXT)) == d;
        } else {
            return false;
        }
        return name instanceof LuaString s
                && (s.contentEquals(PAIRS, 0, PAIRS.length) || s.contentEquals(NEXT, 0, NEXT.length));
    }

    private void parseForIter(LuaString indexname) {
        FuncState f = fs;
        ExpDesc e = new ExpDesc();
        int nvars = 0;
        int base = f.freereg + 3;
        int exprpc = f.pc;
        FuncScope bl = new FuncScope();
        varNew(nvars++, FOR_GEN);
        varNew(nvars++, FOR_STATE);
        varNew(nvars++, FOR_CTL);
        varNew(nvars++, indexname);
        while (lexOpt(',')) varNew(nvars++, lexStr());
        lexCheck(Token.IN);
        int line = ls.linenumber;
        assignAdjust(3, exprList(e), e);
        f.regBump(3 + fr2);
        boolean isnext = nvars <= 5 && predictNext(f, exprpc);
        varAdd(3);
        lexCheck(Token.DO);
        int loop = f.emitAJ(isnext ? Op.ISNEXT.ordinal() : JMP_OP, base, NO_JMP);
        scopeBegin(bl, 0);
        varAdd(nvars - 3);
        f.regReserve(nvars - 3);
        parseBlock();
        scopeEnd();
        f.jmpPatchIns(loop, f.pc);
        f.emitABC(isnext ? Op.ITERN.ordinal() : Op.ITERC.ordinal(), base, nvars - 3 + 1, 2 + 1);
        int loopend = f.emitAJ(Op.ITERL.ordinal(), base, NO_JMP);
        f.line[loopend - 1] = line;
        f.line[loopend] = line;
        f.jmpPatchIns(loopend, loop + 1);
    }

    private void parseFor(int line) {
        FuncScope bl = new FuncScope();
        scopeBegin(bl, FuncScope.LOOP);
        ls.next();
        LuaString varname = lexStr();
        if (ls.tok == '=') {
            parseForNum(varname, line);
        } else if (ls.tok == ',' || ls.tok == Token.IN) {
            parseForIter(varname);
        } else {
            errSyntax("'=' or 'in' expected");
        }
        lexMatch(Token.END, Token.FOR, line);
        scopeEnd();
    }

    private int parseThen() {
        ls.next();
        int condexit = exprCond();
        lexCheck(Token.THEN);
        parseBlock();
        return condexit;
    }

    private void parseIf(int line) {
        FuncState f = fs;
        int escapelist = NO_JMP;
        int flist = parseThen();
        while (ls.tok == Token.ELSEIF) {
            escapelist = f.jmpAppend(escapelist, f.emitJmp());
            f.jmpToHere(flist);
            flist = parseThen();
        }
        if (ls.tok == Token.ELSE) {
            escapelist = f.jmpAppend(escapelist, f.emitJmp());
            f.jmpToHere(flist);
            ls.next();
            parseBlock();
        } else {
            escapelist = f.jmpAppend(escapelist, flist);
        }
        f.jmpToHere(escapelist);
        lexMatch(Token.END, Token.IF, line);
    }

    private boolean parseStmt() {
        int line = ls.linenumber;
        switch (ls.tok) {
            case Token.IF -> parseIf(line);
            case Token.WHILE -> parseWhile(line);
            case Token.DO -> {
                ls.next();
                parseBlock();
                lexMatch(Token.END, Token.DO, line);
            }
            case Token.FOR -> parseFor(line);
            case Token.REPEAT -> parseRepeat(line);
            case Token.FUNCTION -> parseFunc(line);
            case Token.LOCAL -> {
                ls.next();
                parseLocal();
            }
            case Token.RETURN -> {
                parseReturn();
                return true;
            }
            case Token.BREAK -> {
                ls.next();
                parseBreak();
                return true;
            }
            case Token.LABEL -> parseLabel();
            case Token.GOTO -> {
                if (ls.lookahead() == Token.NAME) {
                    ls.next();
                    parseGoto();
                } else {
                    parseCallAssign();
                }
            }
            default -> parseCallAssign();
        }
        return false;
    }

    private void parseChunk() {
        boolean islast = false;
        synlevelBegin();
        while (!islast && !isEnd(ls.tok)) {
            islast = parseStmt();
            lexOpt(';');
            fs.freereg = fs.nactvar;
        }
        ls.level--;
    }

    /** lj_parse: the main chunk. */
    Proto parse() {
        FuncState f = fsInit();
        f.linedefined = 0;
        f.flags |= Proto.VARARG;
        FuncScope bl = new FuncScope();
        scopeBegin(bl, 0);
        f.emitAD(Op.FUNCV.ordinal(), 0, 0);
        ls.next();
        parseChunk();
        if (ls.tok != Token.EOF) errToken(Token.EOF);
        return fsFinish(ls.linenumber);
    }
}
