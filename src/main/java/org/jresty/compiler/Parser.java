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
 * The one-pass parser of lj_parse.c: statements (assignments, locals, functions, control flow, goto and
 * labels) on top of the expression parser; {@link #parse} compiles a main chunk.
 */
final class Parser extends ExprParser {
    Parser(Lexer ls, Mode mode, Interner interner, LuaString chunkname) {
        super(ls, mode, interner, chunkname);
    }

    // ---- assignments ----

    /** A left-hand side variable of an assignment, linked to the previous one. */
    private static final class LHS {
        final ExpDesc v = new ExpDesc();
        LHS prev;
    }

    void assignHazard(LHS lh, ExpDesc v) {
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

    void assignAdjust(int nvars, int nexps, ExpDesc e) {
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

    void parseAssignment(LHS lh, int nvars) {
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

    void parseCallAssign() {
        FuncState f = fs;
        LHS vl = new LHS();
        exprPrimary(vl.v);
        if (vl.v.k == CALL) {
            f.bc[vl.v.info] = setB(f.bc[vl.v.info], 1);
        } else {
            parseAssignment(vl, 1);
        }
    }

    void parseLocal() {
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

    void parseFunc(int line) {
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

    static boolean isEnd(int tok) {
        return tok == Token.ELSE || tok == Token.ELSEIF || tok == Token.END || tok == Token.UNTIL
                || tok == Token.EOF;
    }

    void parseReturn() {
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

    void parseBreak() {
        fs.bl.flags |= FuncScope.BREAK;
        golaNew(NAME_BREAK, VSTACK_GOTO, fs.emitJmp());
    }

    void parseGoto() {
        FuncState f = fs;
        LuaString name = lexStr();
        int vl = golaFindLabel(name);
        if (vl >= 0) f.emitAJ(Op.LOOP.ordinal(), vslot[vl], -1);
        f.bl.flags |= FuncScope.GOLA;
        golaNew(name, VSTACK_GOTO, f.emitJmp());
    }

    void parseLabel() {
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

    void parseBlock() {
        FuncScope bl = new FuncScope();
        scopeBegin(bl, 0);
        parseChunk();
        scopeEnd();
    }

    void parseWhile(int line) {
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

    void parseRepeat(int line) {
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

    void parseForNum(LuaString varname, int line) {
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

    boolean predictNext(FuncState f, int pc) {
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

    void parseForIter(LuaString indexname) {
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

    void parseFor(int line) {
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

    int parseThen() {
        ls.next();
        int condexit = exprCond();
        lexCheck(Token.THEN);
        parseBlock();
        return condexit;
    }

    void parseIf(int line) {
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

    boolean parseStmt() {
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

    @Override
    void parseChunk() {
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
