package org.jresty.compiler;

import org.jresty.bytecode.CDataConst;
import org.jresty.runtime.LuaString;

/** An expression being compiled (LuaJIT's ExpDesc): its kind, operands and pending true/false jump lists. */
final class ExpDesc {
    // Constant kinds first and in this order (KNIL..KTRUE are also the KPRI operand).
    static final int KNIL = 0, KFALSE = 1, KTRUE = 2, KSTR = 3, KNUM = 4, KCDATA = 5,
            LOCAL = 6, UPVAL = 7, GLOBAL = 8, INDEXED = 9, JMP = 10, RELOCABLE = 11, NONRELOC = 12,
            CALL = 13, VOID = 14;
    static final int KLAST = KNUM;
    static final int NO_JMP = -1;

    int k;
    /** Register, pc, upvalue index... depending on the kind. */
    int info;
    /** Second operand: vstack index, index key (register, ~string const, 256+byte), call base. */
    int aux;
    double nval;
    LuaString sval;
    CDataConst cdata;
    int t = NO_JMP;
    int f = NO_JMP;

    ExpDesc() {
    }

    ExpDesc init(int kind, int inf) {
        k = kind;
        info = inf;
        t = f = NO_JMP;
        return this;
    }

    void copyFrom(ExpDesc o) {
        k = o.k;
        info = o.info;
        aux = o.aux;
        nval = o.nval;
        sval = o.sval;
        cdata = o.cdata;
        t = o.t;
        f = o.f;
    }

    boolean hasJump() {
        return t != f;
    }

    boolean isK() {
        return k <= KLAST;
    }

    boolean isKNoJump() {
        return isK() && !hasJump();
    }

    boolean isNumK() {
        return k == KNUM;
    }

    boolean isNumKNoJump() {
        return k == KNUM && !hasJump();
    }

    boolean isStrK() {
        return k == KSTR;
    }

    /** +0 or -0. */
    boolean numIsZero() {
        return nval == 0.0;
    }
}
