package org.jresty.runtime;

/**
 * A Lua error in flight: carries any Lua value (pcall's second result). This is the only exception type that
 * crosses Lua frames; Java failures are turned into it at the nearest protected boundary.
 *
 * <p>{@code new LuaError(String)} is LuaJIT's lj_err_msg: the VM prefixes "chunk:line: " when the error is
 * raised while a Lua function runs (an instruction), and leaves it bare when a builtin raises it. For errors
 * that must carry the position of the builtin's caller ("bad argument ...", "assertion failed!") use
 * {@link org.jresty.lib.Args#error} and friends.
 */
public class LuaError extends RuntimeException {
    /** The error object as Lua sees it (pcall's second result). */
    public final Object value;
    /** True while the VM still has to add the "chunk:line: " prefix (lj_err_msg semantics). */
    public final boolean wantsLocation;
    /** Traceback text captured where the error was raised, when the VM was asked to keep one (CLI). */
    public String luaTraceback;

    public LuaError(Object value) {
        super(null, null, false, false);
        this.value = value;
        this.wantsLocation = false;
    }

    /** A message error whose position prefix is not yet added (see the class comment). */
    public LuaError(String message) {
        super(null, null, false, false);
        this.value = LuaString.wrap(message.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        this.wantsLocation = true;
    }

    @Override
    public String getMessage() {
        return value instanceof LuaString s ? s.toString() : String.valueOf(value);
    }
}
