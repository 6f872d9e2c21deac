package org.jresty.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The usage texts. An invalid option prints luajit's usage (same words, program name jresty); -h/--help
 * prints the full help rendered by picocli from {@link Spec}. picocli only renders: the options are parsed
 * by {@link ArgScan} with luajit's order-sensitive rules.
 */
final class Usage {
    private Usage() {
    }

    /** luajit's print_usage text with the name jresty, plus a pointer to --help. */
    static String text() {
        return "usage: jresty [options]... [script [args]...].\n"
                + "Available options are:\n"
                + "  -e chunk  Execute string 'chunk'.\n"
                + "  -l name   Require library 'name'.\n"
                + "  -b ...    Save or list bytecode.\n"
                + "  -j cmd    Perform LuaJIT control command.\n"
                + "  -O[opt]   Control LuaJIT optimizations.\n"
                + "  -i        Enter interactive mode after executing 'script'.\n"
                + "  -v        Show version information.\n"
                + "  -E        Ignore environment variables.\n"
                + "  --        Stop handling options.\n"
                + "  -         Execute stdin and stop handling options.\n"
                + "jresty --help shows jresty's own options.\n";
    }

    /** The full help. */
    static String help() {
        return new CommandLine(new Spec()).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    @Command(name = "jresty", separator = " ", usageHelpWidth = 100,
            customSynopsis = "jresty [options]... [script [args]...]",
            description = {
                "A LuaJIT " + Version.LUAJIT + " compatible Lua runtime on the JVM, in x64 or GC64 mode.",
                "Options are handled in order, as luajit does. The script name ends them: the rest are the",
                "script's arguments (arg[1], arg[2], ... and its ...). '--' stops handling options, '-' runs",
                "stdin. Without a script, jresty runs stdin, or starts the REPL when stdin is a terminal.", ""},
            footer = {"", "Environment (ignored with -E): LUA_INIT (a chunk, or @file), LUA_PATH, LUA_CPATH.",
                "scripts/jresty also reads JRESTY_HEAP (JVM heap, e.g. 8g), JRESTY_AOT=0, JRESTY_JAVA_OPTS.",
                "resty options that need nginx (--shdict, --ns, --http-conf, --main-conf, --nginx, -c, ...)",
                "are refused: jresty has no ngx API."})
    static final class Spec {
        @Option(names = "-e", paramLabel = "chunk", description = "Execute string 'chunk'.")
        List<String> chunks;
        @Option(names = "-l", paramLabel = "name", description = "Require library 'name'.")
        List<String> libs;
        @Option(names = "-b", paramLabel = "...", description = {
            "Save or list bytecode: -b[options] input output (-b alone shows them).",
            "-l list, -s strip (default), -g keep debug info, -d deterministic."})
        String bc;
        @Option(names = "-j", paramLabel = "cmd", description = "LuaJIT control command: on, off, flush are accepted.")
        List<String> jit;
        @Option(names = "-O", paramLabel = "[opt]", description = "LuaJIT optimizations (accepted, no effect: no JIT).")
        String opt;
        @Option(names = "-i", description = "Enter interactive mode after executing 'script'.")
        boolean interactive;
        @Option(names = "-v", description = "Show version information.")
        boolean version;
        @Option(names = "-E", description = "Ignore environment variables.")
        boolean noEnv;
        @Option(names = "-I", paramLabel = "dir", description = "Prepend dir/?.lua;dir/?/init.lua to package.path (resty).")
        List<String> includes;
        @Option(names = "--x64", description = "LuaJIT's x64 mode (32-bit GC references, 2 GB GC heap).")
        boolean x64;
        @Option(names = "--gc64", description = "GC64 mode (the default).")
        boolean gc64;
        @Option(names = "--mem-stats", description = "Print the Lua heap's statistics on stderr at exit.")
        boolean memStats;
        @Option(names = "--compare-modes", description = {
            "Run in x64 and in GC64 mode; compare status, output and memory."})
        boolean compareModes;
        @Option(names = {"-h", "--help"}, description = "Show this help.")
        boolean help;
        @Parameters(paramLabel = "script [args]", description = "A Lua file ('-' for stdin) and its arguments.")
        List<String> script;
    }
}
