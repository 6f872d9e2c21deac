package org.jresty.lib;

import org.jresty.bytecode.DumpWriter;
import org.jresty.heap.Collector;
import org.jresty.heap.HeapKind;
import org.jresty.heap.Layout;
import org.jresty.heap.Traversable;
import org.jresty.lib.strings.ByteBuf;
import org.jresty.lib.strings.FormatArgs;
import org.jresty.lib.strings.PatternMatcher;
import org.jresty.lib.strings.PatternOps;
import org.jresty.lib.strings.StringFormatter;
import org.jresty.lib.strings.StringLibError;
import org.jresty.lib.strings.TempBuffer;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.GCObject;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.LuaVM;

/**
 * LuaJIT's string library (lib_string.c): byte char dump find format gmatch gsub len lower match rep reverse
 * sub upper, and the string metatable whose __index is the library (so {@code ("x"):upper()} works). The
 * engines live in {@code org.jresty.lib.strings}; this class reads arguments, makes strings, calls back into
 * Lua and reports the growth of LuaJIT's shared temporary buffer through {@link TempBuffer}.
 */
public final class StringLib {
    /** LUAI_MAXCSTACK: string.byte returns at most this many values. */
    private static final int MAX_CSTACK = 8000;
    /** LUAL_BUFFERSIZE: gsub builds its result in luaL_Buffer chunks of this size. */
    private static final int LUAL_BUFFERSIZE = 8192;

    private StringLib() {
    }

