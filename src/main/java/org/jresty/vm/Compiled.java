package org.jresty.vm;

import java.lang.invoke.MethodHandles;
import org.jresty.bytecode.Proto;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;

/**
 * Code of one prototype compiled by the compile tier (org.jresty.jit): a hidden class in this package, so that it
 * may call the interpreter's package-private helpers. {@link #run} continues the frame at {@code f.pc} and
 * returns when the frame must go through the interpreter: {@link #RELOAD} (a metamethod frame was pushed, or an
 * interrupt is due: the interpreter reloads its running frame) or {@link #INTERPRET} (the interpreter executes the
 * instruction at {@code f.pc}: a call, a return, or anything not compiled). An instance holds no state: prototypes
 * with the same code (the same chunk loaded again, in any VM) share it.
 */
public abstract class Compiled {
    public static final int RELOAD = 0, INTERPRET = 1;

    protected Compiled() {
    }

    public abstract int run(Interp in, LuaThread L, Frame f);

    /** Deoptimizations after which a prototype is compiled again without speculating on arithmetic results. */
    public static final int DEOPT_LIMIT = 8;

    // ---- helpers of the generated code

    /** Raw t[k] for a number key held as a double. */
    static Object getNum(LuaTable t, double k) {
        int i = (int) k;
        return i == k ? t.getInt(i) : t.get(Interp.box(k));
    }

    /** Raw t[k] = v for a number key held as a double; false for NaN (the slow path raises the error). */
    static boolean setNum(LuaTable t, double k, Object v) {
        int i = (int) k;
        if (i == k) t.setInt(i, v);
        else if (k != k) return false;
        else t.set(Interp.box(k), v);
        return true;
    }

    /** Raw t[k] = v; false for a nil or NaN key (the slow path raises the error). */
    static boolean setValid(LuaTable t, Object k, Object v) {
        if (k == null || k instanceof Double d && d.isNaN()) return false;
        t.set(k, v);
        return true;
    }

    /**
     * Entered with a cached register that holds no number (a metamethod's result where a number was expected, or
     * debug.setlocal): the interpreter continues at f.pc. A prototype that does this often is compiled again
     * without speculating.
     */
    static void deopt(Interp in, Frame f) {
        Proto pt = f.cl.proto;
        if (++pt.jitDeopts == DEOPT_LIMIT) in.vm.jit.recompile(pt);
    }

    /** Defines a generated class (named in this package, extending this class) and returns its instance. */
    public static Compiled define(byte[] classBytes) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(classBytes, true);
        try {
            return (Compiled) lookup.findConstructor(lookup.lookupClass(),
                    java.lang.invoke.MethodType.methodType(void.class)).invoke();
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
