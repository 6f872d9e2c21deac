package org.jresty.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jresty.Mode;

/**
 * {@code --compare-modes}: runs the same command line once in x64 mode and once in GC64 mode, each in its own
 * VM with its own captured output, then passes GC64's output through (the default mode) and reports on stderr
 * how the two runs differ: exit status, stdout, stderr and the heap's statistics. The status is GC64's.
 */
final class CompareModes {
    private final Frontend.Console console;
    private final Map<String, String> env;
    private final Frontend.HostFactory hosts;
    private final Frontend.LineSourceFactory lineSources;

    CompareModes(Frontend.Console console, Map<String, String> env, Frontend.HostFactory hosts,
                 Frontend.LineSourceFactory lineSources) {
        this.console = console;
        this.env = env;
        this.hosts = hosts;
        this.lineSources = lineSources;
    }

    private record Run(Mode mode, int status, byte[] out, byte[] err, double countKB, List<String> stats,
                       org.jresty.heap.MemoryStats snapshot) {
    }

    int run(String[] args, ArgScan.Scan scan) {
        boolean readsStdin = !scan.hasScript() && !scan.has(ArgScan.EXEC) && !scan.has(ArgScan.VERSION)
                || scan.hasScript() && scan.argv()[scan.argn()].equals("-");
        if (scan.has(ArgScan.INTERACTIVE) || readsStdin && console.stdinIsTty()) {
            console.err().println(Frontend.PROGNAME + ": --compare-modes runs a script or -e chunks, not the REPL");
            console.err().flush();
            return 1;
        }
        byte[] stdin = new byte[0];
        if (!console.stdinIsTty()) {
            try {
                stdin = console.in().readAllBytes();
            } catch (IOException e) {
                // an unreadable stdin reads as empty in both runs
            }
        }
        Run x64 = runOnce(scan, Mode.X64, stdin);
        Run gc64 = runOnce(scan, Mode.GC64, stdin);
        console.out().write(gc64.out, 0, gc64.out.length);
        console.out().flush();
        console.err().write(gc64.err, 0, gc64.err.length);
        PrintStream e = console.err();
        e.println("-- jresty --compare-modes --");
        for (Run r : List.of(x64, gc64)) {
            e.printf("%-5s status %d, stdout %d bytes, stderr %d bytes, collectgarbage(\"count\") at exit %s KB%n",
                    name(r.mode) + ":", r.status, r.out.length, r.err.length,
                    org.jresty.runtime.NumberFormat.tostring(r.countKB));
        }
        e.println("stdout: " + difference(x64.out, gc64.out));
        e.println("stderr: " + difference(x64.err, gc64.err));
        if (x64.status != gc64.status) e.println("status: x64 " + x64.status + ", GC64 " + gc64.status);
        if (x64.snapshot != null && gc64.snapshot != null) {
            for (String line : org.jresty.heap.MemoryStats.sideBySide(x64.snapshot, gc64.snapshot)) e.println(line);
        }
        if (scan.memStats()) {
            for (Run r : List.of(x64, gc64)) {
                e.println(name(r.mode) + " heap:");
                for (String line : r.stats) e.println("  " + line);
            }
        }
        e.flush();
        return gc64.status;
    }

    private Run runOnce(ArgScan.Scan scan, Mode mode, byte[] stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Frontend.Console c = new Frontend.Console(new ByteArrayInputStream(stdin), new PrintStream(out, false),
                new PrintStream(err, false), false);
        Frontend f = new Frontend(c, env, hosts, lineSources);
        ArgScan.Scan s = new ArgScan.Scan(scan.argv(), scan.argn(), scan.flags(), mode, scan.memStats(), false,
                false, scan.includeDirs(), null);
        int status = f.runScanned(s);
        c.out().flush();
        c.err().flush();
        LuaHost h = f.host();
        double count = h == null ? Double.NaN : h.memoryCountKB();
        List<String> stats = h == null ? List.of() : h.memoryStats();
        return new Run(mode, status, out.toByteArray(), err.toByteArray(), count, stats,
                h == null ? null : h.memorySnapshot());
    }

    private static String name(Mode m) {
        return m == Mode.X64 ? "x64" : "GC64";
    }

    /** "identical", or where the two outputs first differ (line number and both lines). */
    static String difference(byte[] a, byte[] b) {
        if (java.util.Arrays.equals(a, b)) return "identical";
        String[] la = new String(a, StandardCharsets.ISO_8859_1).split("\n", -1);
        String[] lb = new String(b, StandardCharsets.ISO_8859_1).split("\n", -1);
        int i = 0;
        while (i < la.length && i < lb.length && la[i].equals(lb[i])) i++;
        String x = i < la.length ? la[i] : "<end>", g = i < lb.length ? lb[i] : "<end>";
        return "differs at line " + (i + 1) + ": x64 [" + x + "] GC64 [" + g + "]";
    }
}
