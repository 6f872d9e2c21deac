package org.jresty.lib.strings;

import org.jresty.runtime.Interner;

/**
 * Lua 5.1 patterns on byte strings, with LuaJIT's rules and messages (lib_string.c): classes in the C locale,
 * sets, %b, %f, back-references, position captures, at most 32 captures, and "pattern too complex" past 200
 * nested match calls. As in C, the pattern ends at its first NUL byte; reading past the subject's end yields
 * NUL (the subject's terminator), which %f and %b observe.
 *
 * <p>One matcher serves one subject and one pattern; call {@link #match} at each start position (it resets the
 * captures), then read the captures.
 */
public final class PatternMatcher {
    public static final int MAX_CAPTURES = 32;
    private static final int MAX_DEPTH = 200;
    private static final int CAP_UNFINISHED = -1;
    private static final int CAP_POSITION = -2;
    private static final int ESC = '%';

    private byte[] src;
    private int srcEnd;
    private byte[] pat;
    private int patEnd;
    private int level;
    private int depth;
    /** Capture starts and lengths; grown on demand up to MAX_CAPTURES (most patterns have few). */
    private int[] capStart = new int[4];
    private int[] capLen = new int[4];
    /*
     * What the matcher learns about its pattern's single-character classes, kept while it serves the same pattern
     * array (gsub, gmatch and find try the same classes at every position): where each class ends, and once a
     * class has been tried BUILD_AFTER times, the set of the 256 bytes it matches. Indexed by the class's start.
     */
    private static final int BUILD_AFTER = 24;
    private static final byte BUILT = -1;
    private byte[] memoPattern;
    private int[] classEnds;
    private byte[] classTries;
    private long[] classSets;

    /** Subject src[0..srcLen), pattern pat[0..patLen) (cut at its first NUL). */
    public PatternMatcher(byte[] src, int srcLen, byte[] pat, int patLen) {
        reset(src, srcLen, pat, patLen);
    }

    /**
     * The byte every match of the pattern from p starts with, or -1: its first item is a plain byte that must occur
     * once (not followed by *, - or ?), not a class, set, capture, anchor or escape. Lets the searches skip the
     * positions where no match can start.
     */
    public int literalFirst(int p) {
        if (p >= patEnd) return -1;
        int c = pat[p];
        if ("^$*+?.()[%-".indexOf(c & 0xff) >= 0) return -1;
        if (p + 1 < patEnd) {
            int q = pat[p + 1];
            if (q == '*' || q == '-' || q == '?') return -1;
        }
        return c;
    }

    /** The first index from s on where the subject holds byte b (as {@link #literalFirst} gives it), or its end. */
    public int indexOf(int b, int s) {
        byte[] a = src;
        int end = srcEnd;
        while (s < end && a[s] != b) s++;
        return s;
    }

    /** Set by a caller that reuses this matcher while it reads results (a re-entrant caller makes its own). */
    public boolean inUse;

    /** Reuses this matcher for another subject and pattern. */
    public void reset(byte[] src, int srcLen, byte[] pat, int patLen) {
        this.src = src;
        this.srcEnd = srcLen;
        this.pat = pat;
        int end = 0;
        while (end < patLen && pat[end] != 0) {
            end++;
        }
        this.patEnd = end;
        if (pat == null) {
            // Released: a short pattern stays remembered (loops call find/match with the same one again).
            if (memoPattern != null && memoPattern.length > 64) {
                memoPattern = null;
                classEnds = null;
            }
        } else if (pat != memoPattern) {
            memoPattern = pat;
            classEnds = null;
        }
    }

    /** Tries the pattern from pattern index p at subject index s; returns the end of the match or -1. */
    public int match(int s, int p) {
        level = 0;
        depth = 0;
        return doMatch(s, p);
    }

    /** Number of captures of the last successful match (0 when the pattern has none). */
    public int level() {
        return level;
    }

    private int pc(int p) {
        return p < patEnd ? pat[p] & 0xff : 0;
    }

    private int sc(int s) {
        return s < srcEnd ? src[s] & 0xff : 0;
    }

    private static StringLibError error(String msg) {
        return new StringLibError(msg);
    }

