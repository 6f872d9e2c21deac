package org.jresty.lib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jresty.lib.io.FileOpener;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.Frame;
import org.jresty.vm.LuaVM;

/**
 * LuaJIT's package library (lib_package.c) in Lua 5.1 mode: require with package.loaders (preload, Lua files,
 * C modules, all-in-one C roots), package.path/cpath from LUA_PATH/LUA_CPATH (";;" = the default),
 * searchpath, seeall, module. Native C modules cannot be loaded by jresty: finding one is a clear error.
 */
public final class PackageLib {
    private PackageLib() {
    }

    /** LuaJIT's defaults with jresty's own share directory in place of luajit's. */
    public static final String DEFAULT_PATH = "./?.lua;/usr/local/share/jresty/?.lua;/usr/local/share/lua/5.1/?.lua;"
            + "/usr/local/share/lua/5.1/?/init.lua;/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua";
    public static final String DEFAULT_CPATH = "./?.so;/usr/local/lib/lua/5.1/?.so;"
            + "/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so";
    /** What loading a native library answers (package.loadlib's "where" is "open", as a failed dlopen). */
    public static final String NO_NATIVE = "dynamic libraries not enabled; jresty cannot load native C modules";

    /** LuaJIT's require sentinel: the number with the bits of KEY_SENTINEL, stored in _LOADED while loading. */
    private static final long SENTINEL_BITS = 0x8000000000000000L | 's';
    private static final Double SENTINEL = Double.longBitsToDouble(SENTINEL_BITS);

    public static void open(LuaVM vm) {
        LuaTable meta = new LuaTable(vm.heap);
        vm.registry.setStr(vm.intern("_LOADLIB"), meta);
        // LuaJIT's base library registers itself as package.loaded._G
        if (vm.loaded.getStr(vm.intern("_G")) == null) vm.loaded.setStr(vm.intern("_G"), vm.globals);
        LuaTable pkg = LibRegistry.register(vm, "package",
                Builtin.of("loadlib", (L, base, nargs) -> {
                    Args.checkString(L, 1);
                    Args.checkString(L, 2);
                    L.ensureStack(base + 3);
                    L.stack[base] = null;
                    L.stack[base + 1] = L.vm.intern(NO_NATIVE);
                    L.stack[base + 2] = L.vm.intern("open");
                    return 3;
                }),
                Builtin.of("searchpath", PackageLib::searchpathFn),
                Builtin.of("seeall", PackageLib::seeall));
        LuaTable loaders = LuaTable.createTable(vm.heap, 4, 0);
        loaders.setInt(1, Builtin.of("loader_preload", (L, base, nargs) -> loaderPreload(L, base, pkg)));
        loaders.setInt(2, Builtin.of("loader_lua", (L, base, nargs) -> loaderLua(L, base, pkg)));
        loaders.setInt(3, Builtin.of("loader_c", (L, base, nargs) -> loaderC(L, base, pkg)));
        loaders.setInt(4, Builtin.of("loader_croot", (L, base, nargs) -> loaderCroot(L, base, pkg)));
        pkg.setStr(vm.intern("loaders"), loaders);
        Object noenv = vm.registry.getStr(vm.intern("LUA_NOENV"));
        boolean skipEnv = !Conv.isFalsy(noenv);
        pkg.setStr(vm.intern("path"), vm.intern(pathFrom(skipEnv ? null : System.getenv("LUA_PATH"), DEFAULT_PATH)));
        pkg.setStr(vm.intern("cpath"), vm.intern(pathFrom(skipEnv ? null : System.getenv("LUA_CPATH"), DEFAULT_CPATH)));
        pkg.setStr(vm.intern("config"), vm.intern("/\n;\n?\n!\n-\n"));
        pkg.setStr(vm.intern("loaded"), vm.loaded);
        LuaTable preload = findRegistryTable(vm, "_PRELOAD");
        pkg.setStr(vm.intern("preload"), preload);
        LibRegistry.registerGlobals(vm,
                Builtin.of("module", PackageLib::module),
                Builtin.of("require", (L, base, nargs) -> require(L, base, pkg)));
    }

