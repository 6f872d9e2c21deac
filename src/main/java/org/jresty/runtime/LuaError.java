package org.jresty.runtime;

/**
 * A Lua error in flight: carries any Lua value (usually a LuaString message, already prefixed with
 * "chunk:line: " where LuaJIT adds the position). This is the only exception type that crosses Lua frames;
 * Java failures are turned into it at the nearest protected boundary.
 */
public class LuaError extends RuntimeException {
    /** The error object as Lua sees it (pcall's second result). */
    public final Object value;

    public LuaError(Object value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** A message error whose position prefix is not yet added (the VM adds "chunk:line: " for level 1). */
    public LuaError(String message) {
        this((Object) LuaString.wrap(message.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    @Override
    public String getMessage() {
        return value instanceof LuaString s ? s.toString() : String.valueOf(value);
    }
}
