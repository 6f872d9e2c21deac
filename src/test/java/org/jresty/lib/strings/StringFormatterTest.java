package org.jresty.lib.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jresty.runtime.LuaError;
import org.jresty.runtime.NumberFormat;
import org.junit.jupiter.api.Test;

/**
 * string.format's engine against /usr/bin/luajit: format_cases.txt (format, typed arguments) and
 * format_cases.expected (recorded by running each case through luajit's string.format under pcall, which
 * names the function '?').
 */
class StringFormatterTest {
    static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(StringFormatterTest.class.getResourceAsStream(name))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static byte[] unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\' && i + 3 < s.length() + 0 && s.charAt(i + 1) == 'x') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The escaping of the recording script: bytes outside letters, digits, punctuation and space as \xHH. */
    static String escape(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            int c = x & 0xff;
            if (c == ' ' || (c > 32 && c < 127)) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02x", c));
            }
        }
        return sb.toString();
    }

    static double parseNumber(String v) {
        return switch (v) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            case "1/3" -> 1.0 / 3;
            case "2^63" -> 0x1p63;
            case "2^64" -> 0x1p64;
            case "-2^63" -> -0x1p63;
            case "2^53+1" -> 0x1p53 + 1;
            case "2^40+65" -> 0x1p40 + 65;
            case "2^-1074*3" -> Double.MIN_VALUE * 3;
            case "0x1p-1022" -> 0x1p-1022;
            default -> Double.parseDouble(v);
        };
    }

    /** Arguments as the test gives them: Double or byte[]; the format string is argument #1. */
    record Args(List<Object> values) implements FormatArgs {
        public int count() {
            return values.size() + 1;
        }

        public double checkNumber(int arg) {
            Object v = values.get(arg - 2);
            if (v instanceof Double d) {
                return d;
            }
            String s = new String((byte[]) v, StandardCharsets.ISO_8859_1).trim();
            try {
                return s.startsWith("0x") ? Long.parseLong(s.substring(2), 16) : Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new LuaError("bad argument #" + arg + " to '?' (number expected, got string)");
            }
        }

        public byte[] tostring(int arg) {
            Object v = values.get(arg - 2);
            return v instanceof Double d ? NumberFormat.tostring(d).getBytes(StandardCharsets.ISO_8859_1) : (byte[]) v;
        }

        public String pointer(int arg) {
            return "NULL";
        }

        public RuntimeException missing(int arg) {
            return new LuaError("bad argument #" + arg + " to '?' (value expected)");
        }
    }

    static String run(byte[] fmt, List<Object> values) {
        ByteBuf out = new ByteBuf();
        try {
            StringFormatter.format(out, fmt, fmt.length, new Args(values));
            return "ok\t" + escape(out.toByteArray());
        } catch (LuaError | StringLibError e) {
            return "err\t" + escape(e.getMessage().getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void matchesLuaJIT() throws IOException {
        String[] cases = resource("/strings/format_cases.txt").split("\n");
        String[] expected = resource("/strings/format_cases.expected").split("\n");
        assertEquals(cases.length, expected.length);
        for (int i = 0; i < cases.length; i++) {
            String[] f = cases[i].split("\t", -1);
            List<Object> values = new ArrayList<>();
            for (int j = 1; j < f.length; j++) {
                String v = f[j].substring(2);
                values.add(f[j].startsWith("n:") ? (Object) parseNumber(v) : unescape(v));
            }
            assertEquals(expected[i], run(unescape(f[0]), values), "case " + (i + 1) + ": " + cases[i]);
        }
    }

    @Test
    void quoting() {
        ByteBuf out = new ByteBuf();
        StringFormatter.quote(out, "a\0001\r\n\"\\".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("\"a\\0001\\13\\\n\\\"\\\\\"", new String(out.toByteArray(), StandardCharsets.ISO_8859_1));
    }
}
