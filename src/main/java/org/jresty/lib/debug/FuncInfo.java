package org.jresty.lib.debug;

import org.jresty.bytecode.Proto;
import org.jresty.compiler.ChunkName;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.CapturingBuiltin;
import org.jresty.vm.Debug;
import org.jresty.vm.LuaVM;

/** debug.getinfo's table (lj_debug_getinfo plus lib_debug's field order). */
public final class FuncInfo {
    private FuncInfo() {
    }

    /** True when every option letter is one lj_debug_getinfo knows. */
    public static boolean validOptions(byte[] what) {
        for (byte c : what) {
            if ("SlunfL".indexOf(c) < 0) return false;
        }
        return true;
    }

    /**
     * The info table of function fn; fi is its frame index in L1 (-1 for the function form, which has no
     * current line and no name).
     */
    public static LuaTable build(LuaVM vm, LuaThread L1, int fi, LuaFunction fn, byte[] what) {
        LuaTable t = new LuaTable(vm.heap, 0, 4);
        boolean optF = false, optL = false;
        for (byte c : what) {
            switch (c) {
                case 'S' -> source(vm, t, fn);
                case 'l' -> set(vm, t, "currentline", (double) currentLine(L1, fi));
                case 'u' -> {
                    set(vm, t, "nups", (double) nups(fn));
                    if (fn instanceof LuaClosure cl) {
                        set(vm, t, "nparams", (double) cl.proto.numparams);
                        set(vm, t, "isvararg", cl.proto.isVararg());
                    } else {
                        set(vm, t, "nparams", 0.0);
                        set(vm, t, "isvararg", Boolean.TRUE);
                    }
                }
                case 'n' -> {
                    Debug.Name n = fi >= 0 ? Debug.funcName(L1, fi) : null;
                    set(vm, t, "name", n == null ? null : vm.intern(n.name()));
                    set(vm, t, "namewhat", vm.intern(n == null ? "" : n.kind()));
                }
                case 'f' -> optF = true;
                case 'L' -> optL = true;
                default -> {
                }
            }
        }
        if (optL) set(vm, t, "activelines", activeLines(vm, fn));
        if (optF) set(vm, t, "func", fn);
        return t;
    }

    private static void set(LuaVM vm, LuaTable t, String k, Object v) {
        t.setStr(vm.intern(k), v);
    }

    private static void source(LuaVM vm, LuaTable t, LuaFunction fn) {
        if (fn instanceof LuaClosure cl) {
            Proto pt = cl.proto;
            set(vm, t, "source", cString(vm, pt.chunkname));
            set(vm, t, "short_src", vm.intern(ChunkName.shortSrc(pt.chunkname)));
            set(vm, t, "linedefined", (double) pt.firstline);
            set(vm, t, "lastlinedefined", (double) (pt.firstline + pt.numline));
            set(vm, t, "what", vm.intern(pt.firstline != 0 || pt.numline == 0 ? "Lua" : "main"));
        } else {
            set(vm, t, "source", vm.intern("=[C]"));
            set(vm, t, "short_src", vm.intern("[C]"));
            set(vm, t, "linedefined", -1.0);
            set(vm, t, "lastlinedefined", -1.0);
            set(vm, t, "what", vm.intern("C"));
        }
    }

    /** The chunk name as a C string (up to its first NUL), as lua_Debug.source holds it. */
    private static LuaString cString(LuaVM vm, LuaString s) {
        byte[] b = s.bytes();
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) return vm.intern(b, 0, i);
        }
        return s;
    }

    public static int currentLine(LuaThread L1, int fi) {
        if (fi < 0) return -1;
        int pc = StackLevels.framePc(L1, fi);
        if (pc == StackLevels.NO_POS) return -1;
        return StackLevels.line(L1.frames[fi].cl.proto, pc);
    }

    public static int nups(LuaFunction fn) {
        if (fn instanceof LuaClosure cl) return cl.upvals.length;
        if (fn instanceof CapturingBuiltin cb) return cb.upvalues.length;
        if (fn instanceof org.jresty.runtime.Builtin b) return b.nupvalues;
        return 0;
    }

    private static Object activeLines(LuaVM vm, LuaFunction fn) {
        if (!(fn instanceof LuaClosure cl)) return null;
        LuaTable t = new LuaTable(vm.heap);
        Proto pt = cl.proto;
        if (pt.lineinfo != null) {
            for (int pc = 1; pc < pt.bc.length; pc++) t.set((double) StackLevels.line(pt, pc), Boolean.TRUE);
        }
        return t;
    }
}