    public static void open(LuaVM vm) {
        LuaTable string = LibRegistry.register(vm, "string",
                LuaDefinedBuiltin.create(vm, "len", 3, 0, StringLib::len),  // LJLIB_LUA in LuaJIT 2.1
                Builtin.of("byte", StringLib::byteFn),
                Builtin.of("char", StringLib::charFn),
                Builtin.of("sub", StringLib::sub),
                Builtin.of("rep", StringLib::rep),
                Builtin.of("reverse", StringLib::reverse),
                Builtin.of("lower", StringLib::lower),
                Builtin.of("upper", StringLib::upper),
                Builtin.of("dump", StringLib::dump),
                Builtin.of("find", (L, base, nargs) -> findAux(L, base, true)),
                Builtin.of("match", (L, base, nargs) -> findAux(L, base, false)),
                Builtin.of("gmatch", StringLib::gmatch),
                Builtin.of("gsub", StringLib::gsub),
                Builtin.of("format", StringLib::format));
        LuaTable mt = new LuaTable(vm.heap, 0, 1);
        mt.setStr(vm.MM_INDEX, string);
        vm.stringMeta = mt;
        org.jresty.lib.strings.BufferLib.preload(vm);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Runs an engine step, turning its errors into Lua errors at the caller's position (lj_err_caller). */
    private static LuaError callerError(LuaThread L, StringLibError e) {
        return Args.error(L, e.getMessage());
    }

    private static int ret(LuaThread L, int base, Object v) {
        L.stack[base] = v;
        return 1;
    }

    private static LuaString newString(LuaThread L, byte[] b, int off, int len) {
        return L.vm.intern(b, off, len);
    }

    /** As {@link #retString} for a fresh array of the exact length, which the string table may keep (no copy). */
    private static int retOwned(LuaThread L, int base, byte[] fresh) {
        L.stack[base] = L.vm.strings.internOwned(fresh);
        gcCheck(L, base, 1);
        return 1;
    }

    /** A string made from a builtin's result: LuaJIT's fast functions run a GC step check afterwards. */
    private static int retString(LuaThread L, int base, byte[] b, int off, int len) {
        L.stack[base] = newString(L, b, off, len);
        gcCheck(L, base, 1);
        return 1;
    }

    /**
     * lj_gc_check with the results [base, base+n) kept alive: the collector marks the stack below top, and
     * results may lie above the arguments.
     */
    private static void gcCheck(LuaThread L, int base, int n) {
        int saveTop = L.top;
        if (saveTop < base + n) {
            L.top = base + n;
        }
        try {
            L.vm.heap.gcCheck();
        } finally {
            L.top = saveTop;
        }
    }

    // ------------------------------------------------------------------------------------------ simple ones

    private static int len(LuaThread L, int base, int nargs) {
        if (nargs == 0) {
            // LuaJIT writes string.len in Lua, so a missing argument is a nil one.
            throw Args.argError(L, 1, "string expected, got nil");
        }
        return ret(L, base, org.jresty.vm.Interp.num(Args.checkString(L, 1).length()));
    }

    private static int byteFn(LuaThread L, int base, int nargs) {
        LuaString s = Args.checkString(L, 1);
        int len = s.length();
        int start = Args.optInt(L, 2, 1);
        int stop = Args.optInt(L, 3, start);
        if (stop < 0) {
            stop += len + 1;
        }
        if (start < 0) {
            start += len + 1;
        }
        if (start <= 0) {
            start = 1;
        }
        if (stop > len) {
            stop = len;
        }
        if (start > stop) {
            return 0;
        }
        start--;
        int n = stop - start;
        if (n > MAX_CSTACK) {
            throw Args.error(L, "string slice too long");
        }
        L.ensureStack(base + n);
        byte[] b = s.bytes();
        for (int i = 0; i < n; i++) {
            L.stack[base + i] = org.jresty.vm.Interp.num(b[start + i] & 0xff);
        }
        return n;
    }

    private static int charFn(LuaThread L, int base, int nargs) {
        byte[] buf = new byte[nargs];
        for (int i = 1; i <= nargs; i++) {
            int k = Args.checkInt(L, i);
            if (k < 0 || k > 255) {
                throw Args.argError(L, i, "invalid value");
            }
            buf[i - 1] = (byte) k;
        }
        TempBuffer.need(L, nargs);
        return retOwned(L, base, buf);
    }

    private static int sub(LuaThread L, int base, int nargs) {
        LuaString s = Args.checkString(L, 1);
        int len = s.length();
        long start = Args.checkInt(L, 2);
        long end = Args.optInt(L, 3, -1);
        if (end < 0) {
            end += len + 1;
        } else if (end > len) {
            end = len;
        }
        if (start < 0) {
            start += len + 1;
        }
        if (start < 1) {
            start = 1;
        }
        if (start > end) {
            return retString(L, base, s.bytes(), 0, 0);
        }
        if (start == 1 && end == len) {
            L.stack[base] = s; // the whole string is the string itself
            gcCheck(L, base, 1);
            return 1;
        }
        return retString(L, base, s.bytes(), (int) start - 1, (int) (end - start + 1));
    }

    private static int rep(LuaThread L, int base, int nargs) {
        LuaString s = Args.checkString(L, 1);
        int rep = Args.checkInt(L, 2);
        LuaString sep = Args.optString(L, 3, null);
        byte[] unit = s.bytes();
        byte[] first = null;
        if (sep != null && rep > 1) {
            // LuaJIT: s2 = sep .. s is built in the buffer first, then s + (rep-1) times s2.
            TempBuffer.need(L, (long) sep.length() + unit.length);
            first = unit;
            byte[] s2 = new byte[sep.length() + unit.length];
            System.arraycopy(sep.bytes(), 0, s2, 0, sep.length());
            System.arraycopy(unit, 0, s2, sep.length(), unit.length);
            unit = s2;
            L.vm.strings.intern(s2, 0, s2.length);
            rep--;
        }
        long prefix = first == null ? 0 : first.length;
        long total = prefix;
        if (rep > 0 && unit.length > 0) {
            long tlen = (long) rep * unit.length;
            if (tlen > Layout.MAX_STR) {
                throw org.jresty.heap.Heap.notEnoughMemory();
            }
            total += tlen;
        }
        if (total > Layout.MAX_STR || total > Integer.MAX_VALUE - 16) {
            throw org.jresty.heap.Heap.notEnoughMemory();
        }
        TempBuffer.need(L, total);
        byte[] out = new byte[(int) total];
        int p = 0;
        if (first != null) {
            System.arraycopy(first, 0, out, 0, first.length);
            p = first.length;
        }
        if (total > prefix) {
            for (int i = 0; i < rep; i++) {
                System.arraycopy(unit, 0, out, p, unit.length);
                p += unit.length;
            }
        }
        return retOwned(L, base, out);
    }

    private static int reverse(LuaThread L, int base, int nargs) {
        byte[] b = Args.checkString(L, 1).bytes();
        int n = b.length;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = b[n - 1 - i];
        }
        TempBuffer.need(L, n);
        return retOwned(L, base, out);
    }

