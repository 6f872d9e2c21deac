package org.jresty.lib.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jresty.runtime.Interner;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.NumberFormat;
import org.junit.jupiter.api.Test;

/**
 * Pattern matching against /usr/bin/luajit: pattern_cases.txt (op, subject, pattern, extra) and
 * pattern_cases.expected, recorded with run_pat.lua (same folder) which mirrors {@link #run} below.
 */
class PatternMatcherTest {
    private static final Interner STRINGS = (b, off, len) -> new LuaString(b, off, len);

    private static String show(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof Double d) {
            return NumberFormat.tostring(d);
        }
        return v.toString();
    }

    private static String join(List<Object> values) {
        List<String> parts = new ArrayList<>();
        for (Object v : values) {
            parts.add(show(v));
        }
        return String.join(",", parts);
    }

    private static List<Object> captures(PatternMatcher m, int s, int e, boolean wholeMatch) {
        List<Object> r = new ArrayList<>();
        for (int i = 0, n = m.captureCount(wholeMatch); i < n; i++) {
            r.add(m.capture(i, s, e, STRINGS));
        }
        return r;
    }

    static String run(String op, byte[] s, byte[] p, String x) {
        switch (op) {
            case "find", "match", "findplain" -> {
                Integer init = x.isEmpty() ? null : Integer.valueOf(x);
                int st = PatternOps.startIndex(init == null ? 1 : init, s.length);
                List<Object> r = new ArrayList<>();
                if (op.equals("findplain") || (op.equals("find") && !PatternOps.hasPattern(p, p.length))) {
                    int at = PatternOps.findPlain(s, s.length, st, p, p.length);
                    if (at >= 0) {
                        return join(List.of((double) at + 1, (double) at + p.length));
                    }
                    return "nil";
                }
                PatternMatcher m = new PatternMatcher(s, s.length, p, p.length);
                long found = PatternOps.findPattern(m, p, p.length, st, s.length);
                if (found < 0) {
                    return "nil";
                }
                int ms = (int) (found >>> 32);
                int me = (int) found;
                if (op.equals("find")) {
                    r.add((double) ms + 1);
                    r.add((double) me);
                    r.addAll(captures(m, ms, me, false));
                } else {
                    r.addAll(captures(m, ms, me, true));
                }
                return join(r);
            }
            case "gmatch" -> {
                PatternMatcher m = new PatternMatcher(s, s.length, p, p.length);
                List<String> iterations = new ArrayList<>();
                int pos = 0;
                while (true) {
                    long found = PatternOps.gmatchNext(m, pos, s.length);
                    if (found < 0) {
                        break;
                    }
                    int ms = (int) (found >>> 32);
                    int me = (int) found;
                    pos = PatternOps.gmatchResume(ms, me);
                    List<Object> caps = captures(m, ms, me, true);
                    while (caps.size() < 3) {
                        caps.add(null);
                    }
                    iterations.add(join(caps.subList(0, 3)));
                    if (iterations.size() > 50) {
                        break;
                    }
                }
                return String.join(";", iterations);
            }
            case "gsub", "gsubn" -> {
                byte[] repl = op.equals("gsub") ? StringFormatterTest.unescape(x) : "<%0>".getBytes();
                long max = op.equals("gsub") ? s.length + 1 : Long.parseLong(x);
                ByteBuf out = new ByteBuf();
                int n = PatternOps.gsub(s, s.length, p, p.length,
                        PatternOps.stringReplacement(repl, repl.length, STRINGS), max, out);
                return new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1) + "," + n;
            }
            default -> throw new IllegalArgumentException(op);
        }
    }

    @Test
    void matchesLuaJIT() throws IOException {
        String[] cases = StringFormatterTest.resource("/strings/pattern_cases.txt").split("\n");
        String[] expected = StringFormatterTest.resource("/strings/pattern_cases.expected").split("\n");
        assertEquals(cases.length, expected.length);
        for (int i = 0; i < cases.length; i++) {
            String[] f = cases[i].split("\t", -1);
            String actual;
            try {
                actual = "ok\t" + StringFormatterTest.escape(
                        run(f[0], StringFormatterTest.unescape(f[1]), StringFormatterTest.unescape(f[2]), f[3])
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            } catch (LuaError | StringLibError e) {
                actual = "err\t" + e.getMessage();
            }
            assertEquals(expected[i], actual, "case " + (i + 1) + ": " + cases[i]);
        }
    }

    /** Whether byte c alone matches the one-class pattern p, asked of matcher m (reset to that subject). */
    private static boolean matchesByte(PatternMatcher m, byte[] p, int c) {
        byte[] subject = {(byte) c};
        m.reset(subject, 1, p, p.length);
        return m.match(0, 0) == 1;
    }

    @Test
    void classesAnswerTheSameOnceTheMatcherHasLearnedTheirSets() {
        String[] classes = {"[%a_]", "[^%d-]", "%w", "%W", ".", "x", "[]]", "[a-]", "[%]]", "%z", "[^%z]", "%p", "[\200-\377]"};
        for (String cl : classes) {
            byte[] pat = cl.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // \200-\377: octal escapes
            PatternMatcher reused = new PatternMatcher(null, 0, pat, pat.length);
            for (int round = 0; round < 3; round++) { // the sets are built during the first round
                for (int c = 0; c < 256; c++) {
                    boolean fresh = matchesByte(new PatternMatcher(null, 0, pat, pat.length), pat, c);
                    assertEquals(fresh, matchesByte(reused, pat, c), cl + " on byte " + c + ", round " + round);
                }
            }
        }
    }

    @Test
    void aMatcherForgetsWhatItLearnedWhenThePatternChanges() {
        byte[] digits = "%d".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] letters = "%a".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        PatternMatcher m = new PatternMatcher(null, 0, digits, digits.length);
        for (int i = 0; i < 100; i++) {
            assertEquals(true, matchesByte(m, digits, '7'));
        }
        assertEquals(false, matchesByte(m, letters, '7'));
        assertEquals(true, matchesByte(m, letters, 'q'));
        m.reset(null, 0, null, 0); // released between calls: a short pattern stays known
        assertEquals(true, matchesByte(m, letters, 'q'));
        assertEquals(false, matchesByte(m, digits, 'q'));
    }

    @Test
    void aMalformedClassStillFailsWhereTheMatcherFirstReachesIt() {
        byte[] pat = "a*[x".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] subject = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        PatternMatcher m = new PatternMatcher(subject, subject.length, pat, pat.length);
        for (int i = 0; i < 3; i++) {
            StringLibError e = org.junit.jupiter.api.Assertions.assertThrows(StringLibError.class, () -> m.match(0, 0));
            assertEquals("malformed pattern (missing ']')", e.getMessage());
        }
    }
}
