package org.jresty.bytecode;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jresty.Mode;
import org.jresty.bytecode.Op.OperandMode;
import org.jresty.runtime.LuaString;

/**
 * Checks that a prototype tree is safe to run: what LuaJIT's parser guarantees and its interpreter relies on.
 * Every operand names a slot inside the frame, an existing constant of the right kind or an existing upvalue;
 * jumps land inside the function; calls, returns, loops and iterators use slot ranges inside the frame; the
 * instruction stream cannot run off its end; child prototypes form a tree and their upvalues name slots or
 * upvalues of their parent. Only the opcodes the parser emits are accepted (no I/J variants, no ISTYPE, ISNUM,
 * TGETR, TSETR).
 */
public final class ProtoVerifier {
    /** Largest hash size TNEW may ask for (LJ_MAX_HBITS). */
    private static final int MAX_HBITS = 26;

    private final Mode mode;
    private final Set<Proto> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private ProtoVerifier(Mode mode) {
        this.mode = mode;
    }

    /** The first problem found in the tree under main, or null when it is sound. */
    public static String problem(Proto main, Mode mode) {
        try {
            new ProtoVerifier(mode).check(main, null);
            return null;
        } catch (Invalid e) {
            return e.getMessage();
        }
    }

    /** Throws IllegalArgumentException naming the first problem (for compiler self-checks and tests). */
    public static void verify(Proto main, Mode mode) {
        String p = problem(main, mode);
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
    }

    /** A verification failure (internal: callers get the message). */
    private static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static Invalid fail(String what, Object... args) {
        return new Invalid(String.format(what, args));
    }

    private void check(Proto pt, Proto parent) {
        if (!seen.add(pt)) {
            throw fail("prototype referenced twice");
        }
        if (pt.bc == null || pt.uv == null || pt.kgc == null || pt.knum == null) {
            throw fail("prototype with missing arrays");
        }
        checkHeader(pt);
        checkUpvalues(pt, parent);
        boolean hasChild = false;
        for (int i = 0; i < pt.kgc.length; i++) {
            Object k = pt.kgc[i];
            switch (k) {
                case LuaString s -> { }
                case CDataConst c -> { }
                case TemplateTable t -> checkTemplate(t, i);
                case Proto child -> hasChild = true;
                case null, default -> throw fail("kgc[%d] is not a constant", i);
            }
        }
        if (hasChild != ((pt.flags & Proto.CHILD) != 0)) {
            throw fail("CHILD flag does not match the constants");
        }
        for (int pc = 1; pc < pt.bc.length; pc++) {
            checkInstruction(pt, pc);
        }
        checkDebugInfo(pt);
        for (Object k : pt.kgc) {
            if (k instanceof Proto child) {
                check(child, pt);
            }
        }
    }

    private static void checkHeader(Proto pt) {
        int n = pt.bc.length;
        if (n < 2) {
            throw fail("function without instructions");
        }
        if (pt.framesize < 0 || pt.framesize > 0xff || pt.numparams < 0 || pt.numparams > pt.framesize) {
            throw fail("bad frame size %d for %d parameters", pt.framesize, pt.numparams);
        }
        Op head = pt.isVararg() ? Op.FUNCV : Op.FUNCF;
        if (pt.bc[0] != Op.ad(head, pt.framesize, 0)) {
            throw fail("bc[0] is not %s %d", head, pt.framesize);
        }
        int lastOpcode = Op.op(pt.bc[n - 1]);
        if (lastOpcode >= Op.COUNT) {
            throw fail("bad opcode %d", lastOpcode);
        }
        Op last = Op.of(lastOpcode);
        switch (last) {
            case RET, RET0, RET1, RETM, CALLT, CALLMT, JMP -> { }
            default -> throw fail("last instruction %s falls off the end", last);
        }
    }

    private static void checkUpvalues(Proto pt, Proto parent) {
        if (pt.uv.length > 0xff) {
            throw fail("too many upvalues");
        }
        for (int i = 0; i < pt.uv.length; i++) {
            int v = pt.uv[i];
            if (v < 0 || v > 0xffff) {
                throw fail("bad upvalue descriptor %d", v);
            }
            if (parent == null) {
                continue;  // the main chunk's upvalues start closed
            }
            int idx = v & 0x3fff;
            if ((v & 0x8000) != 0 ? idx >= parent.framesize : idx >= parent.uv.length) {
                throw fail("upvalue %d names nothing in the parent", i);
            }
        }
    }

