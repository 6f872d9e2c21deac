package org.jresty.cli;

import java.util.List;
import org.jresty.jit.Jit;

/**
 * Checks {@code -O[opt]} and {@code -j cmd} the way LuaJIT's jit library parses them; invalid ones get LuaJIT's
 * messages. Valid ones go to the compile tier: -jon/-joff/-jflush and -Ohotloop=N; the trace compiler's other
 * flags and parameters have no effect.
 */
final class JitOptions {
    /** jit.* modules luajit loads for -j (jit.v, jit.dump, jit.p...): they do not exist in jresty yet. */
    private static final List<String> MODULES = List.of("v", "dump", "p", "zone", "bc", "bcsave", "dis_x64");

    private JitOptions() {
    }

    /** -O[opt]: null when accepted, else the error message (without program name). */
    static String checkOpt(String opt) {
        if (opt.isEmpty()) return null; // "-O" alone: the default level
        for (String part : splitArgs(opt)) {
            if (part == null || !Jit.validOption(part)) {
                return "unknown or malformed optimization flag '" + (part == null ? "" : part) + "'";
            }
        }
        return null;
    }

    /** -j cmd: null when accepted, else the error message (without program name). */
    static String checkCmd(String cmd) {
        int eq = cmd.indexOf('=');
        String name = eq >= 0 ? cmd.substring(0, eq) : cmd;
        String opt = eq >= 0 ? cmd.substring(eq + 1) : null;
        switch (name) {
            case "on", "off" -> {
                // jit.on/off take an optional function (or true): luajit passes the text, which they reject.
                if (opt != null && !opt.isEmpty()) return "bad argument #1 to '?' (function expected, got string)";
                return null;
            }
            case "flush" -> { return null; }
            default -> {
                if (MODULES.contains(name)) {
                    return "-j" + name + " needs LuaJIT's jit." + name
                            + " module, which jresty does not have yet (jresty has no trace compiler)";
                }
                return "unknown luaJIT command or jit.* modules not installed";
            }
        }
    }

    /** runcmdopt's splitting at commas: empty parts become nil (null). */
    static List<String> splitArgs(String opt) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int start = 0;
        while (true) {
            int p = opt.indexOf(',', start);
            if (p < 0) {
                out.add(start < opt.length() ? opt.substring(start) : null);
                return out;
            }
            out.add(p == start ? null : opt.substring(start, p));
            start = p + 1;
        }
    }
}
