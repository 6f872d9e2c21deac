package org.jresty.heap;

import java.util.ArrayList;
import java.util.List;

import org.jresty.runtime.GCObject;
import org.jresty.runtime.LuaTable;

/** A root set for collector tests: a list of root values; finalizer calls are recorded. */
final class TestRoots implements RootSet {
    final List<Object> roots = new ArrayList<>();
    final List<String> finalized = new ArrayList<>();

    @Override
    public void markRoots(Collector c) {
        for (Object o : roots) {
            c.mark(o);
        }
    }

    @Override
    public void callFinalizer(Object gcFunction, GCObject object) {
        finalized.add(gcFunction + ":" + object);
        if (gcFunction.equals("resurrect")) {
            roots.add(object);
        }
    }

    /** A userdata for tests: a name, a metatable, one referenced value. */
    static final class Udata extends GCObject implements Traversable {
        final String name;
        LuaTable metatable;
        Object value;

        Udata(Heap heap, String name, LuaTable mt) {
            this.name = name;
            this.metatable = mt;
            heap.newUserdata(this, heap.layout.userdataSize(0));
        }

        @Override
        public void gcTraverse(Collector c) {
            c.mark(metatable);
            c.mark(value);
        }

        @Override
        public HeapKind gcKind() {
            return HeapKind.USERDATA;
        }

        @Override
        public long gcBytes(Layout layout) {
            return layout.userdataSize(0);
        }

        @Override
        public LuaTable gcMetatable() {
            return metatable;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
