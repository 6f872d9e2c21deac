package org.jresty.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.jresty.Mode;
import org.jresty.runtime.LuaError;

/**
 * luajit.c's pmain with the name jresty: scans the options, makes the Lua state, runs LUA_INIT, the options
 * in order (-e, -l, -j, -O, -b), the script with its arguments, then the REPL or stdin. Returns the exit
 * status. One Frontend runs one command line; it does not call System.exit.
 */
public final class Frontend {
    public static final String PROGNAME = "jresty";

    /** Makes the Lua state for a mode, wired to the given streams (print, io.write, io.read). */
    public interface HostFactory {
        LuaHost create(Mode mode, Console console, Map<String, String> env, boolean noEnv, List<String> includeDirs);

        /** The compile/list/dump steps for -b in a mode (no VM needed). */
        BcSave.Backend bytecode(Mode mode);
    }

    /** The process's streams and facts about them. */
    public record Console(InputStream in, PrintStream out, PrintStream err, boolean stdinIsTty) {
    }

    /** Makes the REPL's line source: JLine on a terminal, a plain reader otherwise. */
    public interface LineSourceFactory {
        LineSource open(Console console, LuaHost host);
    }

    private final Console console;
    private final Map<String, String> env;
    private final HostFactory hosts;
    private final LineSourceFactory lineSources;
    private LuaHost host;
    private static final int BYTECODE_DONE = -1;
    private int bytecodeStatus;

    public Frontend(Console console, Map<String, String> env, HostFactory hosts, LineSourceFactory lineSources) {
        this.console = console;
        this.env = env;
        this.hosts = hosts;
        this.lineSources = lineSources;
    }

    /** The Lua state of the last run (for --mem-stats), or null. */
    public LuaHost host() {
        return host;
    }

    /** Runs a command line; args excludes the program name (argv[0] is "jresty"). */
    public int run(String[] args) {
        String[] argv = new String[args.length + 1];
        argv[0] = PROGNAME;
        System.arraycopy(args, 0, argv, 1, args.length);
        ArgScan.Scan scan = ArgScan.scan(argv);
        if (scan.refusal() != null) {
            message(scan.refusal());
            return 1;
        }
        if (scan.invalid()) {
            console.err().print(Usage.text());
            console.err().flush();
            return 1;
        }
        if (scan.help()) {
            console.out().print(Usage.help());
            console.out().flush();
            return 0;
        }
        if (scan.compareModes()) {
            return new CompareModes(console, env, hosts, lineSources).run(args, scan);
        }
        int status = runScanned(scan);
        if (scan.memStats() && host != null) {
            for (String line : host.memoryStats()) console.err().println(line);
            console.err().flush();
        }
        return status;
    }

    int runScanned(ArgScan.Scan scan) {
        boolean noEnv = scan.has(ArgScan.NOENV);
        try {
            host = hosts.create(scan.mode(), console, env, noEnv, scan.includeDirs());
        } catch (LuaError e) {
            message("cannot create state: " + e.getMessage());
            return 1;
        }
        try {
            return pmain(scan, noEnv);
        } catch (ExitNow e) {
            return e.status;
        } finally {
            host.flush();
            console.out().flush();
            console.err().flush();
        }
    }

    /** jresty's own switches, which luajit does not have: arg shows the command line luajit would have seen. */
    private static final java.util.Set<String> JRESTY_SWITCHES = java.util.Set.of("--x64", "--gc64", "--mem-stats",
            "--compare-modes");

    private static boolean isJrestySwitch(ArgScan.Scan scan, int i) {
        return i > 0 && i < scan.argn() && JRESTY_SWITCHES.contains(scan.argv()[i]);
    }

    private static int jrestySwitches(ArgScan.Scan scan) {
        int n = 0;
        for (int i = 0; i < scan.argv().length; i++) if (isJrestySwitch(scan, i)) n++;
        return n;
    }

