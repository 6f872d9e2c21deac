package org.jresty.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.jresty.Mode;
import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;
import org.jresty.runtime.MapInterner;
import org.jresty.runtime.StrScan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Number scanning against the Debian luajit, bit for bit: tonumber(s) (tonumber.tsv) and number literals with
 * constant folding as the compiler emits them (literals.tsv), in both modes. Values are the raw double bits
 * that luajit printed through the FFI.
 */
class StrScanTest {
    private static List<String[]> rows(String name) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(CompileCases.resourceDir("/compiler").resolve(name),
                StandardCharsets.ISO_8859_1)) {
            if (!line.isEmpty()) out.add(line.split("\t", -1));
        }
        return out;
    }

    /** Undoes the \ddd escapes the generator used for control characters and backslashes. */
    private static byte[] unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 4)));
                i += 3;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String bits(Double d) {
        return d == null ? "nil" : Long.toUnsignedString(Double.doubleToRawLongBits(d));
    }

    @TestFactory
    List<DynamicTest> tonumber() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] r : rows("tonumber.tsv")) {
            tests.add(DynamicTest.dynamicTest("tonumber '" + r[0] + "'", () -> {
                byte[] in = unescape(r[0]);
                assertEquals(r[1], bits(StrScan.toNumber(in, 0, in.length)), r[0]);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> literals() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] r : rows("literals.tsv")) {
            for (Mode mode : Mode.values()) {
                tests.add(DynamicTest.dynamicTest("literal " + r[0] + " " + mode, () -> {
                    byte[] src = ("return " + r[0]).getBytes(StandardCharsets.ISO_8859_1);
                    Proto pt = Compiler.compile(src, "=lit", mode, new MapInterner());
                    int ins = pt.bc[1];
                    double v = switch (Op.of(Op.op(ins))) {
                        case KSHORT -> (short) Op.d(ins);
                        case KNUM -> pt.knum[Op.d(ins)];
                        default -> throw new AssertionError("unexpected " + Op.of(Op.op(ins)));
                    };
                    assertEquals(r[1], bits(v), r[0]);
                }));
            }
        }
        return tests;
    }
}
