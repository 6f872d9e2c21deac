package org.jresty.lib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.LuaUserdata;
import org.jresty.vm.Debug;
import org.jresty.vm.Frame;
import org.jresty.vm.LuaVM;
import org.jresty.vm.Meta;

/** LuaJIT's base library (lib_base.c) in Lua 5.1 mode: no rawlen, no __pairs. */
public final class BaseLib {
    private BaseLib() {
    }

    private static final class Special extends Builtin {
        Special(String name, int kind) {
            super(name, kind);
        }

        @Override
        public int call(LuaThread L, int base, int nargs) {
            throw new IllegalStateException(name + " is run by the interpreter");
        }
    }

    public static void open(LuaVM vm) {
        LuaTable g = vm.globals;
        Builtin next = Builtin.of("next", BaseLib::next);
        vm.nextFn = next;
        Builtin ipairsAux = LibRegistry.assignId("_G", Builtin.of("ipairs_aux", BaseLib::ipairsAux));
        LibRegistry.account(vm, ipairsAux);
        vm.pinned.add(ipairsAux);
        vm.ipairsAux = ipairsAux;
        // luaopen_base: "_VERSION"'s string and newproxy's weak table come first (they are pushed as upvalues).
        vm.intern("Lua 5.1");
        LuaTable proxyMetatables = newproxyWeakTable(vm);
        // ipairs_aux is created before ipairs, which carries it as its upvalue (LJLIB_PUSH(lastcl)).
        Builtin pairs = Builtin.of("pairs", (L, base, nargs) -> {
            LuaTable t = Args.checkTable(L, 1);
            L.stack[base] = next;
            L.stack[base + 1] = t;
            L.stack[base + 2] = null;
            return 3;
        });
        Builtin ipairs = Builtin.of("ipairs", (L, base, nargs) -> {
            Object t = Args.checkAny(L, 1);
            if (!(t instanceof LuaTable)) throw Args.typeError(L, 1, "table");
            L.stack[base] = ipairsAux;
            L.stack[base + 1] = t;
            L.stack[base + 2] = 0.0;
            return 3;
        });
        Builtin type = Builtin.of("type", (L, base, nargs) -> {
            Object v = Args.checkAny(L, 1);
            L.stack[base] = L.vm.intern(Conv.typeName(v));
            return 1;
        });
        Builtin print = Builtin.of("print", BaseLib::print);
        Builtin newproxy = Builtin.of("newproxy", BaseLib::newproxy);
        // LuaJIT's type keeps its 14 results (ORDER LJ_T names, some twice) as upvalues: the names exist from the
        // start, including the internal ones ("upval", "proto", "trace").
        for (String name : TYPE_UPVALUE_NAMES) vm.intern(name);
        withUpvalues(vm, type, 14);
        withUpvalues(vm, pairs, 1);       // next
        withUpvalues(vm, ipairs, 1);      // ipairs_aux
        withUpvalues(vm, newproxy, 1);    // the weak table of proxy metatables
        vm.intern("tostring");
        withUpvalues(vm, print, 1);       // the string "tostring"
        vm.pinned.add(proxyMetatables);
        LibRegistry.registerGlobals(vm,
                Builtin.of("assert", BaseLib::assertFn),
                Builtin.of("collectgarbage", BaseLib::collectgarbage),
                Builtin.of("dofile", BaseLib::dofile),
                Builtin.of("error", BaseLib::error),
                Builtin.of("getfenv", BaseLib::getfenv),
                Builtin.of("getmetatable", BaseLib::getmetatable),
                ipairs,
                Builtin.of("load", BaseLib::load),
                Builtin.of("loadfile", BaseLib::loadfile),
                Builtin.of("loadstring", BaseLib::loadstring),
                next,
                pairs,
                new Special("pcall", Builtin.SPECIAL_PCALL),
                print,
                Builtin.of("rawequal", (L, base, nargs) -> {
                    Args.checkAny(L, 1);
                    Args.checkAny(L, 2);
                    L.stack[base] = org.jresty.vm.Interp.rawEquals(L.stack[base], L.stack[base + 1]);
                    return 1;
                }),
                Builtin.of("rawget", (L, base, nargs) -> {
                    LuaTable t = Args.checkTable(L, 1);
                    Object k = Args.checkAny(L, 2);
                    L.stack[base] = t.get(k);
                    return 1;
                }),
                Builtin.of("rawset", (L, base, nargs) -> {
                    LuaTable t = Args.checkTable(L, 1);
                    Object k = Args.checkAny(L, 2);
                    Object v = Args.checkAny(L, 3);
                    t.set(k, v);
                    L.stack[base] = t;
                    return 1;
                }),
                Builtin.of("select", BaseLib::select),
                Builtin.of("setfenv", BaseLib::setfenv),
                Builtin.of("setmetatable", BaseLib::setmetatable),
                Builtin.of("tonumber", BaseLib::tonumber),
                new Special("tostring", Builtin.SPECIAL_TOSTRING),
                type,
                Builtin.of("unpack", BaseLib::unpack),
                new Special("xpcall", Builtin.SPECIAL_XPCALL),
                newproxy,
                Builtin.of("gcinfo", (L, base, nargs) -> {
                    L.stack[base] = Math.floor(L.vm.heap.countKB());
                    return 1;
                }));
        g.setStr(vm.intern("_G"), g);
        g.setStr(vm.intern("_VERSION"), vm.intern("Lua 5.1"));
        // OpenResty's preload entries of luaopen_base (FFI builds): thread.exdata and thread.exdata2.
        ThreadExdata.preload(vm);
    }

