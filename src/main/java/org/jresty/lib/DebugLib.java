package org.jresty.lib;

import org.jresty.lib.debug.DebugConsole;
import org.jresty.lib.debug.FuncInfo;
import org.jresty.lib.debug.Hooks;
import org.jresty.lib.debug.Locals;
import org.jresty.lib.debug.StackLevels;
import org.jresty.lib.debug.Upvalues;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.LuaUserdata;
import org.jresty.vm.LuaVM;
import org.jresty.vm.Meta;
import org.jresty.vm.Traceback;

/** LuaJIT's debug library (lib_debug.c), Lua 5.1 mode. Functions in LuaJIT's registration order. */
public final class DebugLib {
    private DebugLib() {
    }

    public static void open(LuaVM vm) {
        Hooks hooks = Hooks.of(vm); // captured by sethook/gethook: keeps the VM's hook state alive
        LibRegistry.register(vm, "debug",
                Builtin.of("getregistry", (L, base, nargs) -> ret(L, base, L.vm.registry)),
                Builtin.of("getmetatable", DebugLib::getmetatable),
                Builtin.of("setmetatable", DebugLib::setmetatable),
                Builtin.of("getfenv", DebugLib::getfenv),
                Builtin.of("setfenv", DebugLib::setfenv),
                Builtin.of("getinfo", DebugLib::getinfo),
                Builtin.of("getlocal", DebugLib::getlocal),
                Builtin.of("setlocal", DebugLib::setlocal),
                Builtin.of("getupvalue", (L, base, nargs) -> Upvalues.get(L, base, true)),
                Builtin.of("setupvalue", (L, base, nargs) -> {
                    Args.checkAny(L, 3);
                    return Upvalues.get(L, base, false);
                }),
                Builtin.of("upvalueid", Upvalues::id),
                Builtin.of("upvaluejoin", Upvalues::join),
                Builtin.of("sethook", (L, base, nargs) -> sethook(hooks, L, base, nargs)),
                Builtin.of("gethook", (L, base, nargs) -> gethook(hooks, L, base)),
                Builtin.of("debug", (L, base, nargs) -> {
                    DebugConsole.run(L);
                    return 0;
                }),
                Builtin.of("traceback", DebugLib::traceback));
    }

    private static int ret(LuaThread L, int base, Object v) {
        L.stack[base] = v;
        return 1;
    }

    // ---------------------------------------------------------------------------------------------- metatables

    static int getmetatable(LuaThread L, int base, int nargs) {
        Object v = Args.checkAny(L, 1);
        return ret(L, base, Meta.metatable(L.vm, v));
    }

    static int setmetatable(LuaThread L, int base, int nargs) {
        if (nargs < 2 || (L.stack[base + 1] != null && !(L.stack[base + 1] instanceof LuaTable))) {
            throw Args.argError(L, 2, "nil or table expected");
        }
        Object o = L.stack[base];
        LuaTable mt = (LuaTable) L.stack[base + 1];
        LuaVM vm = L.vm;
        if (o instanceof LuaTable t) t.setMetatable(mt);
        else if (o instanceof LuaUserdata u) u.metatable = mt;
        else if (o instanceof LuaString) vm.stringMeta = mt;
        else if (o == null) vm.nilMeta = mt;
        else if (o instanceof Boolean) vm.booleanMeta = mt;
        else if (o instanceof Double) vm.numberMeta = mt;
        else if (o instanceof LuaFunction) vm.functionMeta = mt;
        else if (o instanceof LuaThread) vm.threadMeta = mt;
        return ret(L, base, Boolean.TRUE);
    }

    // ---------------------------------------------------------------------------------------------- environments

    static int getfenv(LuaThread L, int base, int nargs) {
        Object o = Args.checkAny(L, 1);
        LuaTable env = null;
        if (o instanceof LuaClosure c) env = c.env;
        else if (o instanceof Builtin b) env = b.env != null ? b.env : L.vm.globals;
        else if (o instanceof LuaUserdata u) env = u.env != null ? u.env : L.vm.globals;
        else if (o instanceof LuaThread t) env = t.env != null ? t.env : L.vm.globals;
        return ret(L, base, env);
    }

