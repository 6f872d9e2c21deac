package org.jresty.lib;

import java.util.List;
import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;
import org.jresty.bytecode.TemplateTable;
import org.jresty.jit.Jit;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.LuaVM;

/**
 * LuaJIT's jit library (lib_jit.c) over jresty's compile tier (org.jresty.jit): the version constants of
 * OpenResty's LuaJIT, jit.on/off/flush with LuaJIT's argument rules switching the tier (for the whole VM, or one
 * function and, with true, its children), jit.status() reporting whether it is on, jit.opt.start validating
 * LuaJIT's levels, flags and parameters (hotloop=N sets the tier's hotness),
 * jit.attach, jit.security, jit.prngstate, and require "jit.util" with the function-inspection calls
 * (funcinfo, funcbc, funck, funcuvname) answered from the prototypes; the trace calls find no traces.
 */
public final class JitLib {
    private JitLib() {
    }

    /** OpenResty's LuaJIT release jresty follows (as the command line's version text). */
    public static final String VERSION = "LuaJIT 2.1.1710398010";
    public static final double VERSION_NUM = 20100;

    private static final List<String> SECURITY = List.of("prng", "strhash", "strid", "mcode");

    public static void open(LuaVM vm) {
        LuaTable jit = LibRegistry.register(vm, "jit",
                Builtin.of("on", (L, base, nargs) -> setMode(L, nargs, Mode.ON)),
                Builtin.of("off", (L, base, nargs) -> setMode(L, nargs, Mode.OFF)),
                Builtin.of("flush", (L, base, nargs) -> setMode(L, nargs, Mode.FLUSH)),
                Builtin.of("status", (L, base, nargs) -> {
                    L.stack[base] = L.vm.jit.isOn();
                    return 1;
                }),
                Builtin.of("attach", (L, base, nargs) -> {
                    Args.checkFunction(L, 1);
                    Args.optString(L, 2, null);
                    return 0; // no VM events are ever raised
                }),
                Builtin.of("security", (L, base, nargs) -> {
                    String opt = Args.checkString(L, 1).toString();
                    if (!SECURITY.contains(opt)) throw Args.argError(L, 1, "invalid option '" + opt + "'");
                    L.stack[base] = 1.0;
                    return 1;
                }),
                Builtin.of("prngstate", (L, base, nargs) -> {
                    L.stack[base] = 0.0; // the JIT's PRNG does not exist
                    return 1;
                }));
        jit.setStr(vm.intern("os"), vm.intern("Linux"));
        jit.setStr(vm.intern("arch"), vm.intern("x64"));
        jit.setStr(vm.intern("version_num"), VERSION_NUM);
        jit.setStr(vm.intern("version"), vm.intern(VERSION));
        // jit.opt lives in jit and in package.loaded["jit.opt"], not among the globals.
        LuaTable opt = new LuaTable(vm.heap);
        Builtin start = LibRegistry.assignId("jit.opt", Builtin.of("start", JitLib::optStart));
        LibRegistry.account(vm, start);
        opt.setStr(vm.intern("start"), start);
        vm.loaded.setStr(vm.intern("jit.opt"), opt);
        jit.setStr(vm.intern("opt"), opt);
        Builtin utilLoader = Builtin.of("jit.util", (L, base, nargs) -> {
            L.stack[base] = utilTable(L.vm);
            return 1;
        });
        LibRegistry.account(vm, utilLoader);
        TableLib.preloadTable(vm).setStr(vm.intern("jit.util"), utilLoader);
        // LuaJIT preloads jit.profile too; jresty has no sampling profiler, so loading it says so.
        Builtin profileLoader = Builtin.of("jit.profile", (L, base, nargs) -> {
            throw Args.error(L, "jit.profile is not available: jresty has no sampling profiler");
        });
        LibRegistry.account(vm, profileLoader);
        TableLib.preloadTable(vm).setStr(vm.intern("jit.profile"), profileLoader);
    }

    /**
     * setjitmode: no argument or nil is the whole engine; a Lua function (or true: the calling Lua function)
     * selects one function; anything else, builtins included, is "function expected". jit.flush also takes a
     * trace number.
     */
    private enum Mode { ON, OFF, FLUSH }

    private static int setMode(LuaThread L, int nargs, Mode mode) {
        Object a = Args.arg(L, 1);
        org.jresty.jit.Jit jit = L.vm.jit;
        if (nargs == 0 || a == null) {
            switch (mode) {
                case ON -> jit.setOn(true);
                case OFF -> jit.setOn(false);
                default -> jit.flush();
            }
            return 0;
        }
        if (mode == Mode.FLUSH && a instanceof Double) return 0; // a trace number: there are no traces
        Proto p = null;
        if (a instanceof LuaClosure c) p = c.proto;
        else if (a == Boolean.TRUE && L.depth >= 2 && L.frames[L.depth - 2].cl != null) {
            p = L.frames[L.depth - 2].cl.proto;
        }
        if (p == null) throw Args.typeError(L, 1, "function");
        boolean children = nargs >= 2 && Args.arg(L, 2) != null && Args.arg(L, 2) != Boolean.FALSE;
        if (mode == Mode.FLUSH) jit.flush(p, children);
        else jit.setOn(p, mode == Mode.ON, children);
        return 0;
    }

