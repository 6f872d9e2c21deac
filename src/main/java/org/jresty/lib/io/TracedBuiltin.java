package org.jresty.lib.io;

import java.util.function.Consumer;
import org.jresty.heap.Collector;
import org.jresty.heap.HeapKind;
import org.jresty.heap.Layout;
import org.jresty.heap.Traversable;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.LuaVM;

/**
 * A builtin that holds Lua values the collector must see (LuaJIT's C closure upvalues): the file of a lines
 * iterator, or the default input/output files the io library keeps as GC roots. Accounted as a GCfuncC with
 * {@code nupvalues} slots.
 */
public final class TracedBuiltin extends Builtin implements Traversable {
    private final Body body;
    private final Consumer<Collector> tracer;

    private TracedBuiltin(String name, Body body, Consumer<Collector> tracer) {
        super(name);
        this.body = body;
        this.tracer = tracer;
    }

    /** Creates the builtin and registers it with the VM's heap. */
    public static TracedBuiltin create(LuaVM vm, String name, int nupvalues, Consumer<Collector> tracer, Body body) {
        TracedBuiltin b = new TracedBuiltin(name, body, tracer);
        vm.heap.newBuiltin(b, nupvalues); // sets the inherited nupvalues
        return b;
    }

    @Override
    public int call(LuaThread L, int base, int nargs) {
        return body.call(L, base, nargs);
    }

    @Override
    public void gcTraverse(Collector c) {
        if (env != null) c.mark(env);
        tracer.accept(c);
    }

    @Override
    public HeapKind gcKind() {
        return HeapKind.FUNCTION;
    }

    @Override
    public long gcBytes(Layout layout) {
        return layout.funcCSize(nupvalues);
    }
}