    private static void checkTemplate(TemplateTable t, int i) {
        if (t.array == null || t.hashKeys == null || t.hashValues == null || t.hashCount < 0
                || t.hashCount > t.hashKeys.length || t.hashCount > t.hashValues.length) {
            throw fail("kgc[%d]: broken template table", i);
        }
        for (Object v : t.array) {
            checkTemplateValue(v, i);
        }
        for (int j = 0; j < t.hashCount; j++) {
            Object key = t.hashKeys[j];
            if (key == null || key instanceof Double d && d.isNaN()) {
                throw fail("kgc[%d]: template key is nil or NaN", i);
            }
            checkTemplateValue(key, i);
            checkTemplateValue(t.hashValues[j], i);
        }
    }

    private static void checkTemplateValue(Object v, int i) {
        if (v != null && !(v instanceof Boolean) && !(v instanceof Double) && !(v instanceof LuaString)) {
            throw fail("kgc[%d]: template holds a %s", i, v.getClass().getSimpleName());
        }
    }

    private void checkInstruction(Proto pt, int pc) {
        int ins = pt.bc[pc];
        int opcode = Op.op(ins);
        if (opcode >= Op.FUNCF.ordinal()) {
            throw fail("pc %d: bad opcode %d", pc, opcode);
        }
        Op op = Op.of(opcode);
        switch (op) {
            case JFORI, IFORL, JFORL, IITERL, JITERL, ILOOP, JLOOP, ISTYPE, ISNUM, TGETR, TSETR ->
                    throw fail("pc %d: opcode %s is never in parsed code", pc, op);
            default -> { }
        }
        int a = Op.a(ins), b = Op.b(ins), c = Op.c(ins), d = Op.d(ins);
        checkOperand(pt, pc, op, op.modeA(), a, 'A');
        if (op.hasD()) {
            checkOperand(pt, pc, op, op.modeCD(), d, 'D');
        } else {
            checkOperand(pt, pc, op, op.modeB(), b, 'B');
            checkOperand(pt, pc, op, op.modeCD(), c, 'C');
        }
        checkExtent(pt, pc, op, a, b, c, d);
    }

    private static void checkOperand(Proto pt, int pc, Op op, OperandMode m, int v, char which) {
        boolean ok = switch (m) {
            case NONE, LIT, LITS -> true;
            case DST, BASE, VAR -> v < pt.framesize;
            case RBASE -> v <= pt.framesize;
            case UV -> v < pt.uv.length;
            case PRI -> v <= 2;
            case NUM -> v < pt.knum.length;
            case STR -> v < pt.kgc.length && pt.kgc[v] instanceof LuaString;
            case TAB -> v < pt.kgc.length && pt.kgc[v] instanceof TemplateTable;
            case FUNC -> v < pt.kgc.length && pt.kgc[v] instanceof Proto;
            case CDATA -> v < pt.kgc.length && pt.kgc[v] instanceof CDataConst;
            case JUMP -> {
                int target = pc + 1 + v - Op.JUMP_BIAS;
                yield target >= 1 && target < pt.bc.length;
            }
        };
        if (!ok) {
            throw fail("pc %d: %s operand %c = %d out of range", pc, op, which, v);
        }
    }

