package org.jresty.lib;

import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaTable;
import org.jresty.vm.LuaVM;

/**
 * The last step of opening the libraries (the VM opens it after all others): what LuaJIT's luaL_openlibs holds
 * at this point that the library classes do not create themselves, so that the startup count is LuaJIT's.
 * <ul>
 * <li>package.preload.ffi (lib_init.c, FFI builds): jresty has no FFI library yet; unless one registered itself
 * first (FfiLib), loading "ffi" says so.</li>
 * <li>registry._LOADLIB.__gc (luaopen_package: the metatable of loaded C libraries with its unloader). jresty
 * loads no C libraries, so it does nothing.</li>
 * <li>package.loaders' searchers, counted as the GCfuncC objects they are.</li>
 * </ul>
 */
public final class OpenLibsTail {
    private OpenLibsTail() {
    }

    public static void open(LuaVM vm) {
        LuaTable preload = TableLib.preloadTable(vm);
        if (preload.getStr(vm.intern("ffi")) == null) {
            Builtin loader = Builtin.of("ffi", (L, base, nargs) -> {
                throw new LuaError("FFI library not available in jresty");
            });
            LibRegistry.account(vm, loader);
            preload.setStr(vm.intern("ffi"), loader);
        }
        // package.loaders' four searchers are GCfuncC objects too (lj_lib_pushcf in luaopen_package).
        if (vm.loaded.getStr(vm.intern("package")) instanceof LuaTable pkg
                && pkg.getStr(vm.intern("loaders")) instanceof LuaTable loaders) {
            for (int i = 1; loaders.getInt(i) instanceof Builtin b; i++) LibRegistry.account(vm, b);
        }
        if (vm.registry.getStr(vm.intern("_LOADLIB")) instanceof LuaTable loadlib
                && loadlib.getStr(vm.MM_GC) == null) {
            Builtin unload = Builtin.of("__gc", (L, base, nargs) -> 0);
            LibRegistry.account(vm, unload);
            loadlib.setStr(vm.MM_GC, unload);
        }
    }
}
