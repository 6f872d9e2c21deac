package org.jresty.lib.io;

/**
 * os.exit as an exception, for hosts that must not end the JVM (tests, embedding): install an
 * {@link IoState.ExitHandler} that throws it. The interpreter's protected calls must let it through
 * (it is not a Lua error) for it to reach the host.
 */
public final class ExitRequest extends RuntimeException {
    public final int status;
    /** os.exit's second argument: close the Lua state before exiting. */
    public final boolean closeState;

    public ExitRequest(int status, boolean closeState) {
        super("os.exit(" + status + ")", null, false, false);
        this.status = status;
        this.closeState = closeState;
    }
}
