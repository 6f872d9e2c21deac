package org.jresty.bytecode;

import static org.jresty.bytecode.BytecodeFiles.*;

import java.util.ArrayList;
import java.util.List;
import org.jresty.Mode;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own sources dumped by the Debian luajit (GC64 mode, non-deterministic hash order, no KGC/KN lines in its
 * listings): NAME.g.ljbc ({@code luajit -bg}) lists like {@code luajit -bl NAME.lua}, NAME.ljbc ({@code luajit -b})
 * like {@code luajit -bl NAME.ljbc} (NAME.s.bl), and both dumps are written back byte for byte, keeping the order their tables were read in.
 */
class DebianDumpTest {
    @TestFactory
    List<DynamicTest> debianDumps() {
        List<DynamicTest> tests = new ArrayList<>();
        Mode mode = Mode.GC64;
        for (String name : sources(DEBIAN)) {
            tests.add(DynamicTest.dynamicTest(name + " listing", () -> {
                Proto pt = DumpReader.read(bytes(DEBIAN.resolve(name + ".g.ljbc")), "@" + name, mode, new MapInterner());
                String listing = Listing.list(pt).replaceAll("(?m)^(KGC|KN) .*\n", "");
                assertSameText(name, text(DEBIAN.resolve(name + ".bl")), listing);
            }));
            tests.add(DynamicTest.dynamicTest(name + " stripped listing", () -> {
                // luajit -bl NAME.ljbc: prototypes named by the file loaded, lines 0, upvalue names empty
                Proto pt = DumpReader.read(bytes(DEBIAN.resolve(name + ".ljbc")), "@" + name + ".ljbc", mode,
                        new MapInterner());
                String listing = Listing.list(pt).replaceAll("(?m)^(KGC|KN) .*\n", "");
                assertSameText(name, text(DEBIAN.resolve(name + ".s.bl")), listing);
            }));
            for (String kind : List.of(".g.ljbc", ".ljbc")) {
                tests.add(DynamicTest.dynamicTest(name + kind + " round trip", () -> {
                    byte[] dump = bytes(DEBIAN.resolve(name + kind));
                    Proto pt = DumpReader.read(dump, "@" + name, mode, new MapInterner());
                    assertSameBytes(name + kind, dump, DumpWriter.write(pt, mode, kind.equals(".ljbc"), false));
                }));
            }
        }
        return tests;
    }
}
