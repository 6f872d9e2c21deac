package org.jresty.compiler;

import static org.junit.jupiter.api.Assertions.fail;

/** Exact text comparison whose failure shows the first differing line. */
final class TextDiff {
    private TextDiff() {
    }

    static void assertSameText(String what, String expected, String actual) {
        if (expected.equals(actual)) return;
        String[] el = expected.split("\n", -1);
        String[] al = actual.split("\n", -1);
        int i = 0;
        while (i < el.length && i < al.length && el[i].equals(al[i])) i++;
        fail(what + ": first difference at line " + (i + 1) + "\n  expected: "
                + (i < el.length ? el[i] : "<end>") + "\n  actual:   " + (i < al.length ? al[i] : "<end>"));
    }

    static void assertSameBytes(String what, byte[] expected, byte[] actual) {
        int n = Math.min(expected.length, actual.length);
        int i = 0;
        while (i < n && expected[i] == actual[i]) i++;
        if (i == n && expected.length == actual.length) return;
        fail(what + ": first difference at byte " + i + " (lengths " + expected.length + " expected, "
                + actual.length + " actual): expected " + (i < expected.length ? hex(expected[i]) : "<end>")
                + ", actual " + (i < actual.length ? hex(actual[i]) : "<end>"));
    }

    private static String hex(byte b) {
        return String.format("0x%02x", b & 0xff);
    }
}
