package org.jresty.lib.io;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaUserdata;
import org.jresty.vm.LuaVM;

/**
 * What the io and os libraries keep per VM (LuaJIT keeps it in global_State's GC roots): the standard handles,
 * the default input and output, the file metatable, the open streams to flush at exit, and the host's hooks.
 */
public final class IoState {
    /** What os.exit does after flushing; the default ends the process. */
    @FunctionalInterface
    public interface ExitHandler {
        void exit(int status, boolean closeState);
    }

    /**
     * Weak both ways: the VM keeps its state alive through the io builtins that capture it (registry["FILE*"]
     * holds them), so a VM nobody uses any more is collected together with its state.
     */
    private static final Map<LuaVM, WeakReference<IoState>> STATES = new WeakHashMap<>();

    public final LuaVM vm;
    public LuaTable fileMeta;
    public LuaUserdata stdin, stdout, stderr;
    public LuaUserdata input, output;
    /** Streams opened and not closed yet, flushed by flushAll (C's exit flushes every FILE). */
    public final Set<CStream> open = Collections.synchronizedSet(new LinkedHashSet<>());
    public InputStream in = System.in;
    public PrintStream err = System.err;
    /** The stream IoLib installed as vm.out (the process's real standard output), or null. */
    public PrintStream realOut;
    public ExitHandler exitHandler;
    /** os.getenv's environment; null = the process environment. */
    public Map<String, String> env;
    /** os.date/os.time's local zone. */
    public ZoneId zone = ZoneId.systemDefault();
    /** os.setlocale's current names per category (ctype numeric time collate monetary messages). */
    public final String[] locale = {"C", "C", "C", "C", "C", "C"};

    private IoState(LuaVM vm) {
        this.vm = vm;
    }

    public static IoState of(LuaVM vm) {
        synchronized (STATES) {
            WeakReference<IoState> ref = STATES.get(vm);
            IoState st = ref == null ? null : ref.get();
            if (st == null) {
                st = new IoState(vm);
                STATES.put(vm, new WeakReference<>(st));
            }
            return st;
        }
    }

    public String getenv(String name) {
        return env != null ? env.get(name) : System.getenv(name);
    }
}