    /** The names pushed as type's upvalues (lib_base.c, ORDER LJ_T). */
    private static final String[] TYPE_UPVALUE_NAMES = {"nil", "boolean", "userdata", "string", "upval", "thread",
        "proto", "function", "trace", "cdata", "table", "number"};

    /** Counts a library function as a GCfuncC with n upvalues (LuaJIT's LJLIB_PUSH before its definition). */
    private static void withUpvalues(LuaVM vm, Builtin b, int n) {
        vm.heap.newBuiltin(b, n);
    }

    /** newproxy's upvalue: lj_tab_new(L, 0, 1) (two nodes), its own metatable, __mode = "kv". */
    private static LuaTable newproxyWeakTable(LuaVM vm) {
        LuaTable t = new LuaTable(vm.heap, 0, 1);
        t.setMetatable(t);
        t.setStr(vm.MM_MODE, vm.intern("kv"));
        return t;
    }

    /** The xpcall builtin of a VM (used for protected calls from Java with a message handler). */
    public static Object xpcall(LuaVM vm) {
        return vm.globals.getStr(vm.intern("xpcall"));
    }

    static int next(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        Object k = nargs >= 2 ? L.stack[base + 1] : null;
        int i = t.iterNext(t.iterIndexOf(k));
        if (i < 0) {
            L.stack[base] = null;
            return 1;
        }
        L.stack[base] = t.iterKey(i);
        L.stack[base + 1] = t.iterValue(i);
        return 2;
    }

    /**
     * ipairs_aux as LuaJIT's fast function: the key is the control plus one as it is (2.7 gives 3.7), the element
     * read is t[key truncated to an integer], and a nil element ends the loop with no results.
     */
    static int ipairsAux(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        double key = Args.checkNumber(L, 2) + 1;
        Object v = t.getInt(Args.toInt(key));
        if (v == null) return 0;
        L.stack[base] = org.jresty.vm.Interp.box(key);
        L.stack[base + 1] = v;
        return 2;
    }

    static int assertFn(LuaThread L, int base, int nargs) {
        Object v = Args.checkAny(L, 1);
        if (!Conv.isFalsy(v)) return nargs;
        if (nargs < 2) throw Args.error(L, "assertion failed!");
        Object m = L.stack[base + 1];
        if (m instanceof LuaString || m instanceof Double) throw Args.error(L, Args.checkString(L, 2).toString());
        throw new LuaError(m);
    }