    private int doMatch(int s, int p) {
        if (++depth > MAX_DEPTH) {
            throw error("pattern too complex");
        }
        loop:
        while (true) {
            int c = pc(p);
            boolean item = false;
            switch (c) {
                case '(' -> {
                    s = pc(p + 1) == ')' ? startCapture(s, p + 2, CAP_POSITION)
                            : startCapture(s, p + 1, CAP_UNFINISHED);
                    break loop;
                }
                case ')' -> {
                    s = endCapture(s, p + 1);
                    break loop;
                }
                case ESC -> {
                    int n = pc(p + 1);
                    if (n == 'b') {
                        s = matchBalance(s, p + 2);
                        if (s < 0) {
                            break loop;
                        }
                        p += 4;
                        continue;
                    } else if (n == 'f') {
                        p += 2;
                        if (pc(p) != '[') {
                            throw error("missing '[' after '%f' in pattern");
                        }
                        int ep = classEnd(p);
                        int previous = s == 0 ? 0 : src[s - 1] & 0xff;
                        if (matchBracketClass(previous, p, ep - 1) || !matchBracketClass(sc(s), p, ep - 1)) {
                            s = -1;
                            break loop;
                        }
                        p = ep;
                        continue;
                    } else if (CharClass.isDigit(n)) {
                        s = matchCapture(s, n);
                        if (s < 0) {
                            break loop;
                        }
                        p += 2;
                        continue;
                    }
                    item = true;
                }
                case 0 -> {
                    break loop;
                }
                case '$' -> {
                    if (pc(p + 1) == 0) {
                        if (s != srcEnd) {
                            s = -1;
                        }
                        break loop;
                    }
                    item = true;
                }
                default -> item = true;
            }
            if (item) {
                int ep = classEnd(p);
                boolean m = s < srcEnd && singleMatch(src[s] & 0xff, p, ep);
                switch (pc(ep)) {
                    case '?' -> {
                        if (m) {
                            int res = doMatch(s + 1, ep + 1);
                            if (res >= 0) {
                                s = res;
                                break loop;
                            }
                        }
                        p = ep + 1;
                        continue;
                    }
                    case '*' -> {
                        s = maxExpand(s, p, ep);
                        break loop;
                    }
                    case '+' -> {
                        s = m ? maxExpand(s + 1, p, ep) : -1;
                        break loop;
                    }
                    case '-' -> {
                        s = minExpand(s, p, ep);
                        break loop;
                    }
                    default -> {
                        if (m) {
                            s++;
                            p = ep;
                            continue;
                        }
                        s = -1;
                        break loop;
                    }
                }
            }
        }
        depth--;
        return s;
    }

    /** Index just after the single-character class starting at p (p &lt; patEnd). */
    private int classEnd(int p) {
        int[] ends = classEnds;
        if (ends == null) {
            ends = classEnds = new int[patEnd];
            classTries = new byte[patEnd];
            classSets = null;
        }
        int e = ends[p];
        if (e == 0) {
            e = scanClassEnd(p);
            ends[p] = e;
        }
        return e;
    }

    private int scanClassEnd(int p) {
        int c = pc(p++);
        if (c == ESC) {
            if (pc(p) == 0) {
                throw error("malformed pattern (ends with '%')");
            }
            return p + 1;
        }
        if (c == '[') {
            if (pc(p) == '^') {
                p++;
            }
            do {
                if (pc(p) == 0) {
                    throw error("malformed pattern (missing ']')");
                }
                if (pc(p++) == ESC && pc(p) != 0) {
                    p++;
                }
            } while (pc(p) != ']');
            return p + 1;
        }
        return p;
    }

    private static boolean matchClass(int c, int cl) {
        if ((cl & 0xc0) == 0x40) {
            int mask = CharClass.maskOfLetter(cl | 0x20);
            if (mask != 0) {
                boolean t = CharClass.isA(c, mask);
                return (cl & 0x20) != 0 ? t : !t;
            }
            if (cl == 'z') {
                return c == 0;
            }
            if (cl == 'Z') {
                return c != 0;
            }
        }
        return cl == c;
    }

    /** p is the '[' of the set, ec its closing ']'. */
    private boolean matchBracketClass(int c, int p, int ec) {
        boolean sig = true;
        if (pc(p + 1) == '^') {
            sig = false;
            p++;
        }
        while (++p < ec) {
            if (pc(p) == ESC) {
                p++;
                if (matchClass(c, pc(p))) {
                    return sig;
                }
            } else if (pc(p + 1) == '-' && p + 2 < ec) {
                p += 2;
                if (pc(p - 2) <= c && c <= pc(p)) {
                    return sig;
                }
            } else if (pc(p) == c) {
                return sig;
            }
        }
        return !sig;
    }

