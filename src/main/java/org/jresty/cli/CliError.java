package org.jresty.cli;

import java.nio.charset.StandardCharsets;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaString;

/** Errors the command line raises itself: complete messages, no position prefix to add. */
final class CliError {
    private CliError() {
    }

    static LuaError of(String message) {
        return new LuaError((Object) LuaString.wrap(message.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
