package org.jresty.lib.strings;

/**
 * C-locale character classes as LuaJIT's lj_char table defines them: ASCII only, bytes 128..255 belong to no
 * class. Used by the pattern matcher and by lower/upper.
 */
public final class CharClass {
    static final int CNTRL = 1, SPACE = 2, PUNCT = 4, DIGIT = 8, XDIGIT = 16, UPPER = 32, LOWER = 64;
    static final int ALPHA = UPPER | LOWER, ALNUM = ALPHA | DIGIT, GRAPH = ALNUM | PUNCT;

    private static final byte[] BITS = new byte[256];

    static {
        for (int c = 0; c < 128; c++) {
            int b = 0;
            if (c < 32 || c == 127) {
                b |= CNTRL;
            }
            if (c == ' ' || (c >= 9 && c <= 13)) {
                b |= SPACE;
            }
            if (c >= '0' && c <= '9') {
                b |= DIGIT | XDIGIT;
            }
            if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
                b |= XDIGIT;
            }
            if (c >= 'A' && c <= 'Z') {
                b |= UPPER;
            }
            if (c >= 'a' && c <= 'z') {
                b |= LOWER;
            }
            if (c > 32 && c < 127 && (b & (DIGIT | UPPER | LOWER)) == 0) {
                b |= PUNCT;
            }
            BITS[c] = (byte) b;
        }
    }

    private CharClass() {
    }

    static boolean isA(int c, int mask) {
        return (BITS[c & 0xff] & mask) != 0;
    }

    public static boolean isDigit(int c) {
        return isA(c, DIGIT);
    }

    public static boolean isPunct(int c) {
        return isA(c, PUNCT);
    }

    public static boolean isCntrl(int c) {
        return isA(c, CNTRL);
    }

    /** The class bits of a pattern class letter (a c d g l p s u w x, either case), or 0 if it is none. */
    static int maskOfLetter(int lowerLetter) {
        return switch (lowerLetter) {
            case 'a' -> ALPHA;
            case 'c' -> CNTRL;
            case 'd' -> DIGIT;
            case 'g' -> GRAPH;
            case 'l' -> LOWER;
            case 'p' -> PUNCT;
            case 's' -> SPACE;
            case 'u' -> UPPER;
            case 'w' -> ALNUM;
            case 'x' -> XDIGIT;
            default -> 0;
        };
    }
}
