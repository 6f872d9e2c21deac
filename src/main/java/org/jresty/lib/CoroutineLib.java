package org.jresty.lib;

import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.Coro;
import org.jresty.vm.LuaVM;

/** The coroutine library (lib_base.c's coroutine part). */
public final class CoroutineLib {
    private CoroutineLib() {
    }

    private static LuaThread checkCo(LuaThread L, int n) {
        if (Args.arg(L, n) instanceof LuaThread co) return co;
        throw Args.argError(L, n, "coroutine expected");
    }

    /** LuaJIT's coroutine_wrap_aux: the function coroutine.wrap returns. */
    private static final int WRAP_AUX_FFID = FastFunctionIds.id("coroutine.wrap_aux");

    public static void open(LuaVM vm) {
        Builtin yield = new Builtin("yield", Builtin.SPECIAL_YIELD) {
            @Override
            public int call(LuaThread L, int base, int nargs) {
                throw new IllegalStateException("yield is run by the interpreter");
            }
        };
        LibRegistry.register(vm, "coroutine",
                Builtin.of("create", (L, base, nargs) -> {
                    LuaFunction fn = Args.checkFunction(L, 1);
                    L.stack[base] = Coro.create(L.vm, fn);
                    return 1;
                }),
                Builtin.of("resume", (L, base, nargs) -> {
                    LuaThread co = checkCo(L, 1);
                    int n = Coro.resume(L, co, base + 1, nargs - 1, base + 1);
                    if (n < 0) {
                        L.stack[base] = Boolean.FALSE;
                        return 2;
                    }
                    L.stack[base] = Boolean.TRUE;
                    return n + 1;
                }),
                Builtin.of("status", (L, base, nargs) -> {
                    LuaThread co = checkCo(L, 1);
                    L.stack[base] = L.vm.intern(Coro.status(L.vm, co));
                    return 1;
                }),
                Builtin.of("running", (L, base, nargs) -> {
                    // Lua 5.1 mode: nil on the main thread.
                    L.stack[base] = L.vm.current == L.vm.mainThread ? null : L.vm.current;
                    return 1;
                }),
                Builtin.of("isyieldable", (L, base, nargs) -> {
                    L.stack[base] = L != L.vm.mainThread && L.cCalls == 0;
                    return 1;
                }),
                Builtin.of("wrap", (L, base, nargs) -> {
                    LuaFunction fn = Args.checkFunction(L, 1);
                    LuaThread co = Coro.create(L.vm, fn);
                    Builtin wrapped = new org.jresty.vm.CapturingBuiltin(L.vm, "wrap", (T, b, n) -> {
                        int r = Coro.resume(T, co, b, n, b);
                        if (r < 0) {
                            Object err = T.stack[b];
                            if (err instanceof org.jresty.runtime.LuaString s) throw Args.error(T, s.toString());
                            throw new org.jresty.runtime.LuaError(err);
                        }
                        return r;
                    }, co);
                    wrapped.ffid = WRAP_AUX_FFID;
                    L.stack[base] = wrapped;
                    return 1;
                }),
                yield);
    }
}
