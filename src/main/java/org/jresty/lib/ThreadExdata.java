package org.jresty.lib;

import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaTable;
import org.jresty.vm.LuaVM;

/**
 * OpenResty's {@code require "thread.exdata"} / {@code "thread.exdata2"} (lib_base.c, FFI builds): preloaded by
 * luaopen_base, so their loaders and names exist from startup (and are part of the startup count). Loading one
 * stores the function in the loader's environment, the globals (lj_lib_postreg). The per-thread pointer needs the
 * FFI, which jresty does not have: reading it raises LuaJIT's error for a missing FFI.
 */
final class ThreadExdata {
    private ThreadExdata() {
    }

    static void preload(LuaVM vm) {
        LuaTable preload = TableLib.preloadTable(vm);
        for (String name : new String[] {"exdata", "exdata2"}) {
            Builtin loader = Builtin.of("thread." + name, (L, base, nargs) -> {
                Builtin fn = LibRegistry.assignId("thread", Builtin.of(name, (L2, b2, n2) -> {
                    throw new LuaError("FFI library not loaded");
                }));
                LibRegistry.account(L.vm, fn);
                L.vm.globals.setStr(L.vm.intern(name), fn);
                L.stack[base] = fn;
                return 1;
            });
            LibRegistry.account(vm, loader);
            preload.setStr(vm.intern("thread." + name), loader);
        }
    }
}
