package org.jresty.vm;

import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;
import org.jresty.bytecode.VarInfo;
import org.jresty.compiler.ChunkName;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaThread;

/** Names and positions from debug info, as lj_debug.c derives them (for error messages and tracebacks). */
public final class Debug {
    private Debug() {
    }

    /** A kind ("local", "global", "field", "method", "upvalue", "metamethod") and a name. */
    public record Name(String kind, String name) {
    }

    /** Name of the local variable in slot at pc (LuaJIT's debug_varname), or null. */
    public static String varName(Proto pt, int pc, int slot) {
        VarInfo[] vi = pt.varinfo;
        if (vi == null) return null;
        for (VarInfo v : vi) {
            if (v.startpc() > pc) break;
            if (pc < v.endpc() && slot-- == 0) return v.name();
        }
        return null;
    }

    // Operand A modes that lj_debug_slotname cares about.
    private static final int A_OTHER = 0, A_BASE = 1, A_DST = 2;
    private static final int[] A_MODE = new int[Op.COUNT];

    static {
        for (Op o : Op.values()) {
            int m = A_OTHER;
            switch (o) {
                case ISTC, ISFC, MOV, NOT, UNM, LEN, ADDVN, SUBVN, MULVN, DIVVN, MODVN, ADDNV, SUBNV, MULNV, DIVNV,
                     MODNV, ADDVV, SUBVV, MULVV, DIVVV, MODVV, POW, CAT, KSTR, KCDATA, KSHORT, KNUM, KPRI, UGET,
                     FNEW, TNEW, TDUP, GGET, TGETV, TGETS, TGETB, TGETR -> m = A_DST;
                case KNIL, TSETM, CALLM, CALL, CALLMT, CALLT, ITERC, ITERN, VARG, ISNEXT, RETM, FORI, JFORI, FORL,
                     IFORL, JFORL, ITERL, IITERL, JITERL -> m = A_BASE;
                default -> m = A_OTHER;
            }
            A_MODE[o.ordinal()] = m;
        }
    }

    /** LuaJIT's lj_debug_slotname: what a slot holds at instruction pc (the faulting one), or null. */
    public static Name slotName(Proto pt, int pc, int slot, boolean fr2) {
        int[] bc = pt.bc;
        restart:
        for (;;) {
            String lname = varName(pt, pc, slot);
            if (lname != null) return new Name("local", lname);
            int ip = pc;
            while (--ip > 0) {
                int ins = bc[ip];
                int op = Op.op(ins);
                int ra = Op.a(ins);
                int mode = A_MODE[op];
                if (mode == A_BASE) {
                    if (slot >= ra && (op != Op.KNIL.ordinal() || slot <= Op.d(ins))) return null;
                } else if (mode == A_DST && ra == slot) {
                    Op o = Op.of(op);
                    switch (o) {
                        case MOV:
                            slot = Op.d(ins);
                            pc = ip;
                            continue restart;
                        case GGET:
                            return new Name("global", pt.kgc[Op.d(ins)].toString());
                        case TGETS: {
                            String name = pt.kgc[Op.c(ins)].toString();
                            if (ip > 1) {
                                int insp = bc[ip - 1];
                                if (Op.op(insp) == Op.MOV.ordinal() && Op.a(insp) == ra + 1 + (fr2 ? 1 : 0)
                                        && Op.d(insp) == Op.b(ins)) {
                                    return new Name("method", name);
                                }
                            }
                            return new Name("field", name);
                        }
                        case UGET:
                            return new Name("upvalue", uvName(pt, Op.d(ins)));
                        default:
                            return null;
                    }
                }
            }
            return null;
        }
    }

    public static String uvName(Proto pt, int idx) {
        return pt.uvnames == null || idx >= pt.uvnames.length ? "" : pt.uvnames[idx];
    }

    /** Metamethod event of an instruction, or null (LuaJIT's bcmode_mm), "call" for the call family. */
    static String mmOf(int op) {
        Op o = Op.of(op);
        return switch (o) {
            case CALLM, CALL, CALLMT, CALLT, ITERC, ITERN -> "call";
            case ISLT, ISGE -> "lt";
            case ISLE, ISGT -> "le";
            case ISEQV, ISNEV, ISEQS, ISNES, ISEQN, ISNEN, ISEQP, ISNEP -> "eq";
            case UNM -> "unm";
            case LEN -> "len";
            case ADDVN, ADDNV, ADDVV -> "add";
            case SUBVN, SUBNV, SUBVV -> "sub";
            case MULVN, MULNV, MULVV -> "mul";
            case DIVVN, DIVNV, DIVVV -> "div";
            case MODVN, MODNV, MODVV -> "mod";
            case POW -> "pow";
            case CAT -> "concat";
            case GGET, TGETV, TGETS, TGETB, TGETR -> "index";
            case GSET, TSETV, TSETS, TSETB, TSETM, TSETR -> "newindex";
            default -> null;
        };
    }

    /** LuaJIT's lj_debug_funcname for the frame at index fi of L: how its caller named it, or null. */
    public static Name funcName(LuaThread L, int fi) {
        if (fi <= 0 || fi >= L.depth + 1) return null;
        Frame caller = L.frames[fi - 1];
        if (caller.cl == null) return null;
        Proto pt = caller.cl.proto;
        int pc = caller.pc - 1;
        if (pc < 0 || pc >= pt.bc.length) return null;
        int ins = pt.bc[pc];
        String mm = mmOf(Op.op(ins));
        if (mm == null) return null;
        if (mm.equals("call")) {
            int slot = Op.a(ins);
            if (Op.op(ins) == Op.ITERC.ordinal() || Op.op(ins) == Op.ITERN.ordinal()) slot -= 3;
            return slotName(pt, pc, slot, L.vm.mode.fr2);
        }
        return new Name("metamethod", "__" + mm);
    }

    /** Current line of a Lua frame, or -1. */
    public static int currentLine(Frame f) {
        if (f.cl == null) return -1;
        if (!f.cl.proto.hasDebugInfo()) return 0; // stripped bytecode: LuaJIT reports line 0
        // A frame that has not run its first instruction yet reports that instruction's line.
        return f.cl.proto.lineOf(Math.max(f.pc - 1, 1));
    }

    /** "chunk:line:" location prefix of a Lua frame ("" for builtins or without line info). */
    public static String location(Frame f) {
        if (f == null || f.cl == null) return "";
        int line = currentLine(f);
        if (line < 0) return "";
        return shortSrc(f.cl) + ":" + line + ": ";
    }

    public static String shortSrc(LuaClosure cl) {
        Proto p = cl.proto;
        return p.chunkname == null ? "?" : ChunkName.shortSrc(p.chunkname.toString());
    }
}