    static int error(LuaThread L, int base, int nargs) {
        Object msg = nargs > 0 ? L.stack[base] : null;
        int level = Args.optInt(L, 2, 1);
        if ((msg instanceof LuaString || msg instanceof Double) && level > 0) {
            int fi = L.depth - 1 - level;
            if (fi >= 0) {
                Frame f = L.frames[fi];
                String loc = Debug.location(f);
                if (!loc.isEmpty()) {
                    msg = L.vm.intern(loc + (msg instanceof Double d ? Conv.numberToString(d) : msg.toString()));
                }
            }
        }
        throw new LuaError(msg);
    }

    static int print(LuaThread L, int base, int nargs) {
        LuaVM vm = L.vm;
        // Like LuaJIT, print calls the global tostring unless it is the original one.
        Object ts = vm.globals.getStr(vm.intern("tostring"));
        boolean shortcut = ts instanceof Builtin b && b.name.equals("tostring") && b.env == null
                && vm.globals.getStr(vm.intern("print")) != null;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < nargs; i++) {
            Object v = L.stack[base + i];
            LuaString s;
            if (v instanceof LuaString ls && (shortcut || !(ts instanceof LuaFunction))) {
                s = ls;
            } else if (shortcut || !(ts instanceof LuaFunction)) {
                s = vm.tostring(L, v);
            } else {
                Object r = vm.interp.call1(L, ts, v, null, 1);
                if (r instanceof LuaString rs) s = rs;
                else if (r instanceof Double d) s = org.jresty.runtime.StrCat.number(vm.strings, d);
                else throw Args.error(L, "'tostring' must return a string to 'print'");
            }
            if (i > 0) buf.write('\t');
            buf.write(s.bytes(), 0, s.length());
        }
        buf.write('\n');
        // no flush: stdout is buffered like C's stdio (line-buffered on a terminal), flushed at exit and prompts
        vm.out.write(buf.toByteArray(), 0, buf.size());
        return 0;
    }

    static int select(LuaThread L, int base, int nargs) {
        Object a = nargs > 0 ? L.stack[base] : null;
        if (a instanceof LuaString s && s.length() > 0 && s.byteAt(0) == '#') {
            L.stack[base] = org.jresty.vm.Interp.num(nargs - 1);
            return 1;
        }
        int n = Args.checkInt(L, 1);
        if (n < 0) n = nargs + n;
        else if (n > nargs) n = nargs;
        if (n < 1) throw Args.argError(L, 1, "index out of range");
        int cnt = nargs - n;
        System.arraycopy(L.stack, base + n, L.stack, base, cnt);
        return cnt;
    }

    static int tonumber(LuaThread L, int base, int nargs) {
        Object v = Args.checkAny(L, 1);
        Object b = nargs >= 2 ? L.stack[base + 1] : null;
        if (b == null) {
            L.stack[base] = v instanceof Double ? v : v instanceof LuaString s ? Conv.parseNumber(s) : null;
            return 1;
        }
        int radix = Args.checkInt(L, 2);
        LuaString s = Args.checkString(L, 1);
        if (radix < 2 || radix > 36) throw Args.argError(L, 2, "base out of range");
        L.stack[base] = parseRadix(s.bytes(), radix);
        return 1;
    }

    private static boolean space(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static Double parseRadix(byte[] b, int radix) {
        int i = 0, n = b.length;
        while (i < n && space(b[i])) i++;
        boolean neg = false;
        if (i < n && (b[i] == '-' || b[i] == '+')) {
            neg = b[i] == '-';
            i++;
        }
        double v = 0;
        int digits = 0;
        for (; i < n; i++) {
            int c = b[i] & 0xff, d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') d = (c | 0x20) - 'a' + 10;
            else break;
            if (d >= radix) break;
            v = v * radix + d;
            digits++;
        }
        while (i < n && space(b[i])) i++;
        if (digits == 0 || i != n) return null;
        return neg ? -v : v;
    }

    static int unpack(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        int i = Args.optInt(L, 2, 1);
        int e = Args.arg(L, 3) == null ? t.length() : Args.checkInt(L, 3);
        if (i > e) return 0;
        long n = (long) e - i + 1;
        if (n >= 8000) throw Args.error(L, "too many results to unpack");
        L.ensureStack(base + (int) n + 32);
        for (int k = 0; k < n; k++) L.stack[base + k] = t.getInt(i + k);
        return (int) n;
    }

    static int getmetatable(LuaThread L, int base, int nargs) {
        Object v = Args.checkAny(L, 1);
        LuaTable mt = Meta.metatable(L.vm, v);
        if (mt == null) {
            L.stack[base] = null;
            return 1;
        }
        Object protect = mt.getStr(L.vm.MM_METATABLE);
        L.stack[base] = protect != null ? protect : mt;
        return 1;
    }

    static int setmetatable(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        Object m = nargs >= 2 ? L.stack[base + 1] : null;
        if (nargs < 2 || (m != null && !(m instanceof LuaTable))) throw Args.argError(L, 2, "nil or table expected");
        if (t.metatable != null && t.metatable.getStr(L.vm.MM_METATABLE) != null) {
            throw Args.error(L, "cannot change a protected metatable");
        }
        t.setMetatable((LuaTable) m);
        L.stack[base] = t;
        return 1;
    }

    /** The function a getfenv/setfenv argument designates (level or function), or null for level 0. */
    private static Object fenvTarget(LuaThread L, int base, int nargs, String fname) {
        Object a = nargs > 0 ? L.stack[base] : null;
        if (a instanceof LuaFunction) return a;
        int level = a == null ? 1 : Args.checkInt(L, 1);
        if (level < 0) throw Args.argError(L, 1, "level must be non-negative");
        if (level == 0) return null;
        int fi = L.depth - 1 - level;
        if (fi < 0) throw Args.argError(L, 1, "invalid level");
        return L.frames[fi].func;
    }

    static int getfenv(LuaThread L, int base, int nargs) {
        Object f = fenvTarget(L, base, nargs, "getfenv");
        LuaTable env;
        if (f == null) env = L.env != null ? L.env : L.vm.globals;
        else if (f instanceof LuaClosure c) env = c.env;
        else if (f instanceof Builtin b && b.env != null) env = b.env;
        else env = L.vm.globals;
        L.stack[base] = env;
        return 1;
    }

    static int setfenv(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 2);
        Object f = fenvTarget(L, base, nargs, "setfenv");
        if (f == null) {
            L.env = t;
            if (L == L.vm.mainThread) L.vm.globals = t;
            return 0;
        }
        if (f instanceof LuaClosure c) {
            c.env = t;
            L.vm.heap.barrierForward(c, t);
            L.stack[base] = c;
            return 1;
        }
        throw Args.error(L, "'setfenv' cannot change environment of given object");
    }

    private static int loadResult(LuaThread L, int base, byte[] src, String chunkname, int modeArg, int envArg) {
        LuaVM vm = L.vm;
        LuaString mode = Args.optString(L, modeArg, null);
        LuaTable env = vm.globals;
        if (Args.arg(L, envArg) != null) env = Args.checkTable(L, envArg);
        if (mode != null) {
            boolean binary = src.length > 0 && src[0] == 0x1b;
            if (mode.toString().indexOf(binary ? 'b' : 't') < 0) {
                L.stack[base] = null;
                L.stack[base + 1] = vm.intern("attempt to load chunk with wrong mode");
                return 2;
            }
        }
        try {
            L.stack[base] = vm.load(src, chunkname, env);
            return 1;
        } catch (LuaError e) {
            L.stack[base] = null;
            L.stack[base + 1] = e.value;
            return 2;
        }
    }

    /** load(chunk [, chunkname [, mode [, env]]]) with a string or a reader function; loadstring is the same. */
    static int load(LuaThread L, int base, int nargs) {
        Object a = nargs > 0 ? L.stack[base] : null;
        if (a instanceof LuaString || a instanceof Double) {
            LuaString s = Args.checkString(L, 1);
            LuaString name = Args.optString(L, 2, s);
            return loadResult(L, base, s.bytes(), name.toString(), 3, 4);
        }
        LuaFunction fn = Args.checkFunction(L, 1);
        LuaString name = Args.optString(L, 2, L.vm.intern("=(load)"));
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        for (;;) {
            Object[] r = L.vm.call(L, fn);
            Object piece = r.length > 0 ? r[0] : null;
            if (piece == null) break;
            if (!(piece instanceof LuaString s)) {
                L.stack[base] = null;
                L.stack[base + 1] = L.vm.intern("reader function must return a string");
                return 2;
            }
            if (s.length() == 0) break;
            buf.write(s.bytes(), 0, s.length());
        }
        return loadResult(L, base, buf.toByteArray(), name.toString(), 3, 4);
    }

    static int loadstring(LuaThread L, int base, int nargs) {
        return load(L, base, nargs);
    }

    /** Reads a chunk file (null path: stdin); on failure returns null and puts the message in err[0]. */
    private static byte[] readChunkFile(String path, String[] err) {
        try {
            if (path == null) return System.in.readAllBytes();
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                err[0] = "cannot read " + path;
                return null;
            }
            return Files.readAllBytes(p);
        } catch (java.nio.file.NoSuchFileException e) {
            err[0] = "cannot open " + path + ": No such file or directory";
        } catch (java.nio.file.AccessDeniedException e) {
            err[0] = "cannot open " + path + ": Permission denied";
        } catch (IOException | RuntimeException e) {
            err[0] = "cannot open " + path;
        }
        return null;
    }

    static int loadfile(LuaThread L, int base, int nargs) {
        LuaString p = Args.optString(L, 1, null);
        String path = p == null ? null : p.toString();
        String[] err = new String[1];
        byte[] src = readChunkFile(path, err);
        if (src == null) {
            L.stack[base] = null;
            L.stack[base + 1] = L.vm.intern(err[0]);
            return 2;
        }
        return loadResult(L, base, src, L.vm.fileChunkname(path), 2, 3);
    }

    static int dofile(LuaThread L, int base, int nargs) {
        LuaString p = Args.optString(L, 1, null);
        String path = p == null ? null : p.toString();
        String[] err = new String[1];
        byte[] src = readChunkFile(path, err);
        if (src == null) throw new LuaError(L.vm.intern(err[0]));
        LuaFunction fn = L.vm.load(src, L.vm.fileChunkname(path));
        L.stack[base] = fn;
        if (L.vm.frameSlots == 2) L.stack[base + 1] = null;
        return L.vm.interp.call(L, base, 0, -1);
    }

    static int newproxy(LuaThread L, int base, int nargs) {
        Object a = nargs > 0 ? L.stack[base] : null;
        LuaTable mt;
        if (a == null || a == Boolean.FALSE) mt = null;
        else if (a == Boolean.TRUE) mt = new LuaTable(L.vm.heap);
        else if (a instanceof LuaUserdata u && u.metatable != null) mt = u.metatable;
        else throw Args.argError(L, 1, "boolean or proxy expected");
        L.stack[base] = L.vm.newUserdata(mt, null);
        return 1;
    }

    static int collectgarbage(LuaThread L, int base, int nargs) {
        LuaString o = Args.optString(L, 1, L.vm.intern("collect"));
        String opt = o.toString();
        int arg = Args.optInt(L, 2, 0);
        switch (opt) {
            case "stop", "restart", "collect", "count", "step", "setpause", "setstepmul", "isrunning" -> {
            }
            default -> throw Args.argError(L, 1, "invalid option '" + opt + "'");
        }
        Object r = L.vm.heap.collectgarbage(opt, arg);
        L.stack[base] = r;
        return 1;
    }
}
