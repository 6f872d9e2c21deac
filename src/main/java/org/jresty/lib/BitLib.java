package org.jresty.lib;

import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.LuaVM;

/**
 * LuaJIT's bit library (lib_bit.c, FFI-enabled build): 32-bit operations on numbers normalized as lj_num2bit
 * does (the low 32 bits of n + 2^52 + 2^51, so large numbers wrap and fractions round to nearest even),
 * numeric strings accepted, results as signed 32-bit numbers, and tohex's digit count taken as 64-bit
 * (up to 254 digits, negative counts for upper case).
 */
public final class BitLib {
    private BitLib() {
    }

    /** lj_num2bit: the integer in the low word of n + 2^52 + 2^51 (rounds to nearest even, wraps modulo 2^32). */
    public static int num2bit(double n) {
        return (int) Double.doubleToRawLongBits(n + 6755399441055744.0);
    }

    /** An argument as a 32-bit integer; a number or a string that converts to one. */
    static int checkBit(LuaThread L, int n) {
        Object v = Args.arg(L, n);
        if (n <= Args.count(L)) {
            if (v instanceof Double d) return num2bit(d);
            if (v instanceof LuaString s) {
                Double d = Conv.parseNumber(s);
                if (d != null) return num2bit(d);
            }
        }
        throw Args.typeError(L, n, "number");
    }

    private interface IntOp {
        int apply(int x, int y);
    }

    private static Builtin unary(String name, java.util.function.IntUnaryOperator f) {
        return Builtin.of(name, (L, base, nargs) -> {
            L.stack[base] = (double) f.applyAsInt(checkBit(L, 1));
            return 1;
        });
    }

    private static Builtin shift(String name, IntOp f) {
        return Builtin.of(name, (L, base, nargs) -> {
            int x = checkBit(L, 1);
            int sh = checkBit(L, 2);
            L.stack[base] = (double) f.apply(x, sh & 31);
            return 1;
        });
    }

    /** band/bor/bxor over one or more arguments (all are checked before any result). */
    private static Builtin nary(String name, IntOp f) {
        return Builtin.of(name, (L, base, nargs) -> {
            int r = checkBit(L, 1);
            for (int i = 2; i <= nargs; i++) r = f.apply(r, checkBit(L, i));
            L.stack[base] = (double) r;
            return 1;
        });
    }

    public static void open(LuaVM vm) {
        LibRegistry.register(vm, "bit",
                unary("tobit", x -> x),
                unary("bnot", x -> ~x),
                unary("bswap", Integer::reverseBytes),
                shift("lshift", (x, s) -> x << s),
                shift("rshift", (x, s) -> x >>> s),
                shift("arshift", (x, s) -> x >> s),
                shift("rol", Integer::rotateLeft),
                shift("ror", Integer::rotateRight),
                nary("band", (x, y) -> x & y),
                nary("bor", (x, y) -> x | y),
                nary("bxor", (x, y) -> x ^ y),
                Builtin.of("tohex", BitLib::tohex));
    }

    /**
     * tohex(x [, n]): x's 32 bits zero-extended to 64, n digits (default 8), upper case when n is negative;
     * counts are clamped to 254 digits (OpenResty's/current LuaJIT), n = 0 gives "" for zero.
     */
    private static int tohex(LuaThread L, int base, int nargs) {
        long b = checkBit(L, 1) & 0xffffffffL;
        int n = nargs >= 2 ? checkBit(L, 2) : 8;
        boolean upper = false;
        if (n < 0) {
            n = -n;
            upper = true;
        }
        if (Integer.compareUnsigned(n, 254) > 0) n = 254; // also catches -INT_MIN, still negative
        int prec = n;
        if (n < 16) b &= (1L << (4 * n)) - 1; // shift count taken modulo 64, as the CPU does
        String digits = Long.toHexString(b);
        if (upper) digits = digits.toUpperCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        if (prec == 0 && b == 0) digits = "";
        for (int i = digits.length(); i < prec; i++) sb.append('0');
        sb.append(digits);
        L.vm.heap.bufferNeed(sb.length()); // lj_strfmt_putfxint asks for max(digits, precision)
        L.stack[base] = L.vm.intern(sb.toString());
        return 1;
    }
}
