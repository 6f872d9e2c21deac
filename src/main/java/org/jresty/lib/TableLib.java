package org.jresty.lib;

import org.jresty.lib.tablelib.Extras;
import org.jresty.lib.tablelib.Sort;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.LuaVM;

/**
 * LuaJIT's table library (lib_table.c of OpenResty's LuaJIT 2.1): concat, insert, remove, move, sort, maxn,
 * foreach, foreachi, getn, and the require-able table.new, table.clear, table.clone, table.nkeys,
 * table.isempty, table.isarray (package.preload entries in registry._PRELOAD, which LuaJIT's package.preload
 * is; loading one also stores the function in the table library, as lj_lib_postreg does).
 *
 * <p>remove, move, foreach, foreachi and getn are written in Lua inside LuaJIT, compiled with raw index
 * instructions (TGETR/TSETR) that truncate a number key to an integer: no metamethods, and t[1.5] is t[1].
 */
public final class TableLib {
    private TableLib() {
    }

    public static void open(LuaVM vm) {
        LuaTable lib = LibRegistry.register(vm, "table",
                // Written in Lua in LuaJIT: counted as its closures and stripped prototypes (sizes of its dumps).
                LuaDefinedBuiltin.create(vm, "foreachi", 15, 0, TableLib::foreachi),
                LuaDefinedBuiltin.create(vm, "foreach", 16, 0, TableLib::foreach),
                LuaDefinedBuiltin.create(vm, "getn", 3, 0, (L, base, nargs) -> {
                    L.stack[base] = org.jresty.vm.Interp.num(Args.checkTable(L, 1).length());
                    return 1;
                }),
                Builtin.of("maxn", TableLib::maxn),
                Builtin.of("insert", TableLib::insert),
                LuaDefinedBuiltin.create(vm, "remove", 30, 2, TableLib::remove),
                LuaDefinedBuiltin.create(vm, "move", 35, 0, TableLib::move),
                Builtin.of("concat", TableLib::concat),
                Builtin.of("sort", TableLib::sort));
        LuaTable preload = preloadTable(vm);
        postreg(vm, preload, lib, "new", newFunction());
        postreg(vm, preload, lib, "clone", cloneFunction());
        postreg(vm, preload, lib, "clear", clearFunction());
        postreg(vm, preload, lib, "nkeys", nkeysFunction());
        postreg(vm, preload, lib, "isempty", isemptyFunction());
        postreg(vm, preload, lib, "isarray", isarrayFunction());
    }

    // ---------------------------------------------------------------------------------- require-able parts

    /** table.new(narray, nhash): a table pre-sized exactly as lua_createtable sizes it. */
    public static Builtin newFunction() {
        return Builtin.of("new", (L, base, nargs) -> {
            int a = Args.checkInt(L, 1);
            int h = Args.checkInt(L, 2);
            if (h < 0) throw new LuaError("table overflow"); // hsize2hbits of a negative size is 32 bits
            L.stack[base] = LuaTable.createTable(L.vm.heap, a, h);
            return 1;
        });
    }

    /** table.clear(t): removes every entry, keeping the sizes. */
    public static Builtin clearFunction() {
        return Builtin.of("clear", (L, base, nargs) -> {
            Args.checkTable(L, 1).clear();
            return 0;
        });
    }

    /** OpenResty's table.clone(t): a shallow copy with the same sizes, without the metatable. */
    public static Builtin cloneFunction() {
        return Builtin.of("clone", (L, base, nargs) -> {
            L.stack[base] = Extras.cloneOf(Args.checkTable(L, 1));
            return 1;
        });
    }

    /** OpenResty's table.nkeys(t): the number of non-nil entries. */
    public static Builtin nkeysFunction() {
        return Builtin.of("nkeys", (L, base, nargs) -> {
            L.stack[base] = (double) Args.checkTable(L, 1).nkeys();
            return 1;
        });
    }

    /** OpenResty's table.isempty(t). */
    public static Builtin isemptyFunction() {
        return Builtin.of("isempty", (L, base, nargs) -> {
            L.stack[base] = Extras.isEmpty(Args.checkTable(L, 1));
            return 1;
        });
    }

    /** OpenResty's table.isarray(t): all keys are integral numbers. */
    public static Builtin isarrayFunction() {
        return Builtin.of("isarray", (L, base, nargs) -> {
            L.stack[base] = Extras.isArray(Args.checkTable(L, 1));
            return 1;
        });
    }

    /** registry._PRELOAD, created with LuaJIT's size (luaL_findtable with 4 hash slots) when missing. */
    static LuaTable preloadTable(LuaVM vm) {
        LuaString key = vm.intern("_PRELOAD");
        if (vm.registry.getStr(key) instanceof LuaTable t) return t;
        LuaTable t = LuaTable.createTable(vm.heap, 0, 4);
        vm.registry.setStr(key, t);
        return t;
    }

    /** package.preload["table.NAME"]: stores fn in the table library and returns it (lj_lib_postreg). */
    private static void postreg(LuaVM vm, LuaTable preload, LuaTable lib, String name, Builtin fn) {
        LibRegistry.assignId("table", fn);  // lj_lib_pushcf with FF_table_NAME
        Builtin loader = Builtin.of("table." + name, (L, base, nargs) -> {
            // LuaJIT creates the function and its name string when the module is loaded
            LibRegistry.account(L.vm, fn);
            lib.setStr(L.vm.intern(name), fn);
            L.stack[base] = fn;
            return 1;
        });
        LibRegistry.account(vm, loader);
        preload.setStr(vm.intern("table." + name), loader);
    }

    // ---------------------------------------------------------------------------------- the library

    private static Object first(Object[] r) {
        return r.length > 0 ? r[0] : null;
    }

