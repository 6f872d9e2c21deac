package org.jresty.bench;

import java.nio.charset.StandardCharsets;

import org.jresty.Mode;
import org.jresty.compiler.Compiler;
import org.jresty.runtime.MapInterner;

/**
 * Compile-speed benchmark (not a test): generates a large, varied Lua program, compiles it warm many times
 * and prints lines per second. Usage: CompileSpeed [lines] [seconds] [x64|gc64].
 */
public final class CompileSpeed {
    private CompileSpeed() {
    }

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        Mode mode = args.length > 2 && args[2].equalsIgnoreCase("x64") ? Mode.X64 : Mode.GC64;
        byte[] src = generate(lines);
        int actual = countLines(src);
        System.out.printf("source: %d lines, %d bytes, mode %s%n", actual, src.length, mode);
        // warm-up
        long end = System.nanoTime() + (long) (seconds * 0.3e9);
        while (System.nanoTime() < end) Compiler.compile(src, "=bench", mode, new MapInterner());
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int runs = 0;
        end = t0 + (long) (seconds * 0.7e9);
        do {
            Compiler.compile(src, "=bench", mode, new MapInterner());
            runs++;
        } while (System.nanoTime() < end);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;  // the machine may be shared: CPU time is fairer
        System.out.printf("%d compiles in %.2f s wall, %.2f s CPU: %.0f lines/s wall, %.0f lines/CPU-s, %.1f MB/CPU-s%n",
                runs, secs, cpu, actual * (double) runs / secs, actual * (double) runs / cpu,
                src.length * (double) runs / cpu / 1e6);
    }

    private static int countLines(byte[] b) {
        int n = 1;
        for (byte x : b) if (x == '\n') n++;
        return n;
    }

    /** A program of functions with typical statements: locals, calls, tables, loops, conditions, strings. */
    static byte[] generate(int lines) {
        StringBuilder sb = new StringBuilder(lines * 40);
        int n = 0, f = 0;
        while (n < lines) {
            sb.append("do\n");  // blocks of 100 local functions keep the main function below 200 locals
            for (int i = 0; i < 100; i++, f++) {
                sb.append("local function f").append(f).append("(a, b, ...)\n");
                sb.append("  local t = {x = a, y = b, 1, 2, 3, name = \"f").append(f).append("\"}\n");
                sb.append("  for i = 1, #t do\n");
                sb.append("    if t[i] and t[i] > a or b == nil then t.x = t.x + i * 2 - 1 end\n");
                sb.append("  end\n");
                sb.append("  for k, v in pairs(t) do print(k, v, string.format(\"%d\", k)) end\n");
                sb.append("  local s = \"value: \" .. tostring(a) .. \", \" .. (b or \"none\") -- comment\n");
                sb.append("  while a < 10 do a = a + 1; if a % 3 == 0 then break end end\n");
                sb.append("  local obj = setmetatable({}, {__index = function(_, key) return key end})\n");
                sb.append("  obj:method(1, 2.5, 'str', ...)\n");
                sb.append("  return s, obj.field, select('#', ...)\n");
                sb.append("end\n");
                n += 12;
            }
            sb.append("end\n");
            n += 2;
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
