package org.jresty.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jresty.Mode;
import org.jresty.vm.LuaVM;

/**
 * Steady-state benchmark of the interpreter (not a test): runs each bench/*.lua file repeatedly, in a JVM of its own
 * per benchmark and column (see {@link #FORK}), with jresty in both modes and, when its jar is on the class path,
 * with LuaJ 3.0.1's interpreter; then runs the
 * reference interpreters (luajit -joff, luajit, lua5.1) as processes; jr-joff is jresty GC64 with its compile tier
 * off. Prints the best time of each and the
 * ratios against lua5.1 and LuaJ, with geometric means. Usage: VmBench [runs] [files...].
 */
public final class VmBench {
    private VmBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals(ONE)) {
            System.out.println(measureInProcess(args[1], Integer.parseInt(args[2]), Path.of(args[3])));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) files.add(Path.of(args[i]));
        if (files.isEmpty()) {
            try (var s = Files.list(Path.of("bench"))) {
                s.filter(p -> p.toString().endsWith(".lua")).sorted().forEach(files::add);
            }
        }
        String[] cols = {"jr-gc64", "jr-x64", "luaj", "lj-joff", "luajit", "lua5.1", "jr-joff"};
        System.out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s %8s %8s %8s | %9s %9s %9s%n", "ms (best)", cols[0],
                cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], "gc64/5.1", "gc64/luaj", "gc64/joff");
        double logVs51 = 0, logVsLuaj = 0, logVsJoff = 0;
        List<String> slowerThanLuaj = new ArrayList<>();
        int n51 = 0, nLuaj = 0, nJoff = 0;
        for (Path f : files) {
            double[] t = new double[cols.length];
            Arrays.fill(t, Double.POSITIVE_INFINITY);
            // Rounds of every column in turn, each keeping its best: a slow spell of a shared machine then
            // falls on all columns instead of on one.
            for (int round = 0; round < ROUNDS; round++) {
                t[0] = fmin(t[0], measure("jr-gc64", runs, f));
                t[1] = fmin(t[1], measure("jr-x64", runs, f));
                t[6] = fmin(t[6], measure("jr-joff", runs, f));
                t[2] = fmin(t[2], luajAvailable() ? measure("luaj", runs, f) : Double.NaN);
                t[3] = fmin(t[3], best(runs, 1, 0, () -> runProcess("luajit", "-joff", f.toString())));
                t[4] = fmin(t[4], best(runs, 1, 0, () -> runProcess("luajit", f.toString())));
                t[5] = fmin(t[5], best(runs, 1, 0, () -> runProcess("lua5.1", f.toString())));
            }
            for (int i = 0; i < t.length; i++) if (t[i] == Double.POSITIVE_INFINITY) t[i] = Double.NaN;
            double r51 = t[0] / t[5], rLuaj = t[0] / t[2], rJoff = t[0] / t[6];
            if (!Double.isNaN(r51)) { logVs51 += Math.log(r51); n51++; }
            if (!Double.isNaN(rLuaj)) { logVsLuaj += Math.log(rLuaj); nLuaj++; }
            if (rLuaj > 1) slowerThanLuaj.add(f.getFileName().toString().replace(".lua", ""));
            if (!Double.isNaN(rJoff)) { logVsJoff += Math.log(rJoff); nJoff++; }
            System.out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s %8s %8s %8s | %9s %9s %9s%n",
                    f.getFileName().toString().replace(".lua", ""), ms(t[0]), ms(t[1]), ms(t[2]), ms(t[3]), ms(t[4]),
                    ms(t[5]), ms(t[6]), ratio(r51), ratio(rLuaj), ratio(rJoff));
        }
        System.out.printf(Locale.ROOT, "%-12s %62s | %9s %9s %9s%n", "geo. mean", "",
                ratio(n51 == 0 ? Double.NaN : Math.exp(logVs51 / n51)),
                ratio(nLuaj == 0 ? Double.NaN : Math.exp(logVsLuaj / nLuaj)),
                ratio(nJoff == 0 ? Double.NaN : Math.exp(logVsJoff / nJoff)));
        System.out.println("(" + (ROUNDS > 1 ? ROUNDS + " rounds of every column, the best kept; " : "")
                + "jresty and LuaJ: best of " + runs + " runs in " + (FORK ? "a JVM of their own per benchmark" : "this JVM")
                + " after at least " + JVM_WARMUP
                + " warm-up runs and " + (int) JVM_WARMUP_MS + " ms; references: best of " + runs + " whole processes; a ratio < 1 means jresty is faster)");
        if (nLuaj > 0) {
            System.out.println(slowerThanLuaj.isEmpty() ? "jresty (GC64) is faster than LuaJ on every benchmark"
                    : "jresty (GC64) is slower than LuaJ on: " + String.join(", ", slowerThanLuaj));
        }
    }

    /**
     * Each JVM column of each benchmark runs in a JVM of its own (same JVM options and class path), as JMH forks:
     * in one long-lived JVM a benchmark's time depended on what ran before it (HotSpot's profiles of the shared
     * interpreter and library code, the Java heap left behind). -Djresty.bench.fork=false measures in this JVM.
     */
    static final long FORK_TIMEOUT_S = 180;
    /** "column file" pairs that timed out once: not started again in later rounds. */
    private static final java.util.Set<String> TIMED_OUT = new java.util.HashSet<>();

    /** -Djresty.bench.rounds=N (JRESTY_BENCH_ROUNDS in scripts/bench): measure every column N times in turn. */
    static final int ROUNDS = Integer.getInteger("jresty.bench.rounds", 1);

    /** The smaller time, a NaN (cannot run) only when both are. */
    static double fmin(double a, double b) {
        return Double.isNaN(b) ? a : Double.isNaN(a) || a == Double.POSITIVE_INFINITY ? b : Math.min(a, b);
    }

    static final boolean FORK = !"false".equals(System.getProperty("jresty.bench.fork"));
    private static final String ONE = "--one";

    /** Best ms of one JVM column ("jr-gc64", "jr-x64", "jr-joff" or "luaj") on file f; NaN when it cannot run. */
    static double measure(String column, int runs, Path f) throws Exception {
        if (!FORK) return measureInProcess(column, runs, f);
        String key = column + " " + f;
        if (TIMED_OUT.contains(key)) return Double.NaN; // a later round would only wait for it again
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), VmBench.class.getName(), ONE, column,
                Integer.toString(runs), f.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // LuaJ's coroutines are Java threads, and its coroutine benchmark has been seen to hang: a column that
        // does not finish in FORK_TIMEOUT_S is stopped and left empty.
        if (!p.waitFor(FORK_TIMEOUT_S, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            System.err.println("bench: " + column + " on " + f + " did not finish in " + FORK_TIMEOUT_S + " s");
            TIMED_OUT.add(key);
            return Double.NaN;
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
        return p.exitValue() == 0 && !out.isEmpty() ? Double.parseDouble(out) : Double.NaN;
    }

    static double measureInProcess(String column, int runs, Path f) throws Exception {
        byte[] src = Files.readAllBytes(f);
        Run r = switch (column) {
            case "jr-gc64" -> () -> runJresty(Mode.GC64, src, f, true);
            case "jr-x64" -> () -> runJresty(Mode.X64, src, f, true);
            case "jr-joff" -> () -> runJresty(Mode.GC64, src, f, false);
            case "luaj" -> luajAvailable() ? () -> runLuaj(src, f) : null;
            default -> throw new IllegalArgumentException(column);
        };
        return r == null ? Double.NaN : best(runs, JVM_WARMUP, JVM_WARMUP_MS, r);
    }

    interface Run {
        void run() throws Exception;
    }

    /**
     * Runs dropped before timing in the JVM columns (jresty and LuaJ alike): HotSpot compiles jresty's interpreter,
     * the compile tier's classes and LuaJ's interpreter over the first runs, and steady state is what is compared.
     */
    static final int JVM_WARMUP = 2;
    /** ... and the warm-up lasts at least this long: the fast benchmarks need more runs than the slow ones. */
    static final double JVM_WARMUP_MS = 2500;

    /**
     * Best wall time in ms of runs after a warm-up of at least warmupRuns runs lasting at least warmupMs; NaN when
     * it cannot run.
     */
    static double best(int runs, int warmupRuns, double warmupMs, Run r) {
        double best = Double.POSITIVE_INFINITY;
        try {
            long start = System.nanoTime();
            for (int i = 0; i < warmupRuns || (System.nanoTime() - start) / 1e6 < warmupMs; i++) r.run();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                r.run();
                double ms = (System.nanoTime() - t0) / 1e6;
                best = Math.min(best, ms);
            }
        } catch (Exception e) {
            System.err.println("bench: " + e); // shown when a column is run by hand (--one)
            return Double.NaN;
        }
        return best;
    }

    static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream());

    /** One run in a fresh VM; jit=false is jresty -joff (the compile tier off: the interpreter alone). */
    static void runJresty(Mode mode, byte[] src, Path f, boolean jit) {
        LuaVM vm = new LuaVM(mode);
        vm.jit.setOn(jit);
        vm.out = NULL;
        vm.call(vm.load(src, "@" + f.getFileName()));
    }

    private static Method luajStandardGlobals;

    static boolean luajAvailable() {
        try {
            luajStandardGlobals = Class.forName("org.luaj.vm2.lib.jse.JsePlatform").getMethod("standardGlobals");
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** LuaJ through reflection, so that it stays a benchmark-only jar and not a build dependency. */
    static void runLuaj(byte[] src, Path f) throws Exception {
        Object globals = luajStandardGlobals.invoke(null);
        globals.getClass().getField("STDOUT").set(globals, NULL);
        Object chunk = globals.getClass().getMethod("load", String.class, String.class)
                .invoke(globals, new String(src, java.nio.charset.StandardCharsets.ISO_8859_1), f.getFileName().toString());
        chunk.getClass().getMethod("call").invoke(chunk);
    }

    static void runProcess(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", cmd) + " failed");
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    static String ratio(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