    /** for i=1,#t do local r = f(i, t[i]) if r ~= nil then return r end end */
    private static int foreachi(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        LuaFunction f = Args.checkFunction(L, 2);
        int n = t.length();
        for (int i = 1; i <= n; i++) {
            Object r = first(L.vm.call(L, f, (double) i, t.getInt(i)));
            if (r != null) {
                L.stack[base] = r;
                return 1;
            }
        }
        return 0;
    }

    /** for k, v in next, t do local r = f(k, v) if r ~= nil then return r end end */
    private static int foreach(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        LuaFunction f = Args.checkFunction(L, 2);
        Object[] kv = new Object[2];
        Object k = null;
        while (t.next(k, kv)) {
            k = kv[0];
            Object r = first(L.vm.call(L, f, kv[0], kv[1]));
            if (r != null) {
                L.stack[base] = r;
                return 1;
            }
        }
        return 0;
    }

    /** The largest positive numeric key (0 when none). */
    private static int maxn(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        double m = 0;
        for (int i = t.iterNext(-1); i >= 0; i = t.iterNext(i)) {
            if (t.iterKey(i) instanceof Double d && d > m) m = d;
        }
        L.stack[base] = m;
        return 1;
    }

    private static int insert(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        int i = t.length() + 1;
        if (nargs != 2) {
            if (nargs != 3) throw Args.error(L, "wrong number of arguments to 'insert'");
            int n = Args.checkInt(L, 2);
            for (; i > n; i--) t.setInt(i, t.getInt(i - 1));
            i = n;
        }
        t.setInt(i, L.stack[base + nargs - 1]);
        return 0;
    }

    /** TGETR: the key truncated to an integer (cvttsd2si), raw. */
    private static Object rget(LuaTable t, double k) {
        return t.getInt(Args.toInt(k));
    }

    /** TSETR: the key truncated to an integer, raw. */
    private static void rset(LuaTable t, double k, Object v) {
        t.setInt(Args.toInt(k), v);
    }

    /** table.remove(t [, pos]) as LuaJIT's Lua version: nothing removed (and no error) for positions out of range. */
    private static int remove(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        double len = t.length();
        if (Args.arg(L, 2) == null) {
            if (len == 0) return 0;
            Object old = rget(t, len);
            rset(t, len, null);
            L.stack[base] = old;
            return 1;
        }
        double pos = Args.checkNumber(L, 2);
        if (!(pos >= 1 && pos <= len)) return 0;
        Object old = rget(t, pos);
        for (double i = pos + 1; i <= len; i++) rset(t, i - 1, rget(t, i));
        rset(t, len, null);
        L.stack[base] = old;
        return 1;
    }

    /** table.move(a1, f, e, t [, a2]) as LuaJIT's Lua version: overlapping moves copy in the safe direction. */
    private static int move(LuaThread L, int base, int nargs) {
        LuaTable a1 = Args.checkTable(L, 1);
        double f = Args.checkNumber(L, 2);
        double e = Args.checkNumber(L, 3);
        double t = Args.checkNumber(L, 4);
        LuaTable a2 = Args.arg(L, 5) == null ? a1 : Args.checkTable(L, 5);
        if (e >= f) {
            double d = t - f;
            if (t > e || t <= f || a2 != a1) {
                for (double i = f; i <= e; i++) rset(a2, i + d, rget(a1, i));
            } else {
                for (double i = e; i >= f; i--) rset(a2, i + d, rget(a1, i));
            }
        }
        L.stack[base] = a2;
        return 1;
    }

    private static int concat(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        LuaString sep = Args.optString(L, 2, null);
        int i = Args.optInt(L, 3, 1);
        int e = Args.arg(L, 4) != null ? Args.checkInt(L, 4) : t.length();
        L.stack[base] = L.vm.strings.internOwned(Concat.join(L, t, sep, i, e));
        return 1;
    }

    private static int sort(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        int n = t.length();
        LuaFunction comp = null;
        if (Args.arg(L, 2) != null) comp = Args.checkFunction(L, 2);
        Sort.sort(L, t, n, comp);
        return 0;
    }

    /** table.concat's buffer, grown as LuaJIT grows its shared temporary buffer (counted by the heap). */
    static final class Concat {
        private Concat() {
        }

        /** The joined bytes in a fresh array of the exact length (the caller may hand it to internOwned). */
        static byte[] join(LuaThread L, LuaTable t, LuaString sep, int i, int e) {
            int seplen = sep == null ? 0 : sep.length();
            byte[] buf = new byte[16];
            int w = 0;
            if (i <= e) {
                for (;;) {
                    Object o = t.getInt(i);
                    byte[] piece;
                    if (o instanceof LuaString s) {
                        piece = s.bytes();
                    } else if (o instanceof Double d) {
                        piece = org.jresty.runtime.NumberFormat.tostringBytes(d);
                    } else {
                        throw Args.error(L, "invalid value (" + Conv.typeName(o) + ") at index " + i
                                + " in table for 'concat'");
                    }
                    boolean last = i++ == e;
                    long need = (long) w + piece.length + seplen; // LuaJIT asks for room for the separator too
                    L.vm.heap.bufferNeed(need);
                    if (need > buf.length) buf = java.util.Arrays.copyOf(buf, (int) Math.max(need, 2L * buf.length));
                    System.arraycopy(piece, 0, buf, w, piece.length);
                    w += piece.length;
                    if (last) break;
                    if (seplen > 0) {
                        System.arraycopy(sep.bytes(), 0, buf, w, seplen);
                        w += seplen;
                    }
                }
            }
            return w == buf.length ? buf : java.util.Arrays.copyOf(buf, w);
        }
    }
}
