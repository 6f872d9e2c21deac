package org.jresty.heap;

import org.jresty.runtime.LuaTable;

/**
 * A heap object whose references the collector must follow and whose size it must give back when the object is
 * swept: closures, upvalues, threads, userdata (the VM's classes implement it; strings, tables and prototypes
 * are known to the collector). Objects registered with {@link Heap#newObject} that do not implement it are
 * leaves whose size the heap remembers itself.
 */
public interface Traversable {
    /** Marks every heap object (or Lua value) this object references: {@code c.mark(x)} for each. */
    void gcTraverse(Collector c);

    /** The kind this object was registered as (its object bytes are given back under this kind). */
    HeapKind gcKind();

    /** The bytes of the object itself, as registered with {@link Heap#newObject} (owned blocks excluded). */
    long gcBytes(Layout layout);

    /**
     * Called when the collector frees the object, after its object bytes were given back: free owned blocks
     * here (e.g. a thread's stack: {@code heap.freeBlock(HeapKind.STACK, ...)}).
     */
    default void gcFreed(Heap heap) {
    }

    /** The metatable to look up {@code __gc} in (userdata only; null otherwise). */
    default LuaTable gcMetatable() {
        return null;
    }

    /** Threads are never black: they are traversed again in the atomic phase (their stacks change freely). */
    default boolean gcAlwaysGray() {
        return false;
    }
}
