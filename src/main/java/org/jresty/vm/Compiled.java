package org.jresty.vm;

import java.lang.invoke.MethodHandles;
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
