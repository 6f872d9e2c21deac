package org.jresty.bytecode;

/**
 * LuaJIT 2.1's opcodes (OpenResty's fork, lj_bc.h order: no BNOT..BSAR). The ordinal is the opcode number.
 * Instruction encoding: opcode in bits 0-7, A in 8-15, C in 16-23, B in 24-31; D is bits 16-31.
 */
public enum Op {
    ISLT, ISGE, ISLE, ISGT, ISEQV, ISNEV, ISEQS, ISNES, ISEQN, ISNEN, ISEQP, ISNEP,
    ISTC, ISFC, IST, ISF, ISTYPE, ISNUM,
    MOV, NOT, UNM, LEN,
    ADDVN, SUBVN, MULVN, DIVVN, MODVN,
    ADDNV, SUBNV, MULNV, DIVNV, MODNV,
    ADDVV, SUBVV, MULVV, DIVVV, MODVV,
    POW, CAT,
    KSTR, KCDATA, KSHORT, KNUM, KPRI, KNIL,
    UGET, USETV, USETS, USETN, USETP, UCLO, FNEW,
    TNEW, TDUP, GGET, GSET, TGETV, TGETS, TGETB, TGETR, TSETV, TSETS, TSETB, TSETM, TSETR,
    CALLM, CALL, CALLMT, CALLT, ITERC, ITERN, VARG, ISNEXT,
    RETM, RET, RET0, RET1,
    FORI, JFORI, FORL, IFORL, JFORL, ITERL, IITERL, JITERL, LOOP, ILOOP, JLOOP,
    JMP,
    FUNCF, IFUNCF, JFUNCF, FUNCV, IFUNCV, JFUNCV, FUNCC, FUNCCW;

    private static final Op[] VALUES = values();

    public static Op of(int opcode) {
        return VALUES[opcode];
    }

    /** Number of opcodes (97). */
    public static final int COUNT = VALUES.length;

    // ---- instruction encoding helpers (LuaJIT's bc_op/bc_a/bc_b/bc_c/bc_d, BCINS_ABC/BCINS_AD) ----
    public static final int NO_REG = 0xff;
    /** Bias of jump offsets stored in D (BCBIAS_J). */
    public static final int JUMP_BIAS = 0x8000;

    public static int op(int ins) { return ins & 0xff; }
    public static int a(int ins) { return (ins >>> 8) & 0xff; }
    public static int b(int ins) { return ins >>> 24; }
    public static int c(int ins) { return (ins >>> 16) & 0xff; }
    public static int d(int ins) { return ins >>> 16; }
    /** Signed jump offset of a jump-like instruction, relative to the next instruction. */
    public static int j(int ins) { return (ins >>> 16) - JUMP_BIAS; }

    public static int abc(Op o, int a, int b, int c) { return o.ordinal() | (a << 8) | (b << 24) | (c << 16); }
    public static int ad(Op o, int a, int d) { return o.ordinal() | (a << 8) | (d << 16); }
}
