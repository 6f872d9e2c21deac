package org.jresty.lib;

import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaTable;
import org.jresty.vm.LuaVM;

/**
 * Registers a library: {@code LibRegistry.register(vm, "string", builtins...)} creates (or extends) the table,
 * stores each builtin under its name, and sets {@code _G[name]} and {@code package.loaded[name]}.
 * A library class provides {@code public static void open(LuaVM vm)}; the VM opens it at startup.
 */
public final class LibRegistry {
    private LibRegistry() {
    }

    public static LuaTable register(LuaVM vm, String libName, Builtin... fns) {
        LuaTable t = vm.loaded.getStr(vm.intern(libName)) instanceof LuaTable old ? old : new LuaTable(vm.heap);
        for (Builtin b : fns) {
            account(vm, b);
            assignId(libName, b);
            t.setStr(vm.intern(b.name), b);
        }
        vm.globals.setStr(vm.intern(libName), t);
        vm.loaded.setStr(vm.intern(libName), t);
        return t;
    }

    /** Sets global functions (the base library). */
    public static void registerGlobals(LuaVM vm, Builtin... fns) {
        for (Builtin b : fns) {
            account(vm, b);
            assignId("_G", b);
            vm.globals.setStr(vm.intern(b.name), b);
        }
    }

    /**
     * Gives b LuaJIT's fast-function id of module.name (vmdef's module names: "io.method", "jit.util"; "_G" for
     * the base library), unless it has one already; functions LuaJIT writes in Lua or lacks keep 0.
     */
    public static Builtin assignId(String module, Builtin b) {
        if (b.ffid == 0 && !(b instanceof LuaDefinedBuiltin)) b.ffid = FastFunctionIds.id(module, b.name);
        return b;
    }

    /** Counts a library function as LuaJIT's GCfuncC (once). */
    public static void account(LuaVM vm, Builtin b) {
        // gcMark is 0 only for objects the heap has never seen (it gives new objects the current white).
        if (b.gcMark == 0 && !(b instanceof org.jresty.heap.Traversable)) vm.heap.newBuiltin(b, 0);
    }
}