    private static String[] luaVisibleArgs(ArgScan.Scan scan) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < scan.argv().length; i++) if (!isJrestySwitch(scan, i)) kept.add(scan.argv()[i]);
        return kept.toArray(String[]::new);
    }

    private int pmain(ArgScan.Scan scan, boolean noEnv) {
        String[] argv = scan.argv();
        host.createArgTable(luaVisibleArgs(scan), scan.argn() - jrestySwitches(scan));
        if (!noEnv) {
            int st = handleLuaInit();
            if (st != 0) return 1;
        }
        if (scan.has(ArgScan.VERSION)) printVersion();
        int st = runArgs(argv, scan.argn());
        if (st == BYTECODE_DONE) return bytecodeStatus;
        if (st != 0) return 1;
        if (scan.hasScript()) {
            st = handleScript(argv, scan.argn());
            if (st != 0) return 1;
        }
        if (scan.has(ArgScan.INTERACTIVE)) {
            printJitStatus();
            new Repl(host, console, lineSources.open(console, host)).run();
        } else if (!scan.hasScript() && !scan.has(ArgScan.EXEC) && !scan.has(ArgScan.VERSION)) {
            if (console.stdinIsTty()) {
                printVersion();
                printJitStatus();
                new Repl(host, console, lineSources.open(console, host)).run();
            } else {
                return doChunk(() -> host.loadFile(null));
            }
        }
        return 0;
    }

    private int handleLuaInit() {
        String init = env.get("LUA_INIT");
        if (init == null) return 0;
        if (init.startsWith("@")) {
            String file = init.substring(1);
            return doChunk(() -> host.loadFile(file));
        }
        return doChunk(() -> host.load(bytes(init), "=LUA_INIT"));
    }

    /** luajit's runargs: runs -e, -l, -j, -O, -b in order; the rest was handled by the scan. */
    private int runArgs(String[] argv, int argn) {
        for (int i = 1; i < argn && i < argv.length; i++) {
            String a = argv[i];
            if (a.length() < 2 || a.charAt(0) != '-') continue;
            char c = a.charAt(1);
            switch (c) {
                case 'e' -> {
                    String chunk = a.length() > 2 ? a.substring(2) : argv[++i];
                    if (doChunk(() -> host.load(bytes(chunk), "=(command line)")) != 0) return 1;
                }
                case 'l' -> {
                    String name = a.length() > 2 ? a.substring(2) : argv[++i];
                    if (doLibrary(name) != 0) return 1;
                }
                case 'j' -> {
                    String cmd = a.length() > 2 ? a.substring(2) : argv[++i];
                    String err = JitOptions.checkCmd(cmd);
                    if (err != null) {
                        message(err);
                        return 1;
                    }
                    host.jitCommand(cmd);
                }
                case 'O' -> {
                    String err = JitOptions.checkOpt(a.substring(2));
                    if (err != null) {
                        message(err);
                        return 1;
                    }
                    if (a.length() > 2) host.jitOptions(JitOptions.splitArgs(a.substring(2)));
                }
                case 'I' -> {
                    if (a.length() == 2) i++; // its directory was applied when the state was made
                }
                case 'b' -> {
                    List<String> rest = new java.util.ArrayList<>();
                    if (a.length() > 2) rest.add("-" + a.substring(2));
                    for (int k = i + 1; k < argv.length; k++) rest.add(argv[k]);
                    // -b takes the rest of the command line: nothing runs after it (luajit: status -1)
                    bytecodeStatus = new BcSave(hosts.bytecode(host.mode()), console).run(rest);
                    return BYTECODE_DONE;
                }
                default -> { }
            }
        }
        return 0;
    }

    private int doLibrary(String name) {
        return doChunk(() -> {
            Object require = host.getGlobal("require");
            host.docall(require, host.luaString(name));
            return null;
        });
    }

    private int handleScript(String[] argv, int argn) {
        String fname = argv[argn];
        boolean stdin = fname.equals("-") && !argv[argn - 1].equals("--");
        try {
            Object fn = host.loadFile(stdin ? null : fname);
            host.docall(fn, host.scriptArgs());
            return 0;
        } catch (LuaError e) {
            report(e);
            return 1;
        }
    }

    /** Loads with the supplier (null result = already ran) and runs the chunk without arguments; reports errors. */
    private int doChunk(ChunkLoader loader) {
        try {
            Object fn = loader.load();
            if (fn != null) host.docall(fn);
            return 0;
        } catch (LuaError e) {
            report(e);
            return 1;
        }
    }

    @FunctionalInterface
    private interface ChunkLoader {
        Object load();
    }

    private void report(LuaError e) {
        String text = host.reportText(e);
        if (text != null) message(text);
    }

    /** l_message: "jresty: msg" on stderr, after what Lua wrote to stdout so far. */
    private void message(String msg) {
        if (host != null) host.flush();
        console.out().flush();
        console.err().println(PROGNAME + ": " + msg);
        console.err().flush();
    }

    private void printVersion() {
        console.out().println(Version.line());
        console.out().flush();
    }

    private void printJitStatus() {
        console.out().println(Version.jitStatus(host.mode(), host.jitOn()));
        console.out().flush();
    }

    static byte[] bytes(String s) {
        return ByteStrings.bytes(s);
    }
}
