package org.jresty.lib.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jresty.Mode;
import org.jresty.lib.PackageLib;
import org.jresty.lib.io.LuaRun;
import org.jresty.runtime.Builtin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** package.path/cpath from the environment and -I, the preload API, and native modules refused clearly. */
class PackageHostApiTest {
    @TempDir
    Path tmp;

    @Test
    void doubleSemicolonStandsForTheDefault() {
        assertEquals("/x/?.lua;" + PackageLib.DEFAULT_PATH + ";", PackageLib.pathFrom("/x/?.lua;;", PackageLib.DEFAULT_PATH));
        assertEquals(";" + PackageLib.DEFAULT_PATH + ";/y/?.lua", PackageLib.pathFrom(";;/y/?.lua", PackageLib.DEFAULT_PATH));
        assertEquals("/only/?.lua", PackageLib.pathFrom("/only/?.lua", PackageLib.DEFAULT_PATH));
        assertEquals(PackageLib.DEFAULT_CPATH, PackageLib.pathFrom(null, PackageLib.DEFAULT_CPATH));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void environmentAndIncludeDirsSetThePaths(Mode mode) {
        LuaRun r = new LuaRun(mode);
        PackageLib.applyEnvironment(r.vm, Map.of("LUA_PATH", "/p/?.lua;;", "LUA_CPATH", "/c/?.so"), false);
        assertEquals("/p/?.lua;" + PackageLib.DEFAULT_PATH + ";\n/c/?.so\n",
                r.run("print(package.path) print(package.cpath)"));
        LuaRun noEnv = new LuaRun(mode);
        PackageLib.applyEnvironment(noEnv.vm, Map.of("LUA_PATH", "/p/?.lua"), true);
        PackageLib.addIncludeDir(noEnv.vm, "/inc");
        assertEquals("/inc/?.lua;/inc/?/init.lua;" + PackageLib.DEFAULT_PATH + "\n/inc/?.so;" + PackageLib.DEFAULT_CPATH + "\n",
                noEnv.run("print(package.path) print(package.cpath)"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void includeDirModulesAreFound(Mode mode) throws Exception {
        Files.writeString(tmp.resolve("incmod.lua"), "return 'from include dir: ' .. ...");
        Files.createDirectories(tmp.resolve("incpkg"));
        Files.writeString(tmp.resolve("incpkg/init.lua"), "return 'init of ' .. ...");
        LuaRun r = new LuaRun(mode);
        PackageLib.addIncludeDir(r.vm, tmp.toString());
        assertEquals("from include dir: incmod\ninit of incpkg\n", r.run("print(require 'incmod') print(require 'incpkg')"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void preloadEntriesFromJava(Mode mode) {
        LuaRun r = new LuaRun(mode);
        PackageLib.preload(r.vm, "java.mod", Builtin.of("loader", (L, base, nargs) -> {
            L.stack[base] = L.vm.intern("loaded " + L.stack[base]);
            return 1;
        }));
        PackageLib.preloadValue(r.vm, "java.value", 42.0);
        assertEquals("loaded java.mod\t42\ttrue\n",
                r.run("print(require 'java.mod', require 'java.value', package.loaded['java.value'] == 42)"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void nativeModulesAreRefusedWithTheFileName(Mode mode) throws Exception {
        Files.writeString(tmp.resolve("native.so"), "not a library");
        Files.writeString(tmp.resolve("root.so"), "not a library");
        LuaRun r = new LuaRun(mode);
        String dir = tmp.toString();
        String out = r.run("package.path = '' package.cpath = [[" + dir + "/?.so]]\n"
                + "print(pcall(require, 'native'))\n"
                + "print(pcall(require, 'root.sub'))\n"
                + "print(package.loadlib([[" + dir + "/native.so]], 'luaopen_native'))");
        String why = "dynamic libraries not enabled; jresty cannot load native C modules";
        assertEquals("false\terror loading module 'native' from file '" + dir + "/native.so':\n\t" + why + "\n"
                + "false\terror loading module 'root.sub' from file '" + dir + "/root.so':\n\t" + why + "\n"
                + "nil\t" + why + "\topen\n", out);
    }
}