    /** jit.opt.start(...): each argument a level 0-9, a flag (+f, -f, nof, no-f) or param=digits. */
    private static int optStart(LuaThread L, int base, int nargs) {
        for (int i = 1; i <= nargs; i++) {
            String s = Args.checkString(L, i).toString();
            if (!Jit.validOption(s)) throw Args.error(L, "unknown or malformed optimization flag '" + s + "'");
        }
        for (int i = 1; i <= nargs; i++) L.vm.jit.applyOption(Args.checkString(L, i).toString());
        return 0;
    }

    // ---------------------------------------------------------------------------------------------- jit.util

    private static LuaTable utilTable(LuaVM vm) {
        LuaTable t = new LuaTable(vm.heap);
        Builtin[] fns = {
            Builtin.of("funcinfo", JitLib::funcinfo),
            Builtin.of("funcbc", JitLib::funcbc),
            Builtin.of("funck", JitLib::funck),
            Builtin.of("funcuvname", JitLib::funcuvname),
            noTraces("traceinfo", 1), noTraces("traceir", 2), noTraces("tracek", 2), noTraces("tracesnap", 2),
            noTraces("tracemc", 1), noTraces("traceexitstub", 1), noTraces("ircalladdr", 1),
        };
        for (Builtin b : fns) {
            LibRegistry.account(vm, b);
            LibRegistry.assignId("jit.util", b);
            t.setStr(vm.intern(b.name), b);
        }
        return t;
    }

    /** Trace inspection: the arguments are checked as numbers, and no trace exists. */
    private static Builtin noTraces(String name, int nums) {
        return Builtin.of(name, (L, base, nargs) -> {
            for (int i = 1; i <= Math.min(nums, Math.max(nargs, 1)); i++) Args.checkInt(L, i);
            return 0;
        });
    }

    /** check_Lproto: the prototype of a Lua function; builtins give null when allowed, else an error. */
    private static Proto checkProto(LuaThread L, boolean allowBuiltin) {
        Object f = Args.arg(L, 1);
        if (f instanceof LuaClosure c) return c.proto;
        if (f instanceof LuaFunction && allowBuiltin && Args.count(L) >= 1) return null;
        throw Args.typeError(L, 1, "function");
    }

    /** lj_debug_line: line of pc (the header is the first line, sizebc the last), 0 without debug info. */
    private static int line(Proto p, int pc) {
        if (p.lineinfo == null || pc < 0 || pc > p.sizebc()) return 0;
        if (pc == p.sizebc()) return p.lastline();
        return p.lineOf(pc);
    }

    private static int funcinfo(LuaThread L, int base, int nargs) {
        Proto p = checkProto(L, true);
        LuaVM vm = L.vm;
        if (p == null) {
            LuaTable t = LuaTable.createTable(vm.heap, 0, 4);
            // a fast function (not FF_C) also tells its ffid
            if (Args.arg(L, 1) instanceof Builtin b && b.ffid != 0) t.setStr(vm.intern("ffid"), (double) b.ffid);
            t.setStr(vm.intern("addr"), (double) System.identityHashCode(Args.arg(L, 1)));
            t.setStr(vm.intern("upvalues"), 0.0);
            L.stack[base] = t;
            return 1;
        }
        int pc = Args.optInt(L, 2, 0);
        LuaTable t = LuaTable.createTable(vm.heap, 0, 16);
        t.setStr(vm.intern("linedefined"), (double) p.firstline);
        t.setStr(vm.intern("lastlinedefined"), (double) p.lastline());
        t.setStr(vm.intern("stackslots"), (double) p.framesize);
        t.setStr(vm.intern("params"), (double) p.numparams);
        t.setStr(vm.intern("bytecodes"), (double) p.sizebc());
        t.setStr(vm.intern("gcconsts"), (double) (p.kgc == null ? 0 : p.kgc.length));
        t.setStr(vm.intern("nconsts"), (double) (p.knum == null ? 0 : p.knum.length));
        t.setStr(vm.intern("upvalues"), (double) (p.uv == null ? 0 : p.uv.length));
        if (Integer.compareUnsigned(pc, p.sizebc()) < 0) t.setStr(vm.intern("currentline"), (double) line(p, pc));
        t.setStr(vm.intern("isvararg"), (p.flags & Proto.VARARG) != 0);
        t.setStr(vm.intern("children"), (p.flags & Proto.CHILD) != 0);
        LuaString src = p.chunkname == null ? vm.intern("?") : p.chunkname;
        t.setStr(vm.intern("source"), src);
        t.setStr(vm.intern("loc"), vm.intern(location(src.toString(), line(p, pc))));
        L.stack[base] = t;
        return 1;
    }

