package org.jresty.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Lua strings are bytes; the command line keeps text as "byte strings": Java Strings whose chars are the bytes
 * (ISO-8859-1), so arguments, messages and Lua output pass through unchanged. The console streams use
 * ISO-8859-1 too. Names of files are turned back into the platform's UTF-8 only to open them.
 */
final class ByteStrings {
    private ByteStrings() {
    }

    /** The platform's (UTF-8) text as a byte string. */
    static String fromPlatform(String s) {
        return s == null ? null : new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String byteString) {
        return byteString.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A file name given as a byte string. */
    static Path path(String byteString) {
        return Path.of(new String(bytes(byteString), StandardCharsets.UTF_8));
    }
}
