package org.jresty.compiler;

/** LuaJIT's lj_debug_shortname rules for the chunk name shown in messages (LUA_IDSIZE = 60). */
public final class ChunkName {
    private static final int IDSIZE = 60;

    private ChunkName() {
    }

    /** "@file" -> file (last 56 chars after "..." when long), "=name" -> name, source -> [string "first line..."]. */
    public static String shortSrc(String chunkname) {
        return shortSrc(chunkname, false);
    }

    /** The short name of a chunk name held as Lua bytes (the result has one char per byte). */
    public static String shortSrc(org.jresty.runtime.LuaString chunkname) {
        return shortSrc(chunkname.toString(), false);
    }

    /** As {@link #shortSrc(String)}; builtin = true gives LuaJIT's "[builtin:name]" form. */
    public static String shortSrc(String src, boolean builtin) {
        int nul = src.indexOf('\0');
        String c = nul >= 0 ? src.substring(0, nul) : src;  // C strings stop at NUL
        if (c.startsWith("=")) {
            String s = c.substring(1);
            return s.length() > IDSIZE - 1 ? s.substring(0, IDSIZE - 1) : s;
        } else if (c.startsWith("@")) {
            int len = src.length() - 1;  // LuaJIT uses the full string length here
            String s = c.substring(1);
            if (len >= IDSIZE) {
                int skip = len - (IDSIZE - 4);
                return "..." + (skip < s.length() ? s.substring(skip) : "");
            }
            return s;
        } else {
            int len = 0;
            while (len < IDSIZE - 12 && len < c.length() && c.charAt(len) >= ' ') {
                len++;
            }
            StringBuilder sb = new StringBuilder(builtin ? "[builtin:" : "[string \"");
            if (len < c.length()) {  // must truncate
                if (len > IDSIZE - 15) {
                    len = IDSIZE - 15;
                }
                sb.append(c, 0, len).append("...");
            } else {
                sb.append(c);
            }
            return sb.append(builtin ? "]" : "\"]").toString();
        }
    }
}
