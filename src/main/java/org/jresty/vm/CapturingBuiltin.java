package org.jresty.vm;

import org.jresty.heap.Collector;
import org.jresty.heap.HeapKind;
import org.jresty.heap.Layout;
import org.jresty.heap.Traversable;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaThread;

/**
 * A builtin that keeps Lua values (LuaJIT's C closure upvalues, e.g. coroutine.wrap's coroutine): the collector
 * sees them, and the object is counted as a GCfuncC with that many upvalues.
 */
public final class CapturingBuiltin extends Builtin implements Traversable {
    /** The captured values (read them in the body; they stay alive while the function does). */
    public final Object[] upvalues;
    private final Body body;

    public CapturingBuiltin(LuaVM vm, String name, Body body, Object... upvalues) {
        super(name);
        this.body = body;
        this.upvalues = upvalues;
        vm.heap.newBuiltin(this, upvalues.length);
    }

    @Override
    public int call(LuaThread L, int base, int nargs) {
        return body.call(L, base, nargs);
    }

    @Override
    public void gcTraverse(Collector c) {
        c.mark(env);
        for (Object o : upvalues) c.mark(o);
    }

    @Override
    public HeapKind gcKind() {
        return HeapKind.FUNCTION;
    }

    @Override
    public long gcBytes(Layout layout) {
        return layout.funcCSize(upvalues.length);
    }
}
