package org.jresty.bytecode;

/**
 * A KCDATA constant: a 64-bit integer literal ({@code 1LL} is INT64, {@code 1ULL} is UINT64) or an imaginary
 * number literal ({@code 1i}: COMPLEX with re = 0 and im in {@code imag}).
 */
public record CDataConst(Kind kind, long bits, double real, double imag) {
    public enum Kind { INT64, UINT64, COMPLEX }

    public static CDataConst int64(long v) { return new CDataConst(Kind.INT64, v, 0, 0); }
    public static CDataConst uint64(long v) { return new CDataConst(Kind.UINT64, v, 0, 0); }
    public static CDataConst complex(double re, double im) { return new CDataConst(Kind.COMPLEX, 0, re, im); }
}