    private static LuaTable findRegistryTable(LuaVM vm, String name) {
        if (vm.registry.getStr(vm.intern(name)) instanceof LuaTable t) return t;
        LuaTable t = LuaTable.createTable(vm.heap, 0, 4);  // luaL_findtable(L, REGISTRY, "_PRELOAD", 4)
        vm.registry.setStr(vm.intern(name), t);
        return t;
    }

    // ---------------------------------------------------------------------------------------------- host API

    /** setpath: the variable's value with ";;" standing for the default, or the default when unset. */
    public static String pathFrom(String envValue, String def) {
        if (envValue == null) return def;
        return envValue.replace(";;", ";\u0001;").replace("\u0001", def);
    }

    /** Sets package.path and package.cpath from an environment (LUA_PATH, LUA_CPATH) as luajit does, or the
     * defaults when noEnv (-E). */
    public static void applyEnvironment(LuaVM vm, Map<String, String> env, boolean noEnv) {
        if (noEnv) vm.registry.setStr(vm.intern("LUA_NOENV"), Boolean.TRUE);
        setPath(vm, pathFrom(noEnv ? null : env.get("LUA_PATH"), DEFAULT_PATH));
        setCPath(vm, pathFrom(noEnv ? null : env.get("LUA_CPATH"), DEFAULT_CPATH));
    }

    public static void setPath(LuaVM vm, String path) {
        packageTable(vm).setStr(vm.intern("path"), vm.intern(path));
    }

    public static void setCPath(LuaVM vm, String cpath) {
        packageTable(vm).setStr(vm.intern("cpath"), vm.intern(cpath));
    }

    /** resty's -I dir: dir/?.lua;dir/?/init.lua before package.path, dir/?.so before package.cpath. */
    public static void addIncludeDir(LuaVM vm, String dir) {
        LuaTable p = packageTable(vm);
        Object path = p.getStr(vm.intern("path")), cpath = p.getStr(vm.intern("cpath"));
        setPath(vm, dir + "/?.lua;" + dir + "/?/init.lua;" + (path instanceof LuaString s ? s.toString() : ""));
        setCPath(vm, dir + "/?.so;" + (cpath instanceof LuaString s ? s.toString() : ""));
    }

    /** package.preload[name] = loader (used by libraries with require-able parts such as "table.new"). */
    public static void preload(LuaVM vm, String name, LuaFunction loader) {
        findRegistryTable(vm, "_PRELOAD").setStr(vm.intern(name), loader);
    }

    /** A preload entry whose module is simply the given value (a function or table built in Java). */
    public static void preloadValue(LuaVM vm, String name, Object value) {
        preload(vm, name, Builtin.of(name, (L, base, nargs) -> {
            L.stack[base] = value;
            return 1;
        }));
    }

    private static LuaTable packageTable(LuaVM vm) {
        return (LuaTable) vm.loaded.getStr(vm.intern("package"));
    }

    // ---------------------------------------------------------------------------------------------- require

    private static boolean isSentinel(Object v) {
        return v instanceof Double d && Double.doubleToRawLongBits(d) == SENTINEL_BITS;
    }

    private static int require(LuaThread L, int base, LuaTable pkg) {
        LuaString name = Args.checkString(L, 1);
        LuaVM vm = L.vm;
        LuaTable loaded = vm.loaded;
        Object have = loaded.getStr(name);
        if (!Conv.isFalsy(have)) {
            if (isSentinel(have)) throw Args.error(L, "loop or previous error loading module '" + name + "'");
            L.stack[base] = have;
            return 1;
        }
        if (!(pkg.getStr(vm.intern("loaders")) instanceof LuaTable loaders)) {
            throw Args.error(L, "'package.loaders' must be a table");
        }
        StringBuilder msg = new StringBuilder();
        Object loader = null;
        for (int i = 1; ; i++) {
            Object fn = loaders.getInt(i);
            if (fn == null) throw Args.error(L, "module '" + name + "' not found:" + msg);
            Object[] r = vm.call(L, fn, name);
            Object v = r.length > 0 ? r[0] : null;
            if (v instanceof LuaFunction) {
                loader = v;
                break;
            }
            if (v instanceof LuaString s) msg.append(s);
            else if (v instanceof Double d) msg.append(Conv.numberToString(d));
        }
        loaded.setStr(name, SENTINEL);
        Object[] r = vm.call(L, loader, name);
        Object result = r.length > 0 ? r[0] : null;
        if (result != null) loaded.setStr(name, result);
        Object now = loaded.getStr(name);
        if (isSentinel(now)) {
            now = Boolean.TRUE;
            loaded.setStr(name, now);
        }
        L.stack[base] = now;
        return 1;
    }

