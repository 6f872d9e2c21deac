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
 * The parser's state and bookkeeping (lj_parse.c): errors, token checks, the variable stack with locals,
 * upvalues, gotos and labels, block scopes, and the start and finish of each function's prototype.
 */
abstract class ParserBase {
    static final int VSTACK_VAR_RW = 0x01, VSTACK_GOTO = 0x02, VSTACK_LABEL = 0x04;
    static final int MAX_XLEVEL = 200;
    static final int MAX_VSTACK = 65536 - MAX_UPVAL;
    /** Name of break pseudo-gotos/labels. */
    static final Object NAME_BREAK = new Object();
    /** Names of the hidden for-loop variables (their codes in dumps are 1..6). */
    static final String[] FIXED_NAMES = {
        null, "(for index)", "(for limit)", "(for step)", "(for generator)", "(for state)", "(for control)"
    };
    static final Integer FOR_IDX = 1, FOR_STOP = 2, FOR_STEP = 3, FOR_GEN = 4, FOR_STATE = 5,
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

    static final byte[] PAIRS = {'p', 'a', 'i', 'r', 's'}, NEXT = {'n', 'e', 'x', 't'};

    ParserBase(Lexer ls, Mode mode, Interner interner, LuaString chunkname) {
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

    LuaSyntaxError errSyntax(String msg) {
        throw ls.error(ls.tok, msg);
    }

    LuaSyntaxError errToken(int tok) {
        throw ls.error(ls.tok, "'" + Lexer.token2str(tok) + "' expected");
    }

    // ---- lexer support ----

    boolean lexOpt(int tok) {
        if (ls.tok == tok) {
            ls.next();
            return true;
        }
        return false;
    }

    void lexCheck(int tok) {
        if (ls.tok != tok) errToken(tok);
        ls.next();
    }

    void lexMatch(int what, int who, int line) {
        if (!lexOpt(what)) {
            if (line == ls.linenumber) {
                errToken(what);
            } else {
                throw ls.error(ls.tok, "'" + Lexer.token2str(what) + "' expected (to close '"
                        + Lexer.token2str(who) + "' at line " + line + ")");
            }
        }
    }

    LuaString lexStr() {
        if (ls.tok != Token.NAME && ls.tok != Token.GOTO) errToken(Token.NAME);
        LuaString s = (LuaString) ls.tokval;
        ls.next();
        return s;
    }

    // ---- variables ----

    void vgrow() {
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

    void varNew(int n, Object name) {
        FuncState f = fs;
        if (f.nactvar + n >= MAX_LOCVAR) f.errLimit(MAX_LOCVAR, "local variables");
        vgrow();
        vname[vtop] = name;
        f.varmap[f.nactvar + n] = vtop;
        vtop++;
    }

    void varAdd(int nvars) {
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

    void varRemove(int tolevel) {
        FuncState f = fs;
        while (f.nactvar > tolevel) {
            int v = f.varmap[--f.nactvar];
            vendpc[v] = f.pc;
            if (vname[v] instanceof LuaString s) activeByHash[s.hashCode() & 1023]--;
        }
    }

    static int varLookupLocal(ParserBase p, FuncState f, LuaString n) {
        for (int i = f.nactvar - 1; i >= 0; i--) {
            if (p.vname[f.varmap[i]] == n) return i;
        }
        return -1;
    }

    int varLookupUv(FuncState f, int vidx, ExpDesc e) {
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

    int varLookup(FuncState f, LuaString name, ExpDesc e, boolean first) {
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

    void varLookup(ExpDesc e) {
        LuaString name = lexStr();
        if (activeByHash[name.hashCode() & 1023] == 0) {  // no local of that name anywhere: a global
            e.init(GLOBAL, 0);
            e.sval = name;
            return;
        }
        varLookup(fs, name, e, true);
    }

    // ---- goto and labels ----

    int golaNew(Object name, int info, int pc) {
        vgrow();
        vname[vtop] = name;
        vstartpc[vtop] = pc;
        vslot[vtop] = fs.nactvar;
        vinfo[vtop] = info;
        return vtop++;
    }

    void golaPatch(int vg, int vl) {
        FuncState f = fs;
        int pc = vstartpc[vg];
        vname[vg] = null;
        f.bc[pc] = setA(f.bc[pc], vslot[vl]);
        f.jmpPatch(pc, vstartpc[vl]);
    }

    void golaClose(int vg) {
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

    void golaResolve(FuncScope bl, int idx) {
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

    void golaFixup(FuncScope bl) {
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

    int golaFindLabel(LuaString name) {
        for (int v = fs.bl.vstart; v < vtop; v++) {
            if (vname[v] == name && (vinfo[v] & VSTACK_LABEL) != 0) return v;
        }
        return -1;
    }

    // ---- scopes ----

    void scopeBegin(FuncScope bl, int flags) {
        FuncState f = fs;
        bl.nactvar = f.nactvar;
        bl.flags = flags;
        bl.vstart = vtop;
        bl.prev = f.bl;
        f.bl = bl;
    }

    void scopeEnd() {
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

    static void uvMark(FuncState f, int level) {
        FuncScope bl = f.bl;
        while (bl != null && bl.nactvar > level) bl = bl.prev;
        if (bl != null) bl.flags |= FuncScope.UPVAL;
    }

    // ---- function state ----

    /** Finished function states by nesting depth, reused to avoid allocating their arrays per function. */
    FuncState[] pool = new FuncState[8];
    int depth;

    FuncState fsInit() {
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

    static boolean isRet(int op) {
        return op == Op.CALLMT.ordinal() || op == Op.CALLT.ordinal() || op == Op.RETM.ordinal()
                || op == Op.RET.ordinal() || op == Op.RET0.ordinal() || op == Op.RET1.ordinal();
    }

    void fixupRet() {
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

    Proto fsFinish(int line) {
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

    String nameOf(Object o) {
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
    void fixupUv2(Proto child) {
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


    /** Parses a block's statements (the statement parser). */
    abstract void parseChunk();
}
