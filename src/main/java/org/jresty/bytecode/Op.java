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

    // ---- operand modes (lj_bc.h's BCDEF table) ----

    /** LuaJIT's BCMode: what an operand names. Ordinals equal LuaJIT's BCM* numbers. */
    public enum OperandMode { NONE, DST, BASE, VAR, RBASE, UV, LIT, LITS, PRI, NUM, STR, TAB, FUNC, JUMP, CDATA }

    private static final OperandMode[] MODE_A = new OperandMode[COUNT], MODE_B = new OperandMode[COUNT], MODE_CD = new OperandMode[COUNT];

    static {
        // name, A, B, C/D exactly as lj_bc.h lists them ("___" = NONE)
        String table = """
            ISLT var ___ var  ISGE var ___ var  ISLE var ___ var  ISGT var ___ var
            ISEQV var ___ var  ISNEV var ___ var  ISEQS var ___ str  ISNES var ___ str
            ISEQN var ___ num  ISNEN var ___ num  ISEQP var ___ pri  ISNEP var ___ pri
            ISTC dst ___ var  ISFC dst ___ var  IST ___ ___ var  ISF ___ ___ var
            ISTYPE var ___ lit  ISNUM var ___ lit
            MOV dst ___ var  NOT dst ___ var  UNM dst ___ var  LEN dst ___ var
            ADDVN dst var num  SUBVN dst var num  MULVN dst var num  DIVVN dst var num  MODVN dst var num
            ADDNV dst var num  SUBNV dst var num  MULNV dst var num  DIVNV dst var num  MODNV dst var num
            ADDVV dst var var  SUBVV dst var var  MULVV dst var var  DIVVV dst var var  MODVV dst var var
            POW dst var var  CAT dst rbase rbase
            KSTR dst ___ str  KCDATA dst ___ cdata  KSHORT dst ___ lits  KNUM dst ___ num
            KPRI dst ___ pri  KNIL base ___ base
            UGET dst ___ uv  USETV uv ___ var  USETS uv ___ str  USETN uv ___ num  USETP uv ___ pri
            UCLO rbase ___ jump  FNEW dst ___ func
            TNEW dst ___ lit  TDUP dst ___ tab  GGET dst ___ str  GSET var ___ str
            TGETV dst var var  TGETS dst var str  TGETB dst var lit  TGETR dst var var
            TSETV var var var  TSETS var var str  TSETB var var lit  TSETM base ___ num  TSETR var var var
            CALLM base lit lit  CALL base lit lit  CALLMT base ___ lit  CALLT base ___ lit
            ITERC base lit lit  ITERN base lit lit  VARG base lit lit  ISNEXT base ___ jump
            RETM base ___ lit  RET rbase ___ lit  RET0 rbase ___ lit  RET1 rbase ___ lit
            FORI base ___ jump  JFORI base ___ jump  FORL base ___ jump  IFORL base ___ jump  JFORL base ___ lit
            ITERL base ___ jump  IITERL base ___ jump  JITERL base ___ lit
            LOOP rbase ___ jump  ILOOP rbase ___ jump  JLOOP rbase ___ lit  JMP rbase ___ jump
            FUNCF rbase ___ ___  IFUNCF rbase ___ ___  JFUNCF rbase ___ lit
            FUNCV rbase ___ ___  IFUNCV rbase ___ ___  JFUNCV rbase ___ lit
            FUNCC rbase ___ ___  FUNCCW rbase ___ ___
            """;
        String[] w = table.trim().split("\\s+");
        for (int i = 0; i < w.length; i += 4) {
            int op = valueOf(w[i]).ordinal();
            MODE_A[op] = mode(w[i + 1]);
            MODE_B[op] = mode(w[i + 2]);
            MODE_CD[op] = mode(w[i + 3]);
        }
        for (int op = 0; op < COUNT; op++) {
            if (MODE_A[op] == null) {
                throw new ExceptionInInitializerError("no operand modes for " + VALUES[op]);
            }
        }
    }

    private static OperandMode mode(String s) {
        return s.equals("___") ? OperandMode.NONE : OperandMode.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    /** Mode of operand A. */
    public OperandMode modeA() {
        return MODE_A[ordinal()];
    }

    /** Mode of operand B; NONE means the instruction has a 16-bit D operand instead of B and C. */
    public OperandMode modeB() {
        return MODE_B[ordinal()];
    }

    /** Mode of operand C, or of D when {@link #hasD()}. */
    public OperandMode modeCD() {
        return MODE_CD[ordinal()];
    }

    /** True for the AD format (bcmode_hasd). */
    public boolean hasD() {
        return MODE_B[ordinal()] == OperandMode.NONE;
    }
}
