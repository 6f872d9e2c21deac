package org.jresty.cli;

import java.util.List;
import org.jresty.Mode;
import org.jresty.runtime.LuaError;

/**
 * What the command line needs from a Lua state (luajit.c's use of the Lua C API), kept small so the
 * frontend's option handling can be tested on its own. {@link VmHost} implements it on {@code LuaVM}.
 * Values are Lua values as the runtime represents them; functions are opaque objects here.
 */
public interface LuaHost {
    Mode mode();

    /** -j on / -j off / -j flush (luajit runs jit.on(), jit.off(), jit.flush()). */
    default void jitCommand(String cmd) {
    }

    /** -O options (already checked): hotloop=N sets the compile tier's hotness, the rest has no effect. */
    default void jitOptions(List<String> parts) {
    }

    /** Whether the compile tier is on (the banner's "JIT: ON"/"JIT: OFF"). */
    default boolean jitOn() {
        return false;
    }

    /** The global {@code arg}: argv[i] at index i - argf (luajit's createargtable). */
    void createArgTable(String[] argv, int argf);

    /** Compiles (or undumps) a chunk; a syntax error is thrown as a LuaError carrying its message. */
    Object load(byte[] chunk, String chunkname);

    /**
     * luaL_loadfile: reads the file (null = stdin, chunk name "=stdin") and loads it. Failures are LuaErrors
     * with LuaJIT's texts ("cannot open NAME: No such file or directory", "cannot read NAME: ...").
     */
    Object loadFile(String filename);

    /** handle_script: arg[1], arg[2], ... until the first nil (LUA_INIT or -e may have changed them). */
    Object[] scriptArgs();

    /**
     * docall: calls fn with luajit's traceback message handler (string or number messages get
     * "stack traceback:" appended, other objects are tried with __tostring, else passed through) and returns
     * all results. A Lua error is thrown as a LuaError whose value is the handled message. A requested
     * interrupt raises "interrupted!" inside the running code.
     */
    Object[] docall(Object fn, Object... args);

    /** Calls fn without a message handler (the REPL's print of results). */
    Object[] pcall(Object fn, Object... args);

    Object getGlobal(String name);

    /** A Lua string value of a byte string (see {@link ByteStrings}). */
    Object luaString(String byteString);

    /** lua_tostring: the text of a string or number, else null. */
    String toStringOrNull(Object value);

    /** Asks the running chunk to stop with "interrupted!" at the next check (Ctrl-C). Thread-safe. */
    void requestInterrupt();

    /** Clears a pending interrupt request that was not honoured. */
    void clearInterrupt();

    /** A full collection (luajit runs one after an error in docall). */
    void fullGc();

    /** For tab completion: the string keys of a table value, or an empty list. */
    List<String> stringKeys(Object table);

    /** Raw-or-metamethod free field access used by completion (raw get on tables, else null). */
    Object rawField(Object table, String key);

    /** The metatable of any value (strings share one), or null; used by completion. */
    Object getMetatable(Object value);

    /** Memory statistics for --mem-stats / --compare-modes: lines of text, or a note that none exist yet. */
    List<String> memoryStats();

    /** collectgarbage("count") in KB. */
    double memoryCountKB();

    /** The heap's statistics for --compare-modes' side-by-side table, or null when there is no heap. */
    default org.jresty.heap.MemoryStats memorySnapshot() {
        return null;
    }

    /** Writes everything buffered on Lua's standard output. */
    void flush();

    /** Makes the message of a LuaError as luajit's report() shows it: null for a nil error object. */
    default String reportText(LuaError e) {
        if (e.value == null) return null;
        String s = toStringOrNull(e.value);
        return s != null ? s : "(error object is not a string)";
    }
}