    // ---------------------------------------------------------------------------------------------- loaders

    private static int loaderPreload(LuaThread L, int base, LuaTable pkg) {
        LuaString name = Args.checkString(L, 1);
        if (!(pkg.getStr(L.vm.intern("preload")) instanceof LuaTable preload)) {
            throw new LuaError(L.vm.intern("'package.preload' must be a table"));
        }
        Object f = L.vm.interp.indexJ(L, preload, name);
        L.stack[base] = f != null ? f : L.vm.intern("\n\tno field package.preload['" + name + "']");
        return 1;
    }

    /** The template list of package[field] (it must be a string or a number). */
    private static String pathOf(LuaThread L, LuaTable pkg, String field) {
        Object p = L.vm.interp.indexJ(L, pkg, L.vm.intern(field));
        if (p instanceof LuaString s) return s.toString();
        if (p instanceof Double d) return Conv.numberToString(d);
        throw new LuaError(L.vm.intern("'package." + field + "' must be a string"));
    }

    /** searchpath: the first readable file, or null with the "\n\tno file '...'" lines in notFound. */
    static String searchpath(String name, String path, String sep, String dirsep, StringBuilder notFound) {
        if (!sep.isEmpty()) name = name.replace(sep, dirsep);
        int i = 0, n = path.length();
        while (true) {
            while (i < n && path.charAt(i) == ';') i++;
            if (i >= n) return null;
            int e = path.indexOf(';', i);
            if (e < 0) e = n;
            String file = path.substring(i, e).replace("?", name);
            i = e;
            if (readable(file)) return file;
            notFound.append("\n\tno file '").append(file).append('\'');
        }
    }

