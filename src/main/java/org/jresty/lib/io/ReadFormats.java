package org.jresty.lib.io;

import java.io.ByteArrayOutputStream;
import org.jresty.lib.Args;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaThread;

/** LuaJIT's io_file_read: the formats "n", "l", "L", "a" (with or without '*') and byte counts. */
public final class ReadFormats {
    private ReadFormats() {
    }

    /** What a read produced: the values (null = nil), or failed = true when the stream's error flag got set. */
    public record Result(Object[] values, boolean failed) {
    }

    /**
     * Reads each format in turn, stopping at the first that finds nothing (its result becomes nil).
     * firstArg is the argument number of fmts[0] for error messages. No format: one line.
     */
    public static Result read(LuaThread L, CStream s, Object[] fmts, int firstArg) {
        s.clearerr();
        Object[] out;
        boolean ok;
        int n;
        if (fmts.length == 0) {
            out = new Object[1];
            ok = readLine(L, s, true, out, 0);
            n = 1;
        } else {
            out = new Object[fmts.length];
            ok = true;
            for (n = 0; n < fmts.length && ok; n++) {
                Object f = fmts[n];
                if (f instanceof LuaString fs) {
                    int i = fs.length() > 0 && fs.byteAt(0) == '*' ? 1 : 0;
                    int c = i < fs.length() ? fs.byteAt(i) & 0xff : 0;
                    if (c == 'n') {
                        Double d = NumberScanner.scan(s);
                        out[n] = d;
                        ok = d != null;
                    } else if ((c & ~0x20) == 'L') {
                        ok = readLine(L, s, c == 'l', out, n);
                    } else if (c == 'a') {
                        out[n] = L.vm.intern(readAll(s));
                    } else {
                        throw Args.argError(L, firstArg + n, "invalid format");
                    }
                } else if (f instanceof Double d) {
                    ok = readLen(L, s, Args.toInt(d), out, n);
                } else {
                    throw Args.argError(L, firstArg + n, "invalid option");
                }
            }
        }
        if (s.error) return new Result(null, true);
        if (!ok) out[n - 1] = null;
        Object[] values = n == out.length ? out : java.util.Arrays.copyOf(out, n);
        return new Result(values, false);
    }

    private static boolean readLine(LuaThread L, CStream s, boolean chop, Object[] out, int at) {
        boolean[] any = new boolean[1];
        out[at] = s.readLineString(L.vm, !chop, any);
        return any[0];
    }

    static byte[] readAll(CStream s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = s.read(buf, 0, buf.length)) > 0) b.write(buf, 0, n);
        return b.toByteArray();
    }

    private static boolean readLen(LuaThread L, CStream s, int m, Object[] out, int at) {
        if (m < 0) throw new LuaError(L.vm.intern("not enough memory"));
        if (m == 0) {
            int c = s.getc();
            s.ungetc(c);
            out[at] = L.vm.intern("");
            return c >= 0;
        }
        byte[] buf = new byte[Math.min(m, 1 << 16)];
        ByteArrayOutputStream b = m <= buf.length ? null : new ByteArrayOutputStream();
        int total = 0;
        while (total < m) {
            int want = Math.min(buf.length, m - total);
            int got = s.read(buf, 0, want);
            if (b != null) b.write(buf, 0, got);
            total += got;
            if (got < want) break;
        }
        out[at] = b != null ? L.vm.intern(b.toByteArray()) : L.vm.intern(buf, 0, total);
        return total > 0;
    }
}
