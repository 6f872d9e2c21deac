package org.jresty.bytecode;

import org.jresty.bytecode.Op.OperandMode;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.NumberFormat;

/**
 * The bytecode listing of {@code luajit -bl} (OpenResty's jit/bc.lua): one block per prototype, children first,
 * each with its GC and number constants, then one line per instruction. The result holds one char per byte
 * (Latin-1), since string constants are printed byte for byte.
 */
public final class Listing {
    /** Strings longer than this are cut and marked with '~'. */
    private static final int MAX_STRING = 40;
    /** TSETM's number constant carries its start index in the low bits of 2^52 + index. */
    private static final double TSETM_BIAS = 0x1p52;

    private Listing() {
    }

    /** The listing of a prototype and all its children, as luajit -bl prints it. */
    public static String list(Proto main) {
        StringBuilder out = new StringBuilder();
        listTree(main, out);
        return out.toString();
    }

    private static void listTree(Proto pt, StringBuilder out) {
        if ((pt.flags & Proto.CHILD) != 0) {
            for (Object k : pt.kgc) {
                if (k instanceof Proto child) {
                    listTree(child, out);
                }
            }
        }
        listOne(pt, out);
    }

    /** One prototype's block (without its children). */
    public static void listOne(Proto pt, StringBuilder out) {
        out.append("-- BYTECODE -- ").append(FunctionLocation.of(pt)).append('-').append(pt.lastline()).append('\n');
        for (int i = 0; i < pt.kgc.length; i++) {
            String text = switch (pt.kgc[i]) {
                case LuaString s -> quote(s);
                case Proto p -> FunctionLocation.of(p);
                case TemplateTable t -> "table";
                default -> null;  // cdata constants are not shown
            };
            if (text != null) {
                out.append("KGC    ").append(i).append("    ").append(text).append('\n');
            }
        }
        for (int i = 1; i < pt.knum.length; i++) {  // bc.lua starts at 1: constant 0 is never shown
            out.append("KN    ").append(i).append("    ").append(NumberFormat.tostring(pt.knum[i])).append('\n');
        }
        boolean[] target = jumpTargets(pt);
        for (int pc = 1; pc < pt.bc.length; pc++) {
            out.append(line(pt, pc, target[pc] ? "=>" : null));
        }
        out.append('\n');
    }

    /** Which instructions are jump targets (index = pc). */
    static boolean[] jumpTargets(Proto pt) {
        boolean[] target = new boolean[pt.bc.length + 1];
        for (int pc = 1; pc < pt.bc.length; pc++) {
            int ins = pt.bc[pc];
            if (Op.of(Op.op(ins)).modeCD() == OperandMode.JUMP) {
                int t = pc + 1 + Op.j(ins);
                if (t >= 0 && t < target.length) {
                    target[t] = true;
                }
            }
        }
        return target;
    }

    /** One instruction line as bc.lua's bcline formats it (with its newline); prefix is "=>" or null. */
    public static String line(Proto pt, int pc, String prefix) {
        return line(pt, pc, prefix, false);
    }

    /**
     * bcline with its lineinfo option: withLine adds the source line in brackets after the index ("[-1]" without
     * debug info), as jit.bc's line(func, pc, prefix, true) does.
     */
    public static String line(Proto pt, int pc, String prefix, boolean withLine) {
        int ins = pt.bc[pc];
        Op op = Op.of(Op.op(ins));
        OperandMode ma = op.modeA(), mb = op.modeB(), mc = op.modeCD();
        int a = Op.a(ins);
        String mark = prefix == null ? "  " : prefix;
        String operandA = ma == OperandMode.NONE ? "" : Integer.toString(a);
        String s = withLine
                ? String.format("%04d %7s %s %-6s %3s ", pc, "[" + pt.lineOf(pc) + "]", mark, op.name(), operandA)
                : String.format("%04d %s %-6s %3s ", pc, mark, op.name(), operandA);
        int d = Op.d(ins);
        if (mc == OperandMode.JUMP) {
            return String.format("%s=> %04d\n", s, pc + d - 0x7fff);
        }
        if (mb != OperandMode.NONE) {
            d &= 0xff;
        } else if (mc == OperandMode.NONE) {
            return s + "\n";
        }
        String kc = switch (mc) {
            case STR -> quote((LuaString) pt.kgc[d]);
            case NUM -> NumberFormat.tostring(op == Op.TSETM ? pt.knum[d] - TSETM_BIAS : pt.knum[d]);
            case FUNC -> FunctionLocation.of((Proto) pt.kgc[d]);
            case UV -> upvalueName(pt, d);
            default -> null;
        };
        if (ma == OperandMode.UV) {
            String ka = upvalueName(pt, a);
            kc = kc != null ? ka + " ; " + kc : ka;
        }
        if (mb != OperandMode.NONE) {
            int b = Op.b(ins);
            return kc != null ? String.format("%s%3d %3d  ; %s\n", s, b, d, kc) : String.format("%s%3d %3d\n", s, b, d);
        }
        if (kc != null) {
            return String.format("%s%3d      ; %s\n", s, d, kc);
        }
        if (mc == OperandMode.LITS && d > 32767) {
            d -= 65536;
        }
        return String.format("%s%3d\n", s, d);
    }

    /** jit.util.funcuvname: "" without debug info. */
    private static String upvalueName(Proto pt, int idx) {
        if (pt.uvnames == null) {
            return "";
        }
        return idx < pt.uvnames.length ? pt.uvnames[idx] : "";
    }

    /** A string constant quoted as bc.lua shows it: control chars escaped, cut at 40 chars with a '~' mark. */
    static String quote(LuaString str) {
        StringBuilder esc = new StringBuilder(str.length() + 8);
        for (int i = 0; i < str.length(); i++) {
            int c = str.byteAt(i) & 0xff;
            if (c == '\n') {
                esc.append("\\n");
            } else if (c == '\r') {
                esc.append("\\r");
            } else if (c == '\t') {
                esc.append("\\t");
            } else if (c < 32 || c == 127) {
                esc.append(String.format("\\%03d", c));
            } else {
                esc.append((char) c);
            }
        }
        if (str.length() > MAX_STRING) {
            return "\"" + esc.substring(0, Math.min(MAX_STRING, esc.length())) + "\"~";
        }
        return "\"" + esc + "\"";
    }
}
