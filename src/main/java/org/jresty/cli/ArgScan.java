package org.jresty.cli;

import java.util.ArrayList;
import java.util.List;
import org.jresty.Mode;

/**
 * The first pass over the command line, as luajit.c's collectargs does it: options are checked in order,
 * the first non-option (or "-") is the script, "--" ends options, "-b" takes everything after it. Nothing is
 * run here; {@link Frontend} runs the options in order afterwards (luajit's runargs).
 *
 * <p>jresty's own options are long options ({@code --x64}, {@code --gc64}, {@code --mem-stats},
 * {@code --compare-modes}, {@code --help}) plus resty's {@code -I dir}; resty options that need nginx are
 * refused with a message instead of luajit's usage text.
 */
public final class ArgScan {
    /** Flags as in luajit.c. */
    public static final int INTERACTIVE = 1, VERSION = 2, EXEC = 4, OPTION = 8, NOENV = 16;

    /** resty options that only make sense with nginx's ngx API (the ones taking a value are marked). */
    private static final List<String> NGX_OPTIONS_WITH_VALUE = List.of(
            "--shdict", "--ns", "--http-conf", "--main-conf", "--http-include", "--main-include", "--nginx",
            "--errlog-level", "--user-runner", "--gdb-opts", "--stap-options", "--valgrind-options");
    private static final List<String> NGX_OPTIONS_WITHOUT_VALUE = List.of(
            "--resolve-ipv6", "--no-stream", "--gdb", "--rr", "--stap", "--valgrind");

    /** The result: argv (argv[0] = program name), the index of the script (argn), flags and extensions. */
    public record Scan(String[] argv, int argn, int flags, Mode mode, boolean memStats, boolean compareModes,
                       boolean help, List<String> includeDirs, String refusal) {
        public boolean invalid() {
            return argn < 0;
        }

        public boolean has(int flag) {
            return (flags & flag) != 0;
        }

        /** True when argv holds a script at argn (luajit: argc > argn). */
        public boolean hasScript() {
            return argn >= 0 && argn < argv.length;
        }
    }

    private ArgScan() {
    }

    /** Scans argv, where argv[0] is the program name as luajit sees it. */
    public static Scan scan(String[] argv) {
        int flags = 0;
        Mode mode = Mode.GC64;
        boolean memStats = false, compareModes = false, help = false;
        List<String> includes = new ArrayList<>();
        String refusal = null;
        int i;
        scanning:
        for (i = 1; i < argv.length; i++) {
            String a = argv[i];
            if (a.isEmpty() || a.charAt(0) != '-') break;
            char c = a.length() > 1 ? a.charAt(1) : '\0';
            switch (c) {
                case '-' -> {
                    if (a.length() == 2) { i++; break scanning; }
                    // jresty extension: long options (luajit would reject "--x" as invalid).
                    String name = a, value = null;
                    int eq = a.indexOf('=');
                    if (eq > 0) { name = a.substring(0, eq); value = a.substring(eq + 1); }
                    switch (name) {
                        case "--x64" -> mode = Mode.X64;
                        case "--gc64" -> mode = Mode.GC64;
                        case "--mem-stats" -> memStats = true;
                        case "--compare-modes" -> compareModes = true;
                        case "--help" -> help = true;
                        case "--version" -> flags |= VERSION;
                        default -> {
                            if (NGX_OPTIONS_WITH_VALUE.contains(name) || NGX_OPTIONS_WITHOUT_VALUE.contains(name)) {
                                refusal = ngxRefusal(name);
                                return new Scan(argv, -1, flags, mode, memStats, compareModes, help, includes, refusal);
                            }
                            return invalid(argv, flags, mode, includes);
                        }
                    }
                }
                case '\0' -> { break scanning; }
                case 'i', 'v' -> {
                    if (a.length() != 2) return invalid(argv, flags, mode, includes);
                    flags |= (c == 'i' ? INTERACTIVE : 0) | VERSION;
                }
                case 'e', 'j', 'l' -> {
                    if (c == 'e') flags |= EXEC;
                    flags |= OPTION;
                    if (a.length() == 2) {
                        i++;
                        if (i >= argv.length) return invalid(argv, flags, mode, includes);
                    }
                }
                case 'O' -> { }
                case 'b' -> {
                    if (flags != 0) return invalid(argv, flags, mode, includes);
                    flags |= EXEC;
                    i++;
                    break scanning;
                }
                case 'E' -> flags |= NOENV;
                case 'I' -> { // resty: -I dir
                    String dir = a.substring(2);
                    if (dir.isEmpty()) {
                        i++;
                        if (i >= argv.length) return invalid(argv, flags, mode, includes);
                        dir = argv[i];
                    }
                    includes.add(dir);
                }
                case 'h' -> {
                    if (a.length() != 2) return invalid(argv, flags, mode, includes);
                    help = true;
                }
                case 'c' -> {
                    refusal = ngxRefusal("-c");
                    return new Scan(argv, -1, flags, mode, memStats, compareModes, help, includes, refusal);
                }
                default -> { return invalid(argv, flags, mode, includes); }
            }
        }
        return new Scan(argv, i, flags, mode, memStats, compareModes, help, List.copyOf(includes), null);
    }

    private static Scan invalid(String[] argv, int flags, Mode mode, List<String> includes) {
        return new Scan(argv, -1, flags, mode, false, false, false, includes, null);
    }

    static String ngxRefusal(String option) {
        return "option " + option + " needs OpenResty's nginx and its ngx API, which jresty does not have";
    }
}
