package org.jresty.heap;

import java.util.IdentityHashMap;

import org.jresty.runtime.GCObject;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.LuaUserdata;
import org.jresty.runtime.UpVal;
import org.jresty.vm.Frame;

/**
 * The collector's knowledge of the VM's object classes that do not implement {@link Traversable} themselves
 * (closures, upvalues, threads, userdata): what they reference and what they cost. Reads their public fields only.
 * A class that implements Traversable takes precedence over this.
 */
final class RuntimeObjects {
    private final Heap heap;
    /** LuaJIT's stack size (slots) of each thread registered with {@link Heap#newThread}. */
    final IdentityHashMap<LuaThread, StackSize> stacks = new IdentityHashMap<>();

    RuntimeObjects(Heap heap) {
        this.heap = heap;
    }

    static boolean knows(GCObject o) {
        return o instanceof LuaClosure || o instanceof UpVal || o instanceof LuaThread || o instanceof LuaUserdata;
    }

    /** The object's own bytes (a thread's stack included). */
    long bytes(GCObject o) {
        Layout layout = heap.layout;
        if (o instanceof LuaClosure f) {
            return layout.funcLSize(f.nupvals);
        }
        if (o instanceof UpVal) {
            return layout.upval;
        }
        if (o instanceof LuaUserdata u) {
            return layout.userdataSize(u.size);
        }
        StackSize s = stacks.get((LuaThread) o);
        return layout.thread + (s == null ? 0 : (long) s.slots * Layout.TVALUE);
    }

    /** Marks what o references and returns its size (the collector's unit of work). */
    long traverse(GCObject o, Collector c) {
        if (o instanceof LuaClosure f) {
            c.mark(f.proto);
            c.mark(f.env);
            for (UpVal uv : f.upvals) {
                c.mark(uv);
            }
        } else if (o instanceof UpVal uv) {
            c.mark(uv.thread);
            c.mark(uv.get());
        } else if (o instanceof LuaUserdata u) {
            c.mark(u.metatable);
            c.mark(u.env);
            c.mark(u.payload);
        } else {
            traverseThread((LuaThread) o, c);
        }
        return bytes(o);
    }

    private void traverseThread(LuaThread th, Collector c) {
        c.mark(th.env);
        c.mark(th.startFn);
        // Live slots are those below top (LuaJIT's gc_traverse_thread); when the innermost frame is a Lua
        // function (a check from the interpreter), its whole frame is live (lj_gc_step_fixtop).
        Object[] st = th.stack;
        int top = Math.max(0, Math.min(th.top, st.length));
        int used = top;
        for (int d = 0; d < th.depth; d++) {
            Frame f = th.frames[d];
            if (f == null) {
                continue;
            }
            c.mark(f.func);
            c.mark(f.handler);
            if (f.cl != null) {
                int ftop = Math.min(st.length, f.base + f.cl.proto.framesize);
                used = Math.max(used, ftop);
                if (d == th.depth - 1) {
                    top = Math.max(top, ftop);
                }
            }
        }
        for (int i = 0; i < top; i++) {
            c.mark(st[i]);
        }
        for (UpVal uv = th.openUpvals; uv != null; uv = uv.nextOpen) {
            c.mark(uv);
        }
        shrinkStack(th, used);
    }

    /** lj_state_shrinkstack: halve a stack used below a quarter (never below twice the initial size). */
    private void shrinkStack(LuaThread th, int used) {
        StackSize s = stacks.get(th);
        if (s == null || s.slots > Layout.MAX_STACK + 1 + heap.layout.stackExtra) {
            return;
        }
        int initial = heap.layout.initialStackSlots();
        if (4 * used < s.slots && 2 * initial < s.slots) {
            resize(s, s.slots >> 1);
        }
    }

    /** resizestack: n usable slots become n + 1 + LJ_STACK_EXTRA real ones. */
    void resize(StackSize s, int n) {
        int real = n + 1 + heap.layout.stackExtra;
        heap.reallocBlock(HeapKind.STACK, (long) s.slots * Layout.TVALUE, (long) real * Layout.TVALUE);
        s.slots = real;
    }

    /**
     * lj_state_growstack: the stack must hold {@code need} more slots than its usable size; grows to at least
     * double (capped at LUAI_MAXSTACK). Returns false when the new size passes the limit (stack overflow).
     */
    boolean grow(StackSize s, int need) {
        int extra = heap.layout.stackExtra;
        int n = s.slots + need;
        if (n > Layout.MAX_STACK) {
            n += 2 * Layout.STACK_MIN;
        } else if (n < 2 * s.slots) {
            n = 2 * s.slots;
            if (n >= Layout.MAX_STACK) {
                n = Layout.MAX_STACK;
            }
        }
        resize(s, n);
        return s.slots <= Layout.MAX_STACK + 1 + extra;
    }

    HeapKind kind(GCObject o) {
        if (o instanceof LuaClosure) {
            return HeapKind.FUNCTION;
        }
        if (o instanceof UpVal) {
            return HeapKind.UPVALUE;
        }
        if (o instanceof LuaUserdata) {
            return HeapKind.USERDATA;
        }
        return HeapKind.THREAD;
    }

    /** Gives back a swept object's bytes (and a thread's stack). */
    void free(GCObject o) {
        Layout layout = heap.layout;
        if (o instanceof LuaClosure f) {
            heap.freeObject(HeapKind.FUNCTION, layout.funcLSize(f.nupvals));
        } else if (o instanceof UpVal) {
            heap.freeObject(HeapKind.UPVALUE, layout.upval);
        } else if (o instanceof LuaUserdata u) {
            heap.freeObject(HeapKind.USERDATA, layout.userdataSize(u.size));
        } else if (o instanceof LuaThread th) {
            heap.freeObject(HeapKind.THREAD, layout.thread);
            StackSize s = stacks.remove(th);
            if (s != null) {
                heap.freeBlock(HeapKind.STACK, (long) s.slots * Layout.TVALUE);
            }
        }
    }

    /** A thread's stack size as LuaJIT counts it (L->stacksize, slots). */
    static final class StackSize {
        int slots;

        StackSize(int slots) {
            this.slots = slots;
        }
    }
}
