package org.jresty.lib.strings;

import org.jresty.runtime.NumberFormat;

/**
 * string.format's engine (LuaJIT's lj_strfmt.c + string_format): parses C printf specs with at most two digits
 * of width and of precision, and converts a c d i o u x X e E f F g G a A q s p; anything else raises
 * "invalid option '%...' to 'format'". Integer conversions take the double's truncation to int64 (x86 rules:
 * out of range gives INT64_MIN); %u %o %x wrap doubles >= 2^63 like LuaJIT does.
 */
public final class StringFormatter {
    private static final int T_INT = 1, T_UINT = 2, T_HEX = 3, T_OCT = 4, T_FLOAT = 5, T_STR = 6, T_QUOTED = 7,
            T_CHAR = 8, T_PTR = 9;

    /** Room LuaJIT reserves for numbers written without width (STRFMT_MAXBUF_NUM/INT, for buffer accounting). */
    private static final int MAXBUF_INT = 11;
    private static final int MAXBUF_PTR = 18;

    private StringFormatter() {
    }

    /** Formats fmt[0..fmtLen) with the arguments into out (the format is argument #1). */
    public static void format(ByteBuf out, byte[] fmt, int fmtLen, FormatArgs args) {
        format(out, fmt, fmtLen, args, 1);
    }

