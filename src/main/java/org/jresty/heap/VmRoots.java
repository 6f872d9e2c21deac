package org.jresty.heap;

import org.jresty.runtime.GCObject;
import org.jresty.runtime.LuaString;
import org.jresty.vm.LuaVM;

/**
 * The roots of a {@link LuaVM} read from its public fields (LuaJIT's gc_mark_start + atomic re-marks): the main and
 * the running thread, globals, registry, package.loaded, the string metatable and the per-type metatables, the
 * base library's next. Metamethod names are fixed strings. Finalizers are called with {@link LuaVM#call}
 * (errors propagate to the code that triggered the collection, as in LuaJIT).
 *
 * <p>Install with {@code vm.heap.setRoots(new VmRoots(vm))} once the VM's fields are set.
 */
public final class VmRoots implements RootSet {
    private final LuaVM vm;

    public VmRoots(LuaVM vm) {
        this.vm = vm;
        for (LuaString s : new LuaString[] {vm.MM_INDEX, vm.MM_NEWINDEX, vm.MM_CALL, vm.MM_EQ, vm.MM_LT, vm.MM_LE,
            vm.MM_CONCAT, vm.MM_UNM, vm.MM_LEN, vm.MM_TOSTRING, vm.MM_METATABLE, vm.MM_GC, vm.MM_MODE}) {
            vm.heap.strings.fix(s);
        }
    }

    @Override
    public void markRoots(Collector c) {
        c.mark(vm.mainThread);
        c.mark(vm.current);
        c.mark(vm.globals);
        c.mark(vm.registry);
        c.mark(vm.loaded);
        c.mark(vm.stringMeta);
        c.mark(vm.nilMeta);
        c.mark(vm.booleanMeta);
        c.mark(vm.numberMeta);
        c.mark(vm.functionMeta);
        c.mark(vm.threadMeta);
        c.mark(vm.nextFn);
    }

    @Override
    public void callFinalizer(Object gcFunction, GCObject object) {
        vm.call(gcFunction, object);
    }
}
