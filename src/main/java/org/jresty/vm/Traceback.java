package org.jresty.vm;

import org.jresty.bytecode.Proto;
import org.jresty.runtime.LuaThread;

/** debug.traceback's text (luaL_traceback in LuaJIT 2.1): levels counted from the top frame of L (0 = running). */
public final class Traceback {
    private static final int LEVELS1 = 12, LEVELS2 = 10;

    private Traceback() {
    }

    /**
     * "msg\nstack traceback:\n\t..." (msg null: no first line), starting at level (0 = the running function).
     * Long stacks show the first 11 levels, "...", and the last 10, as luaL_traceback does.
     */
    public static String traceback(LuaThread L, String msg, int level) {
        StringBuilder sb = new StringBuilder();
        if (msg != null) sb.append(msg).append('\n');
        sb.append("stack traceback:");
        int lvl = Math.max(level, 0);
        boolean firstPart = true;
        while (exists(L, lvl)) {
            int cur = lvl++;
            if (lvl > LEVELS1 && firstPart) {
                firstPart = false;
                if (!exists(L, lvl + LEVELS2)) {
                    lvl--;
                } else {
                    sb.append("\n\t...");
                    while (exists(L, lvl + LEVELS2)) lvl++;
                }
                continue;
            }
            appendLevel(sb, L, L.depth - 1 - cur);
        }
        return sb.toString();
    }

    private static boolean exists(LuaThread L, int level) {
        return level >= 0 && level < L.depth;
    }

    static void appendLevel(StringBuilder sb, LuaThread L, int fi) {
        Frame f = L.frames[fi];
        Debug.Name name = Debug.funcName(L, fi);
        if (f.cl == null) {
            sb.append("\n\t[C]:");
            if (name != null) sb.append(" in function '").append(name.name()).append('\'');
            else sb.append(" at ").append(LuaVM.address(f.func));
            return;
        }
        Proto p = f.cl.proto;
        String src = Debug.shortSrc(f.cl);
        sb.append("\n\t").append(src).append(':');
        int line = Debug.currentLine(f);
        if (line > 0) sb.append(line).append(':');
        if (name != null) {
            sb.append(" in function '").append(name.name()).append('\'');
        } else if (p.firstline == 0) {
            sb.append(" in main chunk");
        } else {
            sb.append(" in function <").append(src).append(':').append(p.firstline).append('>');
        }
    }
}
