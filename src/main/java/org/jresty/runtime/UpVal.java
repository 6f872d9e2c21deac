package org.jresty.runtime;

/**
 * An upvalue (LuaJIT's GCupval): open while the variable's stack slot is live (value read from the owning
 * thread's stack), closed once the slot dies (value held here). Closures capturing the same variable share one.
 */
public final class UpVal extends GCObject {
    /** Owning thread while open, null once closed. */
    public LuaThread thread;
    /** Stack slot while open. */
    public int index;
    /** Value once closed. */
    public Object value;
    /** Next open upvalue of the thread (ordered by descending slot). */
    public UpVal nextOpen;

    public UpVal(LuaThread thread, int index) {
        this.thread = thread;
        this.index = index;
    }

    /** A closed upvalue holding a value (used by closures built from Java). */
    public UpVal(Object value) {
        this.value = value;
    }

    public Object get() {
        LuaThread t = thread;
        return t != null ? t.stack[index] : value;
    }

    public void set(Object v) {
        LuaThread t = thread;
        if (t != null) t.stack[index] = v; else value = v;
    }

    public boolean isOpen() {
        return thread != null;
    }

    /** Copies the slot's value in and detaches from the stack. */
    public void close() {
        value = thread.stack[index];
        thread = null;
    }
}