    private static int lower(LuaThread L, int base, int nargs) {
        return changeCase(L, base, 'A', 'Z');
    }

    private static int upper(LuaThread L, int base, int nargs) {
        return changeCase(L, base, 'a', 'z');
    }

    /** ASCII-only case change (C locale): bytes in [from, to] get bit 0x20 flipped. */
    private static int changeCase(LuaThread L, int base, char from, char to) {
        byte[] b = Args.checkString(L, 1).bytes();
        int n = b.length;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            byte c = b[i];
            out[i] = c >= from && c <= to ? (byte) (c ^ 0x20) : c;
        }
        TempBuffer.need(L, n);
        return retOwned(L, base, out);
    }

    private static int dump(LuaThread L, int base, int nargs) {
        LuaFunction fn = Args.checkFunction(L, 1);
        boolean strip = nargs >= 2 && !Conv.isFalsy(L.stack[base + 1]);
        if (!(fn instanceof LuaClosure cl)) {
            throw Args.error(L, "unable to dump given function");
        }
        byte[] d = DumpWriter.write(cl.proto, L.vm.mode, strip, false);
        TempBuffer.need(L, d.length);
        return retString(L, base, d, 0, d.length);
    }

    // ------------------------------------------------------------------------------------------ patterns

    /** Pushes the captures of the last match (whole match [s, e) when there are none and wholeMatch). */
    private static int pushCaptures(LuaThread L, int at, PatternMatcher m, byte[] src, int s, int e,
                                    boolean wholeMatch) {
        int n = m.captureCount(wholeMatch);
        L.ensureStack(at + n);
        // Keep the captures made so far below top: making a string may run an emergency collection.
        int saveTop = L.top;
        try {
            for (int i = 0; i < n; i++) {
                L.stack[at + i] = null;
            }
            L.top = Math.max(saveTop, at + n);
            for (int i = 0; i < n; i++) {
                L.stack[at + i] = m.capture(i, s, e, L.vm.strings);
            }
        } catch (StringLibError err) {
            throw callerError(L, err);
        } finally {
            L.top = saveTop;
        }
        return n;
    }

    private static int findAux(LuaThread L, int base, boolean find) {
        LuaString s = Args.checkString(L, 1);
        LuaString p = Args.checkString(L, 2);
        int st = PatternOps.startIndex(Args.optInt(L, 3, 1), s.length());
        byte[] sb = s.bytes();
        byte[] pb = p.bytes();
        if (find && (!Conv.isFalsy(Args.arg(L, 4)) || !PatternOps.hasPattern(pb, pb.length))) {
            int q = PatternOps.findPlain(sb, sb.length, st, pb, pb.length);
            if (q >= 0) {
                L.ensureStack(base + 2);
                L.stack[base] = org.jresty.vm.Interp.num(q + 1);
                L.stack[base + 1] = org.jresty.vm.Interp.num(q + pb.length);
                return 2;
            }
            return ret(L, base, null);
        }
        // find/match never call back into Lua while matching, so one matcher per Java thread is reused.
        PatternMatcher spare = SPARE_MATCHER.get();
        PatternMatcher m = spare.inUse ? new PatternMatcher(sb, sb.length, pb, pb.length) : spare;
        if (m == spare) {
            m.inUse = true;
            m.reset(sb, sb.length, pb, pb.length);
        }
        try {
            long found;
            try {
                found = PatternOps.findPattern(m, pb, pb.length, st, sb.length);
            } catch (StringLibError err) {
                throw callerError(L, err);
            }
            if (found < 0) {
                return ret(L, base, null);
            }
            int ms = (int) (found >>> 32);
            int me = (int) found;
            if (find) {
                L.ensureStack(base + 2);
                L.stack[base] = org.jresty.vm.Interp.num(ms + 1);
                L.stack[base + 1] = org.jresty.vm.Interp.num(me);
                return 2 + pushCaptures(L, base + 2, m, sb, ms, me, false);
            }
            return pushCaptures(L, base, m, sb, ms, me, true);
        } finally {
            if (m == spare) {
                m.reset(null, 0, null, 0); // drop the references to the subject and pattern
                m.inUse = false;
            }
        }
    }

    private static final ThreadLocal<PatternMatcher> SPARE_MATCHER =
            ThreadLocal.withInitial(() -> new PatternMatcher(null, 0, null, 0));

    /** gmatch's iterator: a C closure over the subject, the pattern and the position (3 upvalues in LuaJIT). */
    private static final class GmatchIterator extends Builtin implements Traversable {
        private static final int FFID = FastFunctionIds.id("string.gmatch_aux");
        private final LuaString subject;
        private final LuaString pattern;
        private int pos;

        GmatchIterator(LuaString subject, LuaString pattern) {
            super("gmatch_aux");
            this.ffid = FFID;
            this.subject = subject;
            this.pattern = pattern;
        }

        /** Reused across calls: matching never calls back into Lua. */
        private PatternMatcher matcher;

        @Override
        public int call(LuaThread L, int base, int nargs) {
            byte[] src = subject.bytes();
            byte[] pat = pattern.bytes();
            PatternMatcher m = matcher;
            if (m == null || m.inUse) {
                m = new PatternMatcher(src, src.length, pat, pat.length);
                if (matcher == null) {
                    matcher = m;
                }
            }
            m.inUse = true;
            try {
                return step(L, base, m, src);
            } finally {
                m.inUse = false;
            }
        }

        private int step(LuaThread L, int base, PatternMatcher m, byte[] src) {
            long found;
            try {
                found = PatternOps.gmatchNext(m, pos, src.length);
            } catch (StringLibError err) {
                throw callerError(L, err);
            }
            if (found < 0) {
                pos = src.length + 1;
                return 0;
            }
            int s = (int) (found >>> 32);
            int e = (int) found;
            pos = PatternOps.gmatchResume(s, e);
            return pushCaptures(L, base, m, src, s, e, true);
        }

        @Override
        public void gcTraverse(Collector c) {
            c.mark(subject);
            c.mark(pattern);
        }

        @Override
        public HeapKind gcKind() {
            return HeapKind.FUNCTION;
        }

        @Override
        public long gcBytes(Layout layout) {
            return layout.funcCSize(3);
        }
    }

    private static int gmatch(LuaThread L, int base, int nargs) {
        LuaString s = Args.checkString(L, 1);
        LuaString p = Args.checkString(L, 2);
        GmatchIterator it = new GmatchIterator(s, p);
        L.vm.heap.newObject(it, HeapKind.FUNCTION, L.vm.heap.layout.funcCSize(3));
        return ret(L, base, it);
    }

    private static int gsub(LuaThread L, int base, int nargs) {
        LuaString s = Args.checkString(L, 1);
        LuaString p = Args.checkString(L, 2);
        Object repl = Args.arg(L, 3);
        if (!(repl instanceof Double || repl instanceof LuaString || repl instanceof LuaFunction
                || repl instanceof LuaTable)) {
            throw Args.argError(L, 3, "string/function/table expected");
        }
        byte[] src = s.bytes();
        int maxN = Args.optInt(L, 4, src.length + 1);
        byte[] pat = p.bytes();
        PatternOps.Replacement r;
        if (repl instanceof LuaFunction || repl instanceof LuaTable) {
            r = (m, subject, ms, me, out) -> addValue(L, repl, m, subject, ms, me, out);
        } else {
            LuaString rs = repl instanceof LuaString ls ? ls : Args.checkString(L, 3);
            r = PatternOps.stringReplacement(rs.bytes(), rs.length(), L.vm.strings);
        }
        ByteBuf out = new ByteBuf(src.length + 16);
        int n;
        try {
            n = PatternOps.gsub(src, src.length, pat, pat.length, r, maxN, out);
        } catch (StringLibError err) {
            throw callerError(L, err);
        }
        // luaL_Buffer flushes 8 KB chunks as strings and concatenates them through the temporary buffer.
        if (out.length() > LUAL_BUFFERSIZE) {
            TempBuffer.need(L, out.length());
        }
        L.ensureStack(base + 2);
        L.stack[base] = newString(L, out.array(), 0, out.length());
        L.stack[base + 1] = org.jresty.vm.Interp.num(n);
        gcCheck(L, base, 2);
        return 2;
    }

    /** add_value for function and table replacements: false/nil keeps the match, strings and numbers replace it. */
    private static void addValue(LuaThread L, Object repl, PatternMatcher m, byte[] src, int s, int e,
                                 ByteBuf out) {
        Object v;
        if (repl instanceof LuaTable) {
            Object key;
            try {
                key = m.capture(0, s, e, L.vm.strings);
            } catch (StringLibError err) {
                throw callerError(L, err);
            }
            v = L.vm.interp.indexJ(L, repl, key);
        } else {
            int n = m.captureCount(true);
            Object[] caps = new Object[n];
            try {
                for (int i = 0; i < n; i++) {
                    caps[i] = m.capture(i, s, e, L.vm.strings);
                }
            } catch (StringLibError err) {
                throw callerError(L, err);
            }
            if (n == 1) {
                v = L.vm.interp.call1(L, repl, caps[0], null, 1);
            } else if (n == 2) {
                v = L.vm.interp.call1(L, repl, caps[0], caps[1], 2);
            } else {
                Object[] res = L.vm.call(L, repl, caps);
                v = res.length > 0 ? res[0] : null;
            }
        }
        if (Conv.isFalsy(v)) {
            out.append(src, s, e - s);
        } else if (v instanceof LuaString ls) {
            out.append(ls.bytes());
        } else if (v instanceof Double d) {
            out.appendLatin1(Conv.numberToString(d));
        } else {
            throw Args.error(L, "invalid replacement value (a " + Conv.typeName(v) + ")");
        }
    }

    // ------------------------------------------------------------------------------------------ format

    private static int format(LuaThread L, int base, int nargs) {
        LuaString fmt = Args.checkString(L, 1);
        ByteBuf out = new ByteBuf(fmt.length() + 32);
        FormatArgs args = new FormatArgs() {
            @Override
            public int count() {
                return Args.count(L);
            }

            @Override
            public double checkNumber(int arg) {
                return Args.checkNumber(L, arg);
            }

            @Override
            public byte[] tostring(int arg) {
                Object v = Args.arg(L, arg);
                if (v instanceof LuaString s) {
                    return s.bytes();
                }
                Object r = L.vm.tostringAny(L, v);
                return r instanceof LuaString s ? s.bytes() : L.vm.rawToString(r).bytes();
            }

            @Override
            public String pointer(int arg) {
                Object v = Args.arg(L, arg);
                return v instanceof GCObject ? LuaVM.address(v) : "NULL";
            }

            @Override
            public RuntimeException missing(int arg) {
                return Args.argError(L, arg, "value expected");
            }
        };
        try {
            StringFormatter.format(out, fmt.bytes(), fmt.length(), args);
        } catch (StringLibError err) {
            throw callerError(L, err);
        }
        TempBuffer.need(L, out.peakNeed());
        return retString(L, base, out.array(), 0, out.length());
    }
}
