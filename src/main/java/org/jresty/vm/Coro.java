package org.jresty.vm;

import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaThread;

/** Coroutine switching: resume runs the interpreter on the coroutine's own stack; yield returns from it. */
public final class Coro {
    private Coro() {
    }

    public static LuaThread create(LuaVM vm, LuaFunction fn) {
        LuaThread co = new LuaThread(vm, 32);
        co.startFn = fn;
        co.env = vm.globals;
        co.status = LuaThread.SUSPENDED;
        vm.heap.newThread(co);
        return co;
    }

    /**
     * Resumes co with the nargs values at L.stack[src...]. On success returns the number of values yielded or
     * returned, copied to L.stack[dst...]; on error returns -1 with the error value at L.stack[dst].
     */
    public static int resume(LuaThread L, LuaThread co, int src, int nargs, int dst) {
        LuaVM vm = L.vm;
        Interp in = vm.interp;
        if (co.status == LuaThread.DEAD || (co.startFn == null && co.depth == 0 && !co.yielding)) {
            return fail(L, dst, vm.intern("cannot resume dead coroutine"));
        }
        if (co == vm.current) return fail(L, dst, vm.intern("cannot resume running coroutine"));
        if (co.status != LuaThread.SUSPENDED) {
            return fail(L, dst, vm.intern("cannot resume non-suspended coroutine"));
        }
        if (in.nCcalls >= Interp.MAX_CCALLS) return fail(L, dst, vm.intern("C stack overflow"));
        LuaThread prev = vm.current;
        co.status = LuaThread.RUNNING;
        L.status = LuaThread.NORMAL;
        vm.current = co;
        in.nCcalls++;
        try {
            int fsl = in.fsl;
            if (co.startFn != null) {
                LuaFunction fn = co.startFn;
                co.startFn = null;
                co.ensureStack(fsl + nargs + Interp.EXTRA);
                co.stack[0] = fn;
                System.arraycopy(L.stack, src, co.stack, fsl, nargs);
                co.top = fsl + nargs;
                in.runCoroutine(co, null, nargs);
            } else {
                Frame y = co.frames[co.depth - 1];
                co.depth--;
                co.yielding = false;
                co.ensureStack(y.base + nargs + Interp.EXTRA);
                Interp.copySlots(L.stack, src, co.stack, y.base, nargs);
                in.runCoroutine(co, y, nargs);
            }
            int from, n;
            if (co.yielding) {
                from = co.yieldBase;
                n = co.yieldCount;
                co.status = LuaThread.SUSPENDED;
            } else {
                from = 0;
                n = co.top;
                co.status = LuaThread.DEAD;
            }
            L.ensureStack(dst + n + Interp.EXTRA);
            Interp.copySlots(co.stack, from, L.stack, dst, n);
            return n;
        } catch (LuaError e) {
            co.status = LuaThread.DEAD;
            co.yielding = false;
            return fail(L, dst, e.value);
        } finally {
            in.nCcalls--;
            vm.current = prev;
            L.status = LuaThread.RUNNING;
        }
    }

    private static int fail(LuaThread L, int dst, Object err) {
        L.ensureStack(dst + 1 + Interp.EXTRA);
        L.stack[dst] = err;
        return -1;
    }

    /** coroutine.status's word for co as seen from the running thread. */
    public static String status(LuaVM vm, LuaThread co) {
        if (co == vm.current) return "running";
        return switch (co.status) {
            case LuaThread.SUSPENDED -> "suspended";
            case LuaThread.NORMAL -> "normal";
            case LuaThread.DEAD -> "dead";
            default -> "running";
        };
    }
}
