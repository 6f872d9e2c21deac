package org.jresty.heap;

import org.jresty.runtime.GCObject;

/**
 * The VM's side of the collector: marks the roots (main thread, globals, registry, the running thread, string
 * metatable, type metatables, anything builtins keep) and calls finalizers. The VM implements it and installs
 * it with {@link Heap#setRoots}.
 */
public interface RootSet {
    /** Marks every root: {@code c.mark(x)} for each. Called at the start of a cycle and again in the atomic phase. */
    void markRoots(Collector c);

    /**
     * Calls the {@code __gc} metamethod {@code gcFunction} with the userdata {@code object} as LuaJIT does
     * (protected call; LuaJIT propagates the error to the code that triggered the collection).
     */
    void callFinalizer(Object gcFunction, GCObject object);
}
