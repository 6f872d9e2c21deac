package org.jresty.lib.strings;

/**
 * An error found by the string engines (bad pattern, bad format option...). The library turns it into a Lua
 * error with the caller's position (LuaJIT's lj_err_caller); Lua errors raised by callbacks pass through as
 * they are.
 */
public final class StringLibError extends RuntimeException {
    public StringLibError(String message) {
        super(message, null, false, false);
    }
}