    /** Slot ranges and pairings beyond single operands. */
    private void checkExtent(Proto pt, int pc, Op op, int a, int b, int c, int d) {
        int fs = pt.framesize;
        int fr2 = mode.fr2 ? 1 : 0;
        boolean ok = switch (op) {
            case ISLT, ISGE, ISLE, ISGT, ISEQV, ISNEV, ISEQS, ISNES, ISEQN, ISNEN, ISEQP, ISNEP, ISTC, ISFC, IST, ISF ->
                    followedBy(pt, pc, Op.JMP);
            case CAT -> b < c;
            case KNIL -> a <= d;
            case TNEW -> (d >>> 11) <= MAX_HBITS;
            // the table is in slot A-1; D names 2^52 + first index (the low word is the index)
            case TSETM -> a >= 1 && Double.doubleToRawLongBits(pt.knum[d]) >>> 31 == 0x43300000L << 1;
            case CALL -> c >= 1 && a + fr2 + c - 1 < fs && results(a, b, fs);
            case CALLM -> a + fr2 + c < fs && results(a, b, fs);
            case CALLT -> d >= 1 && a + fr2 + d - 1 < fs;
            case CALLMT -> a + fr2 + d < fs;
            case ITERC, ITERN -> a >= 3 && a + 2 + fr2 < fs && c == 3 && results(a, b, fs)
                    && followedBy(pt, pc, Op.ITERL) && Op.a(pt.bc[pc + 1]) == a;
            case ISNEXT -> a >= 3 && a + 2 + fr2 < fs && jumpsTo(pt, pc, Op.ITERN, a);
            case VARG -> pt.isVararg() && c == pt.numparams && results(a, b, fs);
            case RETM -> a + d < fs;
            case RET -> d >= 1 && a + d - 2 < fs;
            case RET0 -> d == 1;
            case RET1 -> d == 2 && a < fs;
            case FORI -> a + 3 < fs && isForLoop(pt, pc, a);
            case FORL -> a + 3 < fs && isForLoop(pt, pc + 1 + Op.j(pt.bc[pc]) - 1, a);
            case ITERL -> a >= 1;
            default -> true;
        };
        if (!ok) {
            throw fail("pc %d: bad %s", pc, op);
        }
    }

    /** B-1 results stored from slot a (B = 0: all of them, up to the top). */
    private static boolean results(int a, int b, int fs) {
        return b < 2 || a + b - 2 < fs;
    }

    private static boolean followedBy(Proto pt, int pc, Op next) {
        return pc + 1 < pt.bc.length && Op.op(pt.bc[pc + 1]) == next.ordinal();
    }

    private static boolean jumpsTo(Proto pt, int pc, Op op, int a) {
        int target = pc + 1 + Op.j(pt.bc[pc]);
        return Op.op(pt.bc[target]) == op.ordinal() && Op.a(pt.bc[target]) == a;
    }

    /** FORI at fori jumps past a FORL on the same slots, which jumps back right after the FORI. */
    private static boolean isForLoop(Proto pt, int fori, int a) {
        if (fori < 1 || fori >= pt.bc.length || Op.op(pt.bc[fori]) != Op.FORI.ordinal() || Op.a(pt.bc[fori]) != a) {
            return false;
        }
        int forl = fori + 1 + Op.j(pt.bc[fori]) - 1;
        if (forl <= fori || forl >= pt.bc.length) {
            return false;
        }
        int ins = pt.bc[forl];
        return Op.op(ins) == Op.FORL.ordinal() && Op.a(ins) == a && forl + 1 + Op.j(ins) == fori + 1;
    }

    private static void checkDebugInfo(Proto pt) {
        if (pt.lineinfo == null) {
            return;
        }
        int n = pt.bc.length;
        if (pt.lineinfo.length != n || pt.numline < 0 || pt.uvnames == null || pt.uvnames.length != pt.uv.length
                || pt.varinfo == null) {
            throw fail("inconsistent debug info");
        }
        for (int pc = 1; pc < n; pc++) {
            long delta = (long) pt.lineinfo[pc] - pt.firstline;
            if (delta < 0 || delta > pt.numline) {
                throw fail("pc %d: line %d outside the function's lines", pc, pt.lineinfo[pc]);
            }
        }
        for (String name : pt.uvnames) {
            if (name == null || name.indexOf('\0') >= 0) {
                throw fail("bad upvalue name");
            }
        }
        for (VarInfo v : pt.varinfo) {
            if (v == null || v.name() == null || v.name().isEmpty() || v.name().indexOf('\0') >= 0
                    || v.startpc() < 0 || v.startpc() > v.endpc() || v.endpc() > n) {
                throw fail("bad variable info %s", v);
            }
        }
    }
}
