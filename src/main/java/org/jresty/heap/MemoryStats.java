package org.jresty.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jresty.Mode;
import org.jresty.runtime.NumberFormat;

/**
 * A snapshot of a heap's statistics (what --mem-stats prints) and the side-by-side comparison of two modes that
 * --compare-modes prints, with the GC64/x64 ratio of every figure.
 */
public record MemoryStats(Mode mode, long total, long peak, long cycles, long[] bytes, long[] objects) {

    public static MemoryStats of(Heap h) {
        HeapKind[] kinds = HeapKind.values();
        long[] b = new long[kinds.length], o = new long[kinds.length];
        for (HeapKind k : kinds) {
            b[k.ordinal()] = h.bytes(k);
            o[k.ordinal()] = h.objects(k);
        }
        return new MemoryStats(h.mode, h.total(), h.peak(), h.cycles(), b, o);
    }

    /** Table of both modes: count, peak, cycles, then bytes and objects per kind, with GC64/x64 ratios. */
    public static List<String> sideBySide(MemoryStats x64, MemoryStats gc64) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-26s %16s %16s %8s", "", "x64", "GC64", "GC64/x64"));
        lines.add(row("count (KB)", NumberFormat.tostring(x64.total / 1024.0), NumberFormat.tostring(gc64.total / 1024.0),
                x64.total, gc64.total));
        lines.add(row("final bytes", Long.toString(x64.total), Long.toString(gc64.total), x64.total, gc64.total));
        lines.add(row("peak bytes", Long.toString(x64.peak), Long.toString(gc64.peak), x64.peak, gc64.peak));
        lines.add(row("GC cycles", Long.toString(x64.cycles), Long.toString(gc64.cycles), x64.cycles, gc64.cycles));
        for (HeapKind k : HeapKind.values()) {
            int i = k.ordinal();
            if (x64.bytes[i] == 0 && gc64.bytes[i] == 0) continue;
            lines.add(row(k.label + " (bytes)", Long.toString(x64.bytes[i]), Long.toString(gc64.bytes[i]),
                    x64.bytes[i], gc64.bytes[i]));
            if (x64.objects[i] != 0 || gc64.objects[i] != 0) {
                lines.add(row(k.label + " (objects)", Long.toString(x64.objects[i]), Long.toString(gc64.objects[i]),
                        x64.objects[i], gc64.objects[i]));
            }
        }
        return lines;
    }

    private static String row(String label, String x, String g, long xv, long gv) {
        String ratio = xv == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) gv / xv);
        return String.format(Locale.ROOT, "%-26s %16s %16s %8s", label, x, g, ratio);
    }
}