    /** Whether byte c matches the class [p, ep) (classEnd(p) has been called). */
    private boolean singleMatch(int c, int p, int ep) {
        int tries = classTries[p];
        if (tries == BUILT) {
            return (classSets[(p << 2) | (c >>> 6)] & (1L << c)) != 0;
        }
        if (tries < BUILD_AFTER) {
            classTries[p] = (byte) (tries + 1);
        } else {
            buildSet(p, ep);
        }
        return matchOne(c, p, ep);
    }

    private void buildSet(int p, int ep) {
        if (classSets == null) {
            classSets = new long[patEnd << 2];
        }
        for (int c = 0; c < 256; c++) {
            if (matchOne(c, p, ep)) {
                classSets[(p << 2) | (c >>> 6)] |= 1L << c;
            }
        }
        classTries[p] = BUILT;
    }

    private boolean matchOne(int c, int p, int ep) {
        return switch (pc(p)) {
            case '.' -> true;
            case ESC -> matchClass(c, pc(p + 1));
            case '[' -> matchBracketClass(c, p, ep - 1);
            default -> pc(p) == c;
        };
    }

    private int matchBalance(int s, int p) {
        if (pc(p) == 0 || pc(p + 1) == 0) {
            throw error("unbalanced pattern");
        }
        if (sc(s) != pc(p)) {
            return -1;
        }
        int b = pc(p);
        int e = pc(p + 1);
        int cont = 1;
        while (++s < srcEnd) {
            int c = src[s] & 0xff;
            if (c == e) {
                if (--cont == 0) {
                    return s + 1;
                }
            } else if (c == b) {
                cont++;
            }
        }
        return -1;
    }

    private int maxExpand(int s, int p, int ep) {
        int i = 0;
        while (s + i < srcEnd && singleMatch(src[s + i] & 0xff, p, ep)) {
            i++;
        }
        while (i >= 0) {
            int res = doMatch(s + i, ep + 1);
            if (res >= 0) {
                return res;
            }
            i--;
        }
        return -1;
    }

    private int minExpand(int s, int p, int ep) {
        while (true) {
            int res = doMatch(s, ep + 1);
            if (res >= 0) {
                return res;
            }
            if (s < srcEnd && singleMatch(src[s] & 0xff, p, ep)) {
                s++;
            } else {
                return -1;
            }
        }
    }

    private int startCapture(int s, int p, int what) {
        if (level >= MAX_CAPTURES) {
            throw error("too many captures");
        }
        if (level == capStart.length) {
            capStart = java.util.Arrays.copyOf(capStart, Math.min(MAX_CAPTURES, level * 2));
            capLen = java.util.Arrays.copyOf(capLen, capStart.length);
        }
        capStart[level] = s;
        capLen[level] = what;
        level++;
        int res = doMatch(s, p);
        if (res < 0) {
            level--;
        }
        return res;
    }

    private int endCapture(int s, int p) {
        int l = captureToClose();
        capLen[l] = s - capStart[l];
        int res = doMatch(s, p);
        if (res < 0) {
            capLen[l] = CAP_UNFINISHED;
        }
        return res;
    }

    private int captureToClose() {
        for (int l = level - 1; l >= 0; l--) {
            if (capLen[l] == CAP_UNFINISHED) {
                return l;
            }
        }
        throw error("invalid pattern capture");
    }

    private int matchCapture(int s, int digit) {
        int l = digit - '1';
        if (l < 0 || l >= level || capLen[l] == CAP_UNFINISHED) {
            throw error("invalid capture index");
        }
        int len = capLen[l];
        // A position capture's length (-2) is a huge size_t in C: the back-reference never matches.
        if (len >= 0 && srcEnd - s >= len && java.util.Arrays.equals(src, capStart[l], capStart[l] + len, src, s, s + len)) {
            return s + len;
        }
        return -1;
    }

    /**
     * Capture i of the last match as a Lua value (LuaJIT's push_onecapture): a string, or a Double position
     * for "()" captures; with no captures, capture 0 is the whole match [s, e).
     */
    public Object capture(int i, int s, int e, Interner strings) {
        if (i >= level) {
            if (i == 0) {
                return strings.intern(src, s, e - s);
            }
            throw error("invalid capture index");
        }
        int l = capLen[i];
        if (l == CAP_UNFINISHED) {
            throw error("unfinished capture");
        }
        if (l == CAP_POSITION) {
            return (double) (capStart[i] + 1);
        }
        return strings.intern(src, capStart[i], l);
    }

    /** How many values push_captures gives: the captures, or the whole match when there are none and wholeMatch. */
    public int captureCount(boolean wholeMatch) {
        return level == 0 && wholeMatch ? 1 : level;
    }
}