    /** lj_debug_pushloc: "file:line" (directories dropped), "=name:line", or "\"source\":line". */
    static String location(String s, int line) {
        if (s.startsWith("@")) {
            String f = s.substring(1);
            int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
            if (slash > 0) f = f.substring(slash + 1);
            return f + ":" + line;
        }
        if (s.length() > 40) return "0x" + Integer.toHexString(s.hashCode()) + ":" + line;
        if (s.startsWith("=")) return s.substring(1) + ":" + line;
        return "\"" + s + "\":" + line;
    }

    /** funcbc(f, pc [, lineinfo]): the instruction word and its mode word (lj_bc_mode), and the line. */
    private static int funcbc(LuaThread L, int base, int nargs) {
        Proto p = checkProto(L, false);
        int pc = Args.checkInt(L, 2);
        int lineinfo = Args.optInt(L, 3, 0);
        if (Integer.compareUnsigned(pc, p.sizebc()) >= 0) return 0;
        int ins = p.bc[pc];
        L.ensureStack(base + 3);
        L.stack[base] = (double) ins;
        L.stack[base + 1] = (double) BcMode.of(Op.op(ins));
        if (lineinfo != 0) {
            L.stack[base + 2] = (double) line(p, pc);
            return 3;
        }
        return 2;
    }

    /** funck(f, idx): number constants at idx >= 0, GC constants at ~idx (strings; tables as copies). */
    private static int funck(LuaThread L, int base, int nargs) {
        Proto p = checkProto(L, false);
        int idx = Args.checkInt(L, 2);
        if (idx >= 0) {
            if (p.knum == null || idx >= p.knum.length) return 0;
            L.stack[base] = p.knum[idx];
            return 1;
        }
        int d = ~idx;
        if (p.kgc == null || d >= p.kgc.length) return 0;
        Object k = p.kgc[d];
        if (k instanceof LuaString s) {
            L.stack[base] = s;
        } else if (k instanceof TemplateTable tpl) {
            L.stack[base] = new LuaTable(L.vm.heap, tpl);
        } else {
            return 0; // prototypes and 64-bit cdata constants have no Lua value in jresty
        }
        return 1;
    }

    private static int funcuvname(LuaThread L, int base, int nargs) {
        Proto p = checkProto(L, false);
        int idx = Args.checkInt(L, 2);
        int n = p.uv == null ? 0 : p.uv.length;
        if (Integer.compareUnsigned(idx, n) >= 0) return 0;
        String name = p.uvnames == null || idx >= p.uvnames.length ? "" : p.uvnames[idx];
        L.stack[base] = L.vm.intern(name);
        return 1;
    }

    /** lj_bc_mode: operand modes A | B<<3 | C/D<<7 | metamethod<<11, the metamethod numbered as MMDEF. */
    static final class BcMode {
        private BcMode() {
        }

        private static final int MM_NONE = 22;
        private static final int[] MODES = new int[Op.COUNT];

        static {
            for (int op = 0; op < Op.COUNT; op++) {
                Op o = Op.of(op);
                MODES[op] = o.modeA().ordinal() | (o.modeB().ordinal() << 3) | (o.modeCD().ordinal() << 7)
                        | (metamethod(o.name()) << 11);
            }
        }

        static int of(int op) {
            return op < MODES.length ? MODES[op] : 0;
        }

        /** MMDEF order: index newindex gc mode eq len lt le concat call add sub mul div mod pow unm ... */
        private static int metamethod(String op) {
            switch (op) {
                case "ISLT", "ISGE": return 6;
                case "ISLE", "ISGT": return 7;
                case "ISEQV", "ISNEV", "ISEQS", "ISNES", "ISEQN", "ISNEN", "ISEQP", "ISNEP": return 4;
                case "UNM": return 16;
                case "LEN": return 5;
                case "POW": return 15;
                case "CAT": return 8;
                case "FNEW", "TNEW", "TDUP": return 2;
                case "GGET", "TGETV", "TGETS", "TGETB", "TGETR": return 0;
                case "GSET", "TSETV", "TSETS", "TSETB", "TSETR": return 1;
                case "CALLM", "CALL", "CALLMT", "CALLT", "ITERC", "ITERN": return 9;
                default: break;
            }
            if (op.length() == 5 && (op.endsWith("VN") || op.endsWith("NV") || op.endsWith("VV"))) {
                switch (op.substring(0, 3)) {
                    case "ADD": return 10;
                    case "SUB": return 11;
                    case "MUL": return 12;
                    case "DIV": return 13;
                    case "MOD": return 14;
                    default: break;
                }
            }
            return MM_NONE;
        }
    }
}