    private static boolean readable(String file) {
        try {
            Path p = FileOpener.path(file.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return Files.exists(p) && Files.isReadable(p);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int searchpathFn(LuaThread L, int base, int nargs) {
        // C evaluates lj_cf_package_searchpath's argument checks right to left
        String rep = Args.optString(L, 4, L.vm.intern("/")).toString();
        String sep = Args.optString(L, 3, L.vm.intern(".")).toString();
        String path = Args.checkString(L, 2).toString();
        String name = Args.checkString(L, 1).toString();
        StringBuilder msg = new StringBuilder();
        String f = searchpath(name, path, sep, rep, msg);
        L.ensureStack(base + 2);
        if (f != null) {
            L.stack[base] = L.vm.intern(f);
            return 1;
        }
        L.stack[base] = null;
        L.stack[base + 1] = L.vm.intern(msg.toString());
        return 2;
    }

    private static void loadError(LuaThread L, String name, String file, Object why) {
        String w = why instanceof LuaString s ? s.toString() : why instanceof Double d ? Conv.numberToString(d) : null;
        throw new LuaError(L.vm.intern("error loading module '" + name + "' from file '" + file + "':\n\t" + w));
    }

    private static int loaderLua(LuaThread L, int base, LuaTable pkg) {
        String name = Args.checkString(L, 1).toString();
        StringBuilder msg = new StringBuilder();
        String file = searchpath(name, pathOf(L, pkg, "path"), ".", "/", msg);
        if (file == null) {
            L.stack[base] = L.vm.intern(msg.toString());
            return 1;
        }
        byte[] src;
        try {
            src = Files.readAllBytes(FileOpener.path(file.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            loadError(L, name, file, L.vm.intern("cannot read " + file + ": "
                    + org.jresty.lib.io.Errno.text(org.jresty.lib.io.Errno.of(e))));
            return 0;
        }
        try {
            L.stack[base] = L.vm.load(src, L.vm.fileChunkname(file));
        } catch (LuaError e) {
            loadError(L, name, file, e.value);
        }
        return 1;
    }

    private static int loaderC(LuaThread L, int base, LuaTable pkg) {
        String name = Args.checkString(L, 1).toString();
        StringBuilder msg = new StringBuilder();
        String file = searchpath(name, pathOf(L, pkg, "cpath"), ".", "/", msg);
        if (file == null) {
            L.stack[base] = L.vm.intern(msg.toString());
            return 1;
        }
        loadError(L, name, file, L.vm.intern(NO_NATIVE));
        return 0;
    }

    private static int loaderCroot(LuaThread L, int base, LuaTable pkg) {
        String name = Args.checkString(L, 1).toString();
        int dot = name.indexOf('.');
        if (dot < 0) return 0;
        StringBuilder msg = new StringBuilder();
        String file = searchpath(name.substring(0, dot), pathOf(L, pkg, "cpath"), ".", "/", msg);
        if (file == null) {
            L.stack[base] = L.vm.intern(msg.toString());
            return 1;
        }
        loadError(L, name, file, L.vm.intern(NO_NATIVE));
        return 0;
    }

    // ---------------------------------------------------------------------------------------------- module

    private static int seeall(LuaThread L, int base, int nargs) {
        LuaTable t = Args.checkTable(L, 1);
        LuaTable mt = t.metatable;
        if (mt == null) {
            mt = LuaTable.createTable(L.vm.heap, 0, 1);
            t.setMetatable(mt);
        }
        mt.setStr(L.vm.MM_INDEX, threadGlobals(L));
        return 0;
    }

    /** LUA_GLOBALSINDEX: the running thread's environment. */
    private static LuaTable threadGlobals(LuaThread L) {
        return L.env != null ? L.env : L.vm.globals;
    }

    /**
     * luaL_findtable: walks "a.b.c" from t, creating missing tables; returns the table, or null when a part
     * holds a non-table value (badPart[0] then names the rest of the name from that part).
     */
    private static LuaTable findTable(LuaThread L, LuaTable t, String fname, int szhint, String[] badPart) {
        int i = 0;
        while (true) {
            int e = fname.indexOf('.', i);
            String part = e < 0 ? fname.substring(i) : fname.substring(i, e);
            LuaString key = L.vm.intern(part);
            Object v = t.getStr(key);
            if (v == null) {
                LuaTable nt = LuaTable.createTable(L.vm.heap, 0, e >= 0 ? 1 : szhint);
                L.vm.interp.setIndexJ(L, t, key, nt);
                v = nt;
            } else if (!(v instanceof LuaTable)) {
                badPart[0] = fname.substring(i);
                return null;
            }
            t = (LuaTable) v;
            if (e < 0) return t;
            i = e + 1;
        }
    }

    private static int module(LuaThread L, int base, int nargs) {
        LuaString modname = Args.checkString(L, 1);
        String mn = modname.toString();
        LuaVM vm = L.vm;
        Object[] options = new Object[Math.max(0, nargs - 1)];
        System.arraycopy(L.stack, base + 1, options, 0, options.length);
        LuaTable mod;
        if (vm.loaded.getStr(modname) instanceof LuaTable t) {
            mod = t;
        } else {
            mod = findTable(L, threadGlobals(L), mn, 1, new String[1]);
            if (mod == null) throw Args.error(L, "name conflict for module '" + mn + "'");
            vm.interp.setIndexJ(L, vm.loaded, modname, mod);
        }
        if (vm.interp.indexJ(L, mod, vm.intern("_NAME")) == null) {
            vm.interp.setIndexJ(L, mod, vm.intern("_M"), mod);
            vm.interp.setIndexJ(L, mod, vm.intern("_NAME"), modname);
            int dot = mn.lastIndexOf('.');
            vm.interp.setIndexJ(L, mod, vm.intern("_PACKAGE"), vm.intern(dot < 0 ? "" : mn.substring(0, dot + 1)));
        }
        Frame caller = L.depth >= 2 ? L.frames[L.depth - 2] : null;
        if (caller == null || !(caller.func instanceof LuaClosure cl)) {
            throw new LuaError(vm.intern("'module' not called from a Lua function"));
        }
        cl.env = mod;
        for (Object opt : options) vm.call(L, opt, mod);
        return 0;
    }
}
