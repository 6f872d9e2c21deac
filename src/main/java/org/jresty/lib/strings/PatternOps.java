package org.jresty.lib.strings;


/** The parts of find/match/gmatch/gsub that need no VM (lib_string.c's str_find_aux, gsub loop, add_s). */
public final class PatternOps {
    private PatternOps() {
    }

    /** True when p contains one of ^$*+?.([%- (lj_str_haspattern): find then uses the pattern matcher. */
    public static boolean hasPattern(byte[] p, int len) {
        for (int i = 0; i < len; i++) {
            switch (p[i]) {
                case '^', '$', '*', '+', '?', '.', '(', '[', '%', '-' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** 0-based start index from find/match's init argument (LuaJIT 5.1 mode: clamped to [0, len]). */
    public static int startIndex(int init, int len) {
        long start = init < 0 ? (long) init + len : (long) init - 1;
        if (start < 0) {
            start = 0;
        }
        return (int) Math.min(start, len);
    }

    /** First occurrence of p[0..pLen) in s[from..sLen), or -1 (lj_str_find). */
    public static int findPlain(byte[] s, int sLen, int from, byte[] p, int pLen) {
        if (pLen == 0) {
            return from <= sLen ? from : -1;
        }
        byte first = p[0];
        for (int i = from, last = sLen - pLen; i <= last; i++) {
            if (s[i] == first && java.util.Arrays.equals(s, i + 1, i + pLen, p, 1, pLen)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * str_find_aux's pattern loop: tries pat (its leading '^' anchors) from subject index st onwards. Returns
     * the match as start * 2^32 + end, or -1; the matcher then holds the captures.
     */
    public static long findPattern(PatternMatcher m, byte[] pat, int patLen, int st, int srcLen) {
        int p = 0;
        boolean anchor = patLen > 0 && pat[0] == '^';
        if (anchor) {
            p = 1;
        }
        int s = st;
        int first = anchor ? -1 : m.literalFirst(p);
        do {
            if (first >= 0 && (s = m.indexOf(first, s)) >= srcLen) return -1; // no match starts before that byte
            int e = m.match(s, p);
            if (e >= 0) {
                return ((long) s << 32) | e;
            }
        } while (s++ < srcLen && !anchor);
        return -1;
    }

    /**
     * One step of gmatch (no anchoring): the first match starting at or after from, as start * 2^32 + end, or
     * -1. The next search starts at the end, or one byte further after an empty match.
     */
    public static long gmatchNext(PatternMatcher m, int from, int srcLen) {
        int first = m.literalFirst(0);
        for (int s = from; s <= srcLen; s++) {
            if (first >= 0 && (s = m.indexOf(first, s)) >= srcLen) return -1; // no match starts before that byte
            int e = m.match(s, 0);
            if (e >= 0) {
                return ((long) s << 32) | e;
            }
        }
        return -1;
    }

    /** Where gmatch continues after the match [s, e). */
    public static int gmatchResume(int s, int e) {
        return e == s ? e + 1 : e;
    }

    /** What gsub puts in place of each match. */
    public interface Replacement {
        /** Appends the replacement for the match [s, e) (captures in m) to out. */
        void add(PatternMatcher m, byte[] src, int s, int e, ByteBuf out);
    }

    /**
     * LuaJIT's gsub loop: replaces up to maxN matches of pat in src and appends the result to out; returns the
     * number of matches.
     */
    public static int gsub(byte[] src, int srcLen, byte[] pat, int patLen, Replacement repl, long maxN,
                           ByteBuf out) {
        int p = 0;
        boolean anchor = patLen > 0 && pat[0] == '^';
        if (anchor) {
            p = 1;
        }
        PatternMatcher m = new PatternMatcher(src, srcLen, pat, patLen);
        int first = anchor ? -1 : m.literalFirst(p);
        int s = 0;
        int n = 0;
        while (n < maxN) {
            if (first >= 0) { // no match starts before the pattern's first byte: copy up to it at once
                int j = m.indexOf(first, s);
                out.append(src, s, j - s);
                s = j;
                if (s == srcLen) break;
            }
            int e = m.match(s, p);
            if (e >= 0) {
                n++;
                repl.add(m, src, s, e, out);
            }
            if (e >= 0 && e > s) {
                s = e;
            } else if (s < srcLen) {
                out.append(src[s++]);
            } else {
                break;
            }
            if (anchor) {
                break;
            }
        }
        out.append(src, s, srcLen - s);
        return n;
    }

    /**
     * add_s: a replacement string where %0 is the whole match, %1-%9 captures, and % before any other byte
     * gives that byte (a trailing % gives the string's terminating NUL, as in LuaJIT).
     */
    public static Replacement stringReplacement(byte[] news, int len, org.jresty.runtime.Interner strings) {
        return (m, src, s, e, out) -> {
            for (int i = 0; i < len; i++) {
                int c = news[i] & 0xff;
                if (c != '%') {
                    out.append(c);
                    continue;
                }
                i++;
                int d = i < len ? news[i] & 0xff : 0;
                if (!CharClass.isDigit(d)) {
                    out.append(d);
                } else if (d == '0') {
                    out.append(src, s, e - s);
                } else {
                    Object cap = m.capture(d - '1', s, e, strings);
                    appendValue(out, cap);
                }
            }
        };
    }

    /** Appends a capture value (a string or a position) as luaL_addvalue would. */
    public static void appendValue(ByteBuf out, Object v) {
        if (v instanceof org.jresty.runtime.LuaString ls) {
            out.append(ls.bytes());
        } else if (v instanceof Double d) {
            out.appendLatin1(org.jresty.runtime.NumberFormat.tostring(d));
        } else {
            throw new StringLibError("internal: capture value " + v);
        }
    }
}
