package org.jresty.lib;

import org.jresty.heap.Collector;
import org.jresty.heap.HeapKind;
import org.jresty.heap.Layout;
import org.jresty.heap.Traversable;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.GCObject;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.LuaVM;

/**
 * A library function that LuaJIT writes in Lua (LJLIB_LUA: table.foreachi, foreach, getn, remove, move). At
 * startup lj_lib_register loads its stripped bytecode (lib_read_lfunc): a prototype and a Lua closure without
 * upvalues, instead of a GCfuncC. jresty runs it in Java but counts what LuaJIT holds: the closure's size, and a
 * prototype of the same shape that lives as long as the function does.
 */
public final class LuaDefinedBuiltin extends Builtin implements Traversable {
    private final Builtin.Body body;
    private final PrototypeShape proto;

    /** The stripped prototype's bytes: header + (instructions + 1 FUNCF) * 4 rounded to 8, + 8 per number. */
    private static final class PrototypeShape extends GCObject {
    }

    private LuaDefinedBuiltin(String name, Builtin.Body body, PrototypeShape proto) {
        super(name);
        this.body = body;
        this.proto = proto;
    }

    /**
     * Creates and counts the function. bytecodes and numbers are those of LuaJIT's dump of the function
     * (`string.dump(table.NAME)`: instructions without the FUNCF header, number constants).
     */
    public static LuaDefinedBuiltin create(LuaVM vm, String name, int bytecodes, int numbers, Builtin.Body body) {
        Layout layout = vm.heap.layout;
        long size = (layout.protoHeader + 4L * (bytecodes + 1) + 7) & ~7L;
        size += 8L * numbers;
        PrototypeShape proto = new PrototypeShape();
        vm.heap.newObject(proto, HeapKind.PROTO, size);
        LuaDefinedBuiltin f = new LuaDefinedBuiltin(name, body, proto);
        vm.heap.newObject(f, HeapKind.FUNCTION, layout.funcLSize(0));
        return f;
    }

    @Override
    public int call(LuaThread L, int base, int nargs) {
        return body.call(L, base, nargs);
    }

    @Override
    public void gcTraverse(Collector c) {
        c.mark(proto);
        if (env != null) c.mark(env);
    }

    @Override
    public HeapKind gcKind() {
        return HeapKind.FUNCTION;
    }

    @Override
    public long gcBytes(Layout layout) {
        return layout.funcLSize(0);
    }
}
