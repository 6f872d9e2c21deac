package org.jresty.bytecode;

import static org.jresty.bytecode.BytecodeFiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jresty.Mode;
import org.jresty.compiler.Compiler;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden source in both modes: the listing of its debug dump is luajit -bl's, reading and writing its dumps
 * gives back the same bytes, the other mode's dump is refused, and compiling the source gives the same dumps.
 */
class GoldenDumpTest {
    @TestFactory
    List<DynamicTest> golden() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : sources(GOLDEN)) {
            for (Mode mode : Mode.values()) {
                String base = name + "." + tag(mode);
                Path debug = GOLDEN.resolve(base + ".g.ljbc");
                Path stripped = GOLDEN.resolve(base + ".ljbc");
                tests.add(DynamicTest.dynamicTest(base + " listing", () -> {
                    Proto pt = DumpReader.read(bytes(debug), "@" + base + ".g.ljbc", mode, new MapInterner());
                    assertSameText(base, text(GOLDEN.resolve(base + ".bl")), Listing.list(pt));
                }));
                tests.add(DynamicTest.dynamicTest(base + " debug dump round trip", () -> {
                    Proto pt = DumpReader.read(bytes(debug), "@x", mode, new MapInterner());
                    assertSameBytes(base, bytes(debug), DumpWriter.write(pt, mode, false, true));
                }));
                tests.add(DynamicTest.dynamicTest(base + " stripped dump round trip", () -> {
                    Proto pt = DumpReader.read(bytes(stripped), "@x", mode, new MapInterner());
                    assertSameBytes(base, bytes(stripped), DumpWriter.write(pt, mode, true, true));
                }));
                tests.add(DynamicTest.dynamicTest(base + " refused by the other mode", () -> {
                    Mode other = mode == Mode.X64 ? Mode.GC64 : Mode.X64;
                    for (Path dump : List.of(debug, stripped)) {
                        LuaError e = assertThrows(LuaError.class,
                                () -> DumpReader.read(bytes(dump), "@dir/" + base + ".ljbc", other, new MapInterner()));
                        assertEquals("dir/" + base + ".ljbc: cannot load incompatible bytecode", e.getMessage());
                    }
                }));
                tests.add(DynamicTest.dynamicTest(base + " compiled source dumps and lists the same", () -> {
                    byte[] source = bytes(GOLDEN.resolve(name + ".lua"));
                    Proto pt = Compiler.compile(source, "@" + name + ".lua", mode, new MapInterner());
                    assertNull(ProtoVerifier.problem(pt, mode));
                    byte[] dump = DumpWriter.write(pt, mode, false, true);
                    assertSameBytes(base + " -bdg", bytes(debug), dump);
                    assertSameBytes(base + " -bd", bytes(stripped), DumpWriter.write(pt, mode, true, true));
                    Proto back = DumpReader.read(dump, "@" + name + ".lua", mode, new MapInterner());
                    assertSameText(base, text(GOLDEN.resolve(base + ".bl")), Listing.list(back));
                }));
            }
        }
        return tests;
    }
}
