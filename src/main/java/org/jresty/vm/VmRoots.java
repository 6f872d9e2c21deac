package org.jresty.vm;

import org.jresty.heap.Collector;
import org.jresty.heap.Heap;
import org.jresty.heap.RootSet;
import org.jresty.runtime.GCObject;
import org.jresty.runtime.LuaThread;

/** The VM's roots for the collector: main thread, running thread, globals, registry, shared metatables. */
final class VmRoots implements RootSet {
    private final LuaVM vm;

    VmRoots(LuaVM vm) {
        this.vm = vm;
    }

    @Override
    public void markRoots(Collector c) {
        // The main thread is not in the heap's object list (it is part of GG_State), so the sweep never
        // re-whitens it: make it white here so that marking traverses its stack every cycle.
        LuaThread main = vm.mainThread;
        main.gcMark = (byte) ((main.gcMark & ~(Heap.WHITES | Heap.BLACK)) | c.currentWhite());
        c.mark(main);
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
