package org.jresty.bytecode;

import static org.jresty.bytecode.BytecodeFiles.*;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jresty.Mode;
import org.jresty.compiler.Compiler;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random chunks (bytecode/random/gen.py) dumped by the Debian luajit (GC64): its dumps pass the verifier and are
 * written back byte for byte, our compiler's code for the same source lists exactly like luajit's dump, and the
 * compiler's code passes the verifier in both modes.
 */
class RandomDumpTest {
    private static final Path RANDOM = GOLDEN.getParent().getParent().resolve("bytecode/random");

    @TestFactory
    List<DynamicTest> randomChunks() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : sources(RANDOM)) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Mode mode = Mode.GC64;
                for (String kind : List.of(".g.ljbc", ".ljbc")) {
                    byte[] dump = bytes(RANDOM.resolve(name + kind));
                    Proto pt = DumpReader.read(dump, "@" + name + ".lua", mode, new MapInterner());
                    assertNull(ProtoVerifier.problem(pt, mode), name + kind);
                    assertSameBytes(name + kind, dump, DumpWriter.write(pt, mode, kind.equals(".ljbc"), false));
                }
                Proto luajit = DumpReader.read(bytes(RANDOM.resolve(name + ".g.ljbc")), "=x", mode, new MapInterner());
                byte[] source = bytes(RANDOM.resolve(name + ".lua"));
                Proto ours = Compiler.compile(source, "@" + name + ".lua", mode, new MapInterner());
                assertSameText(name, Listing.list(luajit), Listing.list(ours));
                assertNull(ProtoVerifier.problem(Compiler.compile(source, "@" + name + ".lua", Mode.X64,
                        new MapInterner()), Mode.X64), name + " x64");
            }));
        }
        return tests;
    }
}
