package org.jresty.bytecode;

import static org.jresty.bytecode.BytecodeFiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jresty.Mode;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Damaged dumps: every dump truncated at every length and with seeded random bit flips and byte changes. Reading
 * gives a Lua error with LuaJIT's text, or a prototype tree that the verifier accepts and that lists and dumps
 * without failing; never another exception.
 */
class DumpCorruptionTest {
    private static final String MALFORMED = "t.ljbc: cannot load malformed bytecode";
    private static final String INCOMPATIBLE = "t.ljbc: cannot load incompatible bytecode";
    private static final MapInterner INTERNER = new MapInterner();

    @TestFactory
    List<DynamicTest> damagedDumps() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dump : Stream.concat(dumps(GOLDEN).stream(), dumps(DEBIAN).stream()).toList()) {
            Mode mode = dump.startsWith(DEBIAN) ? Mode.GC64 : modeOf(dump);
            String name = dump.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name + " truncated", () -> {
                byte[] d = bytes(dump);
                for (int len = 0; len < d.length; len++) {
                    String message = readBroken(Arrays.copyOf(d, len), mode, name + " cut at " + len);
                    assertEquals(len < 5 ? INCOMPATIBLE : MALFORMED, message, name + " cut at " + len);
                }
            }));
            tests.add(DynamicTest.dynamicTest(name + " damaged", () -> {
                byte[] d = bytes(dump);
                Random random = new Random(name.hashCode());
                for (int round = 0; round < 150; round++) {
                    byte[] c = d.clone();
                    if (round % 3 == 2) {
                        c[random.nextInt(c.length)] = (byte) random.nextInt(256);
                    } else {
                        for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                            c[random.nextInt(c.length)] ^= (byte) (1 << random.nextInt(8));
                        }
                    }
                    String message = readBroken(c, mode, name + " round " + round);
                    assertTrue(message == null || message.equals(MALFORMED) || message.equals(INCOMPATIBLE), message);
                }
            }));
        }
        return tests;
    }

    /** Reads a damaged dump: returns the Lua error's message, or null when it loaded (and then checks it). */
    private static String readBroken(byte[] dump, Mode mode, String what) {
        Proto pt;
        try {
            pt = DumpReader.read(dump, "@t.ljbc", mode, INTERNER);
        } catch (LuaError e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": " + e, e);
        }
        assertNull(ProtoVerifier.problem(pt, mode), what);
        try {
            Listing.list(pt);
            DumpWriter.write(pt, mode, false, true);
            DumpWriter.write(pt, mode, true, false);
        } catch (RuntimeException e) {
            fail(what + ": loaded but does not list or dump: " + e, e);
        }
        return null;
    }

    @Test
    void extraBytesAfterTheEndAreMalformed() {
        byte[] d = bytes(GOLDEN.resolve("calls.gc64.ljbc"));
        byte[] longer = Arrays.copyOf(d, d.length + 1);
        assertEquals(MALFORMED, readBroken(longer, Mode.GC64, "one byte more"));
    }
}
