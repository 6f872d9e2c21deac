package org.jresty.compiler;

import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaString;

/** A compile error with LuaJIT's exact text, e.g. {@code calls.lua:3: unexpected symbol near '='}. */
public final class LuaSyntaxError extends LuaError {
    public LuaSyntaxError(byte[] message) {
        super((Object) LuaString.wrap(message));
    }
}
