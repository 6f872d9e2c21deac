package org.jresty.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jresty.lib.Args;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.LuaVM;

/**
 * The command line's needs from LuaJIT's package library: package.path/cpath from LUA_PATH/LUA_CPATH (unless
 * -E), resty's -I directories, and a require for Lua modules. When a real package library is opened by the VM
 * ({@code package} exists), only -I is applied here; this fallback exists until then and keeps LuaJIT's texts.
 */
final class CliPackage {
    static final String DEFAULT_PATH = "./?.lua;/usr/local/share/luajit-2.1/?.lua;"
            + "/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua";
    static final String DEFAULT_CPATH = "./?.so;/usr/local/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so";

    private CliPackage() {
    }

    /** Makes package and require when no package library made them. */
    static void ensure(LuaVM vm, Map<String, String> env, boolean noEnv) {
        if (vm.globals.getStr(vm.intern("package")) != null) return;
        LuaTable pkg = new LuaTable(vm.heap);
        pkg.setStr(vm.intern("path"), vm.intern(setpath(env.get("LUA_PATH"), DEFAULT_PATH, noEnv)));
        pkg.setStr(vm.intern("cpath"), vm.intern(setpath(env.get("LUA_CPATH"), DEFAULT_CPATH, noEnv)));
        pkg.setStr(vm.intern("loaded"), vm.loaded);
        pkg.setStr(vm.intern("preload"), new LuaTable(vm.heap));
        pkg.setStr(vm.intern("config"), vm.intern("/\n;\n?\n!\n-\n"));
        vm.globals.setStr(vm.intern("package"), pkg);
        vm.loaded.setStr(vm.intern("package"), pkg);
        vm.globals.setStr(vm.intern("require"), Builtin.of("require", (L, base, nargs) -> require(L, pkg, base)));
    }

    /** lib_package.c's setpath: ";;" in the variable stands for the default path. */
    static String setpath(String value, String def, boolean noEnv) {
        if (value == null || noEnv) return def;
        return value.replace(";;", ";\u0001;").replace("\u0001", def);
    }

    /** resty's -I dir: dir/?.lua;dir/?/init.lua before the existing path, in the order given. */
    static void prependIncludes(LuaVM vm, List<String> dirs) {
        if (dirs.isEmpty()) return;
        if (!(vm.globals.getStr(vm.intern("package")) instanceof LuaTable pkg)) return;
        StringBuilder sb = new StringBuilder();
        for (String d : dirs) sb.append(d).append("/?.lua;").append(d).append("/?/init.lua;");
        Object old = pkg.getStr(vm.intern("path"));
        if (old instanceof LuaString s) sb.append(s);
        pkg.setStr(vm.intern("path"), vm.intern(sb.toString()));
    }

    private static int require(LuaThread L, LuaTable pkg, int base) {
        LuaVM vm = L.vm;
        LuaString name = Args.checkString(L, 1);
        Object have = vm.loaded.getStr(name);
        if (have != null && have != Boolean.FALSE) {
            L.stack[base] = have;
            return 1;
        }
        StringBuilder notFound = new StringBuilder();
        Object loader = null;
        Object preload = pkg.getStr(vm.intern("preload"));
        if (preload instanceof LuaTable t) loader = t.getStr(name);
        if (loader == null) {
            notFound.append("\n\tno field package.preload['").append(name).append("']");
            String path = String.valueOf(pkg.getStr(vm.intern("path")));
            String file = search(name.toString(), path, notFound);
            if (file != null) {
                byte[] src;
                try {
                    src = Files.readAllBytes(ByteStrings.path(file));
                } catch (IOException e) {
                    throw CliError.of("cannot read " + file);
                }
                try {
                    loader = vm.load(src, vm.fileChunkname(file));
                } catch (LuaError e) {
                    throw CliError.of("error loading module '" + name + "' from file '" + file + "':\n\t" + e.getMessage());
                }
            } else {
                String cpath = String.valueOf(pkg.getStr(vm.intern("cpath")));
                search(name.toString(), cpath, notFound);
                int dot = name.toString().indexOf('.');
                if (dot >= 0) search(name.toString().substring(0, dot), cpath, notFound);
                throw Args.error(L, "module '" + name + "' not found:" + notFound);
            }
        }
        Object[] r = vm.call(L, loader, name);
        if (r.length > 0 && r[0] != null) vm.loaded.setStr(name, r[0]);
        if (vm.loaded.getStr(name) == null) vm.loaded.setStr(name, Boolean.TRUE);
        L.stack[base] = vm.loaded.getStr(name);
        return 1;
    }

    /** The first readable file of the templates, else null with "no file" lines added. */
    private static String search(String name, String path, StringBuilder notFound) {
        String n = name.replace('.', '/');
        for (String template : path.split(";")) {
            if (template.isEmpty()) continue;
            String file = template.replace("?", n);
            Path p = ByteStrings.path(file);
            if (Files.isReadable(p) && !Files.isDirectory(p)) return file;
            notFound.append("\n\tno file '").append(file).append("'");
        }
        return null;
    }
}
