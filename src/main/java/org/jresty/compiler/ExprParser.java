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

/** Expressions of lj_parse.c: primaries and suffixes, calls, table constructors, function bodies, operators. */
abstract class ExprParser extends ParserBase {
    ExprParser(Lexer ls, Mode mode, Interner interner, LuaString chunkname) {
        super(ls, mode, interner, chunkname);
    }

    // ---- expressions ----

    void exprStr(ExpDesc e) {
        e.init(KSTR, 0);
        e.sval = lexStr();
    }

    void exprIndex(FuncState f, ExpDesc t, ExpDesc e) {
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

    void exprField(ExpDesc v) {
        FuncState f = fs;
        ExpDesc key = new ExpDesc();
        f.toAnyReg(v);
        ls.next();
        exprStr(key);
        exprIndex(f, v, key);
    }

    void exprBracket(ExpDesc v) {
        ls.next();
        expr(v);
        fs.toVal(v);
        lexCheck(']');
    }

    static Object kvalue(ExpDesc e) {
        if (e.k == ExpDesc.KNIL) return null;
        if (e.k == KFALSE) return Boolean.FALSE;
        if (e.k == KTRUE) return Boolean.TRUE;
        if (e.k == KSTR) return e.sval;
        return e.nval;
    }

    static int hsize2hbits(int s) {
        return s == 0 ? 0 : s == 1 ? 1 : 1 + (31 - Integer.numberOfLeadingZeros(s - 1));
    }

    void exprTable(ExpDesc e) {
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

    int parseParams(boolean needself) {
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

    void parseBody(ExpDesc e, boolean needself, int line) {
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

    int exprList(ExpDesc v) {
        int n = 1;
        expr(v);
        while (lexOpt(',')) {
            fs.toNextReg(v);
            expr(v);
            n++;
        }
        return n;
    }

    void parseArgs(ExpDesc e) {
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

    void exprPrimary(ExpDesc v) {
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

    void exprSimple(ExpDesc v) {
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

    void synlevelBegin() {
        if (++ls.level >= MAX_XLEVEL) throw ls.error(0, "chunk has too many syntax levels");
    }

    static int token2binop(int tok) {
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

    void exprUnop(ExpDesc v) {
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

    int exprBinop(ExpDesc v, int limit) {
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

    void expr(ExpDesc v) {
        exprBinop(v, 0);
    }

    void exprNext() {
        ExpDesc e = new ExpDesc();
        expr(e);
        fs.toNextReg(e);
    }

    int exprCond() {
        ExpDesc v = new ExpDesc();
        expr(v);
        if (v.k == ExpDesc.KNIL) v.k = KFALSE;
        fs.branchT(v);
        return v.f;
    }
}
