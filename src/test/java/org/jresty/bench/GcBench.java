package org.jresty.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jresty.Mode;
import org.jresty.vm.LuaVM;

/**
 * The collector's cost (not a test), per mode: (1) an allocation-heavy program with the collector running against
 * the same program after collectgarbage("stop"); (2) Java heap bytes per byte that collectgarbage("count")
 * reports, for a large live structure of tables, strings and closures. Usage: GcBench [runs].
 */
public final class GcBench {
    private GcBench() {
    }

    /** Builds and drops short-lived trees; N is big enough for many collection cycles. */
    static final String CHURN = """
            local function tree(d) if d == 0 then return {} end return {tree(d - 1), tree(d - 1), tag = "n" .. d} end
            local keep = {}
            for i = 1, 300 do
              local t = tree(10)
              keep[i % 16 + 1] = t
            end
            """;

    /** A live structure: 200k tables with a string and a closure each. */
    static final String LIVE = """
            live = {}
            for i = 1, 200000 do
              local s = "item" .. i
              live[i] = {s, i, function() return s end}
            end
            """;

    static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream());

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.printf(Locale.ROOT, "%-6s %14s %14s %8s %8s %18s%n", "mode", "gc running ms", "gc stopped ms",
                "ratio", "cycles", "Java B / counted B");
        for (Mode mode : Mode.values()) {
            double on = Double.MAX_VALUE, off = Double.MAX_VALUE;
            long cycles = 0;
            for (int i = 0; i <= runs; i++) {
                LuaVM vm = newVm(mode);
                double t = time(vm, CHURN);
                if (i > 0) on = Math.min(on, t);
                cycles = vm.heap.cycles();
                LuaVM stopped = newVm(mode);
                run(stopped, "collectgarbage('stop')");
                t = time(stopped, CHURN);
                if (i > 0) off = Math.min(off, t);
            }
            System.out.printf(Locale.ROOT, "%-6s %14.0f %14.0f %8.2f %8d %18.2f%n", mode, on, off, on / off, cycles,
                    javaBytesPerCountedByte(mode));
        }
        System.out.println("(best of " + runs + " warm runs; Java bytes measured after System.gc() around building "
                + "200k live tables with a string and a closure each)");
    }

    static LuaVM newVm(Mode mode) {
        LuaVM vm = new LuaVM(mode);
        vm.out = NULL;
        return vm;
    }

    static void run(LuaVM vm, String code) {
        vm.call(vm.load(code.getBytes(StandardCharsets.ISO_8859_1), "=bench"));
    }

    static double time(LuaVM vm, String code) {
        long t0 = System.nanoTime();
        run(vm, code);
        return (System.nanoTime() - t0) / 1e6;
    }

    static double javaBytesPerCountedByte(Mode mode) {
        LuaVM vm = newVm(mode);
        run(vm, "collectgarbage()");
        long java0 = usedJavaHeap(), lua0 = vm.heap.total();
        run(vm, LIVE);
        run(vm, "collectgarbage()");
        long java1 = usedJavaHeap(), lua1 = vm.heap.total();
        double ratio = (double) (java1 - java0) / (lua1 - lua0);
        run(vm, "live = nil");
        return ratio;
    }

    static long usedJavaHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
