package org.jresty.compiler;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.jresty.bytecode.CDataConst;
import org.jresty.bytecode.Proto;
import org.jresty.bytecode.TemplateTable;

/** Field-by-field comparison of two prototype trees, debug info included; returns the first difference. */
final class ProtoCompare {
    private ProtoCompare() {
    }

    static String firstDifference(Proto a, Proto b, String where) {
        if (a.flags != b.flags) return where + ": flags " + a.flags + " vs " + b.flags;
        if (a.numparams != b.numparams) return where + ": numparams " + a.numparams + " vs " + b.numparams;
        if (a.framesize != b.framesize) return where + ": framesize " + a.framesize + " vs " + b.framesize;
        if (!Arrays.equals(a.bc, b.bc)) return where + ": bytecode";
        if (!Arrays.equals(a.uv, b.uv)) return where + ": upvalues " + Arrays.toString(a.uv) + " vs " + Arrays.toString(b.uv);
        if (a.firstline != b.firstline || a.numline != b.numline) {
            return where + ": lines " + a.firstline + "+" + a.numline + " vs " + b.firstline + "+" + b.numline;
        }
        for (int i = 0; i < Math.min(a.lineinfo.length, b.lineinfo.length); i++) {
            if (a.lineinfo[i] != b.lineinfo[i]) return where + ": line of pc " + i + " " + a.lineinfo[i] + " vs " + b.lineinfo[i];
        }
        if (!Arrays.equals(a.uvnames, b.uvnames)) {
            return where + ": upvalue names " + Arrays.toString(a.uvnames) + " vs " + Arrays.toString(b.uvnames);
        }
        for (int i = 0; i < Math.min(a.varinfo.length, b.varinfo.length); i++) {
            if (!a.varinfo[i].equals(b.varinfo[i])) return where + ": variable " + i + " " + a.varinfo[i] + " vs " + b.varinfo[i];
        }
        if (a.varinfo.length != b.varinfo.length) return where + ": variables " + a.varinfo.length + " vs " + b.varinfo.length;
        if (a.knum.length != b.knum.length) return where + ": number constants " + a.knum.length + " vs " + b.knum.length;
        for (int i = 0; i < a.knum.length; i++) {
            if (Double.doubleToRawLongBits(a.knum[i]) != Double.doubleToRawLongBits(b.knum[i])) {
                return where + ": number constant " + i + " " + a.knum[i] + " vs " + b.knum[i];
            }
        }
        if (a.kgc.length != b.kgc.length) return where + ": GC constants " + a.kgc.length + " vs " + b.kgc.length;
        for (int i = 0; i < a.kgc.length; i++) {
            Object x = a.kgc[i], y = b.kgc[i];
            String d = switch (x) {
                case Proto px -> y instanceof Proto py ? firstDifference(px, py, where + "/kgc" + i) : "kind";
                case TemplateTable t -> y instanceof TemplateTable u ? templateDifference(t, u) : "kind";
                case CDataConst c -> c.equals(y) ? null : c + " vs " + y;
                default -> x.equals(y) ? null : x + " vs " + y;
            };
            if (d != null) return d.startsWith(where) ? d : where + ": GC constant " + i + " " + d;
        }
        return null;
    }

    /** Template contents as a dump carries them: the array up to its last value, the hash keys with values. */
    private static String templateDifference(TemplateTable t, TemplateTable u) {
        int na = used(t.array), nb = used(u.array);
        if (na != nb) return "template array length " + na + " vs " + nb;
        for (int j = 0; j < na; j++) {
            if (!Objects.equals(t.array[j], u.array[j])) return "template array[" + j + "]";
        }
        Map<Object, Object> m1 = entries(t), m2 = entries(u);
        return m1.equals(m2) ? null : "template hash " + m1 + " vs " + m2;
    }

    private static int used(Object[] array) {
        int n = array.length;
        while (n > 0 && array[n - 1] == null) n--;
        return n;
    }

    private static Map<Object, Object> entries(TemplateTable t) {
        Map<Object, Object> m = new HashMap<>();
        for (int j = 0; j < t.hashCount; j++) {
            if (t.hashValues[j] != null) m.put(t.hashKeys[j], t.hashValues[j]);
        }
        return m;
    }
}
