package org.jresty.bytecode;

/**
 * The "chunk:line" text LuaJIT gives a prototype in listings and jit.util.funcinfo's {@code loc}
 * (lj_debug_pushloc). Unlike the short source of error messages, "@path" keeps only the file's base name,
 * "=name" drops the '=', other names of up to 40 bytes are quoted, and longer ones are shown as an address.
 */
public final class FunctionLocation {
    private static final int MAX_QUOTED = 40;

    private FunctionLocation() {
    }

    /** The location of a prototype's definition: its chunk and first line. */
    public static String of(Proto pt) {
        return of(pt, pt.firstline);
    }

    /** The location text for a chunk name (Latin-1 chars = bytes) and a line. */
    public static String of(Proto pt, int line) {
        String name = pt.chunkname == null ? "?" : pt.chunkname.toString();
        int fullLength = name.length();
        int nul = name.indexOf('\0');
        if (nul >= 0) {
            name = name.substring(0, nul);  // LuaJIT formats the name as a C string
        }
        if (name.startsWith("@")) {
            String s = name.substring(1);
            for (int i = s.length() - 1; i > 0; i--) {  // position 0 is never a separator for LuaJIT
                char c = s.charAt(i);
                if (c == '/' || c == '\\') {
                    s = s.substring(i + 1);
                    break;
                }
            }
            return s + ":" + line;
        } else if (fullLength > MAX_QUOTED) {
            return String.format("0x%012x:%d", 0x7f0000000000L | (System.identityHashCode(pt) & 0xffffffffL) << 3, line);
        } else if (name.startsWith("=")) {
            return name.substring(1) + ":" + line;
        } else {
            return "\"" + name + "\":" + line;
        }
    }
}