    /** Same, the format being argument #fmtArg (buffer:putf's is #2) and its values the ones after it. */
    public static void format(ByteBuf out, byte[] fmt, int fmtLen, FormatArgs args, int fmtArg) {
        int p = 0;
        int arg = fmtArg;
        int total = args.count();
        while (p < fmtLen) {
            int lit = p;
            while (p < fmtLen && fmt[p] != '%') {
                p++;
            }
            if (p > lit) {
                out.append(fmt, lit, p - lit);
            }
            if (p >= fmtLen) {
                break;
            }
            int start = p;
            if (at(fmt, fmtLen, p + 1) == '%') {
                out.append('%');
                p += 2;
                continue;
            }
            p++;
            int flags = 0;
            for (;; p++) {
                int c = at(fmt, fmtLen, p);
                if (c == '-') {
                    flags |= NumberFormat.F_LEFT;
                } else if (c == '+') {
                    flags |= NumberFormat.F_PLUS;
                } else if (c == '0') {
                    flags |= NumberFormat.F_ZERO;
                } else if (c == ' ') {
                    flags |= NumberFormat.F_SPACE;
                } else if (c == '#') {
                    flags |= NumberFormat.F_ALT;
                } else {
                    break;
                }
            }
            int width = 0;
            if (isDigit(at(fmt, fmtLen, p))) {
                width = at(fmt, fmtLen, p++) - '0';
                if (isDigit(at(fmt, fmtLen, p))) {
                    width = width * 10 + at(fmt, fmtLen, p++) - '0';
                }
            }
            int prec = -1;
            if (at(fmt, fmtLen, p) == '.') {
                p++;
                prec = 0;
                if (isDigit(at(fmt, fmtLen, p))) {
                    prec = at(fmt, fmtLen, p++) - '0';
                    if (isDigit(at(fmt, fmtLen, p))) {
                        prec = prec * 10 + at(fmt, fmtLen, p++) - '0';
                    }
                }
            }
            int conv = at(fmt, fmtLen, p);
            int type = typeOf(conv);
            if (type == 0) {
                int end = conv >= 32 ? p + 1 : p;
                throw new StringLibError("invalid option '" + latin1(fmt, start, Math.min(end, fmtLen) - start)
                        + "' to 'format'");
            }
            p++;
            if ((conv & 0x20) == 0) {
                flags |= NumberFormat.F_UPPER;
            }
            if (++arg > total) {
                throw args.missing(arg);
            }
            switch (type) {
                case T_INT, T_UINT, T_HEX, T_OCT -> {
                    double n = args.checkNumber(arg);
                    if (type == T_INT && flags == 0 && width == 0 && prec < 0) {
                        plainInteger(out, n);
                    } else {
                        formatInteger(out, type, flags, width, prec, n);
                    }
                }
                case T_FLOAT -> formatFloat(out, Character.toLowerCase((char) conv), flags, width, prec,
                        args.checkNumber(arg));
                case T_STR -> formatString(out, flags, width, prec, args.tostring(arg));
                case T_QUOTED -> quote(out, args.tostring(arg));
                case T_CHAR -> formatChar(out, flags, width, toInt32(args.checkNumber(arg)));
                case T_PTR -> {
                    out.reserve(MAXBUF_PTR);
                    out.appendLatin1(args.pointer(arg));
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    private static int at(byte[] b, int len, int i) {
        return i < len ? b[i] & 0xff : 0;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static String latin1(byte[] b, int off, int n) {
        return new String(b, off, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static int typeOf(int c) {
        return switch (c) {
            case 'd', 'i' -> T_INT;
            case 'u' -> T_UINT;
            case 'x', 'X' -> T_HEX;
            case 'o' -> T_OCT;
            case 'a', 'A', 'e', 'E', 'f', 'F', 'g', 'G' -> T_FLOAT;
            case 's' -> T_STR;
            case 'q' -> T_QUOTED;
            case 'c' -> T_CHAR;
            case 'p' -> T_PTR;
            default -> 0;
        };
    }

    /** C's (int64_t) cast of a double as x86-64 performs it: NaN and out-of-range values give INT64_MIN. */
    public static long toInt64(double n) {
        if (n >= -9.223372036854775808e18 && n < 9.223372036854775808e18) {
            return (long) n;
        }
        return Long.MIN_VALUE;
    }

    /** C's (int32_t) cast of a double on x86-64 (lj_num2int): out of range gives INT32_MIN. */
    public static int toInt32(double n) {
        if (n > -2147483649.0 && n < 2147483648.0) {
            return (int) n;
        }
        return Integer.MIN_VALUE;
    }

    /** Plain %d: lj_strfmt_putint for int32 values (11 bytes asked of the buffer), else the digits' length. */
    private static void plainInteger(ByteBuf out, double n) {
        long k = toInt64(n);
        if (k == (int) k) {
            out.reserve(MAXBUF_INT);
        } else {
            out.reserve(Long.toUnsignedString(k < 0 ? -k : k).length() + (k < 0 ? 1 : 0));
        }
        out.appendLong(k);
    }

    private static void formatInteger(ByteBuf out, int type, int flags, int width, int prec, double n) {
        long k;
        if (type == T_INT) {
            k = toInt64(n);
        } else {
            k = n >= 9.223372036854775808e18 ? toInt64(n - 18446744073709551616.0) : toInt64(n);
        }
        long k0 = k;
        String prefix = "";
        String digits;
        if (type == T_INT) {
            if (k < 0) {
                k = -k; // INT64_MIN stays itself and prints unsigned below
                prefix = "-";
            } else if ((flags & NumberFormat.F_PLUS) != 0) {
                prefix = "+";
            } else if ((flags & NumberFormat.F_SPACE) != 0) {
                prefix = " ";
            }
        }
        if (prec >= 0) {
            flags &= ~NumberFormat.F_ZERO;
        }
        boolean alt = (flags & NumberFormat.F_ALT) != 0;
        if (k == 0) {
            digits = prec != 0 || (type == T_OCT && alt) ? "0" : "";
        } else if (type == T_HEX) {
            digits = Long.toHexString(k);
            if ((flags & NumberFormat.F_UPPER) != 0) {
                digits = digits.toUpperCase(java.util.Locale.ROOT);
            }
            if (alt) {
                prefix = (flags & NumberFormat.F_UPPER) != 0 ? "0X" : "0x";
            }
        } else if (type == T_OCT) {
            digits = Long.toOctalString(k);
            if (alt) {
                digits = "0" + digits;
            }
        } else {
            digits = Long.toUnsignedString(k);
        }
        int len = digits.length();
        int p = Math.max(prec, len);
        int pprec = p + prefix.length();
        boolean plainInt32 = type == T_INT && flags == 0 && width == 0 && prec < 0
                && k0 == (int) k0;
        out.reserve(plainInt32 ? MAXBUF_INT : Math.max(width, pprec)); // lj_strfmt_putint / putfxint
        int fill = Math.max(0, width - pprec);
        boolean left = (flags & NumberFormat.F_LEFT) != 0;
        boolean zero = (flags & NumberFormat.F_ZERO) != 0;
        if (!left && !zero) {
            out.repeat(' ', fill);
        }
        out.appendLatin1(prefix);
        if (zero && !left) {
            out.repeat('0', fill);
        }
        out.repeat('0', p - len);
        out.appendLatin1(digits);
        if (left) {
            out.repeat(' ', fill);
        }
    }

    private static void formatFloat(ByteBuf out, char kind, int flags, int width, int prec, double n) {
        if (kind == 'f' && (flags & ~NumberFormat.F_UPPER) == 0 && width == 0 && plainFixed(out, prec, n)) {
            return;
        }
        StringBuilder sb = new StringBuilder(Math.max(width, 24));
        out.reserve(NumberFormat.appendFloat(sb, n, kind, flags, width, prec));
        out.appendLatin1(sb);
    }

    /**
     * %f / %.Nf without flags or width, written from the rounded digits when they fit a long (false otherwise):
     * the sign, at least one integer digit, and the point with p decimals. Asks the buffer for what LuaJIT's
     * lj_strfmt_wfnum does (the text's length + 8).
     */
    private static boolean plainFixed(ByteBuf out, int prec, double n) {
        int p = prec < 0 ? 6 : prec;
        long q = NumberFormat.fixedDigits(Math.abs(n), p);
        if (q < 0) {
            return false;
        }
        int nd = 1;
        for (long t = q; t >= 10; t /= 10) {
            nd++;
        }
        int digits = Math.max(nd, p + 1);
        boolean negative = Double.doubleToRawLongBits(n) < 0;
        out.reserve((negative ? 1 : 0) + digits + (p > 0 ? 1 : 0) + 8);
        if (negative) {
            out.append('-');
        }
        out.appendFixed(q, p, digits);
        return true;
    }

    private static void formatString(ByteBuf out, int flags, int width, int prec, byte[] s) {
        int len = prec >= 0 && prec < s.length ? prec : s.length;
        out.reserve(Math.max(width, len));
        boolean left = (flags & NumberFormat.F_LEFT) != 0;
        if (left) {
            out.append(s, 0, len);
        }
        out.repeat(' ', width - len);
        if (!left) {
            out.append(s, 0, len);
        }
    }

    private static void formatChar(ByteBuf out, int flags, int width, int c) {
        out.reserve(Math.max(width, 1));
        boolean left = (flags & NumberFormat.F_LEFT) != 0;
        if (left) {
            out.append(c);
        }
        out.repeat(' ', width - 1);
        if (!left) {
            out.append(c);
        }
    }

    /** %q: LuaJIT's quoting (lj_strfmt_putquoted): \" \\ and \newline escaped, control bytes as \ddd-minimal. */
    public static void quote(ByteBuf out, byte[] s) {
        out.append('"');
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            out.reserve(4);
            if (c == '"' || c == '\\' || c == '\n') {
                out.append('\\');
                out.append(c);
            } else if (CharClass.isCntrl(c)) {
                out.append('\\');
                boolean nextIsDigit = i + 1 < s.length && CharClass.isDigit(s[i + 1]);
                if (c >= 100 || nextIsDigit) {
                    out.append('0' + c / 100);
                    out.append('0' + c / 10 % 10);
                } else if (c >= 10) {
                    out.append('0' + c / 10);
                }
                out.append('0' + c % 10);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
