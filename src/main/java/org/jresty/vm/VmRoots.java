package org.jresty.vm;

import org.jresty.heap.Collector;
import org.jresty.heap.RootSet;
import org.jresty.runtime.GCObject;

/** The VM's roots for the collector: main thread, running thread, globals, registry, shared metatables. */
final class VmRoots implements RootSet {
    private final LuaVM vm;

    VmRoots(LuaVM vm) {
        this.vm = vm;
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
        for (Object o : vm.pinned) c.mark(o);
    }

    @Override
    public void callFinalizer(Object gcFunction, GCObject object) {
        vm.call(vm.current, gcFunction, object);
    }
}