    static int setfenv(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 2);
        Object o = L.stack[base];
        if (o instanceof LuaClosure c) c.env = t;
        else if (o instanceof Builtin b) b.env = t;
        else if (o instanceof LuaUserdata u) u.env = t;
        else if (o instanceof LuaThread th) {
            th.env = t;
            if (th == L.vm.mainThread) L.vm.globals = t;
        } else {
            throw Args.error(L, "'setfenv' cannot change environment of given object");
        }
        return ret(L, base, o);
    }

    // ---------------------------------------------------------------------------------------------- frames

    /** lib_debug's getthread: a thread as first argument shifts the others by one. */
    private static LuaThread thread(LuaThread L, int nargs, int base) {
        return nargs > 0 && L.stack[base] instanceof LuaThread t ? t : null;
    }

    /** lua_isnumber: a number or a string that converts to one. */
    private static Double levelArg(LuaThread L, int n) {
        Object v = Args.arg(L, n);
        if (v instanceof Double d) return d;
        if (v instanceof LuaString s) return Conv.parseNumber(s);
        return null;
    }

    static int getinfo(LuaThread L, int base, int nargs) {
        LuaThread t = thread(L, nargs, base);
        LuaThread L1 = t != null ? t : L;
        int arg = t != null ? 1 : 0;
        LuaString opts = Args.optString(L, arg + 2, null);
        byte[] what = opts == null ? new byte[] {'f', 'l', 'n', 'S', 'u'} : cString(opts.bytes());
        Double level = levelArg(L, arg + 1);
        int fi = -1;
        LuaFunction fn;
        if (level != null) {
            fi = StackLevels.frameIndex(L1, toInteger(level));
            if (fi < 0) return ret(L, base, null);
            if (what.length > 0 && what[0] == '>') throw Args.argError(L, arg + 2, "invalid option");
            fn = L1.frames[fi].func;
        } else if (Args.arg(L, arg + 1) instanceof LuaFunction f && arg + 1 <= nargs) {
            fn = f;
        } else {
            throw Args.argError(L, arg + 1, "function or level expected");
        }
        if (!FuncInfo.validOptions(what)) throw Args.argError(L, arg + 2, "invalid option");
        return ret(L, base, FuncInfo.build(L.vm, L1, fi, fn, what));
    }

    /** (int) lua_tointeger: truncation to 64 bits (x86: NaN and out of range give INT64_MIN), low 32 bits kept. */
    private static int toInteger(double d) {
        long l = d >= -9.223372036854775808E18 && d < 9.223372036854775808E18 ? (long) d : Long.MIN_VALUE;
        return (int) l;
    }

    /** The bytes of a Lua string up to its first NUL (C code sees no further). */
    private static byte[] cString(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) return java.util.Arrays.copyOf(b, i);
        }
        return b;
    }

    static int getlocal(LuaThread L, int base, int nargs) {
        LuaThread t = thread(L, nargs, base);
        LuaThread L1 = t != null ? t : L;
        int arg = t != null ? 1 : 0;
        int n = Args.checkInt(L, arg + 2);
        if (L.stack[base + arg] instanceof LuaFunction f) {
            String name = f instanceof LuaClosure cl ? Locals.paramName(cl.proto, n) : null;
            return ret(L, base, name == null ? null : L.vm.intern(name));
        }
        int fi = StackLevels.frameIndex(L1, Args.checkInt(L, arg + 1));
        if (fi < 0) throw Args.argError(L, arg + 1, "level out of range");
        Locals.Slot s = Locals.find(L1, fi, n);
        if (s == null) return ret(L, base, null);
        Object v = L1.stack[s.index()];
        L.stack[base] = L.vm.intern(s.name());
        L.stack[base + 1] = v;
        return 2;
    }

    static int setlocal(LuaThread L, int base, int nargs) {
        LuaThread t = thread(L, nargs, base);
        LuaThread L1 = t != null ? t : L;
        int arg = t != null ? 1 : 0;
        int fi = StackLevels.frameIndex(L1, Args.checkInt(L, arg + 1));
        if (fi < 0) throw Args.argError(L, arg + 1, "level out of range");
        Object v = Args.checkAny(L, arg + 3);
        Locals.Slot s = Locals.find(L1, fi, Args.checkInt(L, arg + 2));
        if (s == null) return ret(L, base, null);
        L1.stack[s.index()] = v;
        L1.frames[fi].localsWritten = true; // compiled code of that frame may hold the old value as a double
        return ret(L, base, L.vm.intern(s.name()));
    }

    // ---------------------------------------------------------------------------------------------- hooks

    static int sethook(Hooks h, LuaThread L, int base, int nargs) {
        int arg = thread(L, nargs, base) != null ? 1 : 0;
        if (Args.isNoneOrNil(L, arg + 1)) {
            h.set(null, 0, 0);
            return 0;
        }
        LuaString smask = Args.checkString(L, arg + 2);
        LuaFunction fn = Args.checkFunction(L, arg + 1);
        int count = Args.optInt(L, arg + 3, 0);
        int mask = 0;
        for (byte c : cString(smask.bytes())) {
            if (c == 'c') mask |= Hooks.MASK_CALL;
            else if (c == 'r') mask |= Hooks.MASK_RET;
            else if (c == 'l') mask |= Hooks.MASK_LINE;
        }
        if (count > 0) mask |= Hooks.MASK_COUNT;
        h.set(fn, mask, count);
        return 0;
    }

    static int gethook(Hooks h, LuaThread L, int base) {
        int mask = h.mask();
        StringBuilder sb = new StringBuilder();
        if ((mask & Hooks.MASK_CALL) != 0) sb.append('c');
        if ((mask & Hooks.MASK_RET) != 0) sb.append('r');
        if ((mask & Hooks.MASK_LINE) != 0) sb.append('l');
        L.ensureStack(base + 3 + 16);
        L.stack[base] = h.function();
        L.stack[base + 1] = L.vm.intern(sb.toString());
        L.stack[base + 2] = (double) h.countStart();
        return 3;
    }

    // ---------------------------------------------------------------------------------------------- traceback

    static int traceback(LuaThread L, int base, int nargs) {
        LuaThread t = thread(L, nargs, base);
        LuaThread L1 = t != null ? t : L;
        int arg = t != null ? 1 : 0;
        Object m = Args.arg(L, arg + 1);
        String msg = null;
        if (m instanceof LuaString s) msg = s.toString();
        else if (m instanceof Double d) msg = Conv.numberToString(d);
        if (msg == null && nargs > arg) return ret(L, base, m);
        int level = Args.optInt(L, arg + 2, L == L1 ? 1 : 0);
        // A negative level names no frame (lua_getstack fails): only the header.
        String text = level < 0 ? (msg == null ? "" : msg + "\n") + "stack traceback:" : Traceback.traceback(L1, msg, level);
        return ret(L, base, L.vm.intern(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }
}
