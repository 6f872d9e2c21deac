package org.jresty.cli;

/**
 * Ctrl-C as luajit handles SIGINT: while a chunk runs, the first Ctrl-C asks the VM to stop it with
 * "interrupted!" (a Lua error back to the prompt or the caller); a second one before that happens, or one
 * while no chunk runs, ends the process (luajit restores SIG_DFL). JLine handles Ctrl-C at its prompt itself.
 */
public final class Interrupts {
    private static volatile LuaHost running;
    private static volatile boolean requested;
    private static volatile Runnable exitAction = () -> { };

    private Interrupts() {
    }

    /** What a Ctrl-C outside a running chunk does (Main: flush and exit with status 130). */
    public static void onUnhandled(Runnable action) {
        exitAction = action;
    }

    /** Marks that host runs a chunk now; returns the previous host so nested calls can restore it. */
    public static LuaHost enter(LuaHost host) {
        LuaHost previous = running;
        running = host;
        requested = false;
        return previous;
    }

    public static void leave(LuaHost previous) {
        LuaHost h = running;
        if (h != null && requested) h.clearInterrupt();
        running = previous;
        requested = false;
    }

    /** Called from the signal handler thread. */
    public static void fire() {
        LuaHost h = running;
        if (h == null || requested) {
            exitAction.run();
            return;
        }
        requested = true;
        h.requestInterrupt();
    }
}
