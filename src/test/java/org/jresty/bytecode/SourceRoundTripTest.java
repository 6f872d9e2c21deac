package org.jresty.bytecode;

import static org.jresty.bytecode.BytecodeFiles.*;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jresty.Mode;
import org.jresty.compiler.Compiler;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Source to dump and back, in both modes, for every source of the test resources that compiles (golden, the
 * compiler's cases, our own): the compiled tree passes the verifier, and its dump (with and without debug info)
 * loads into a tree that lists the same and dumps to the same bytes.
 */
class SourceRoundTripTest {
    private static List<Path> sources() {
        Path resources = GOLDEN.getParent().getParent();
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".lua")
                    && !p.getFileName().toString().startsWith("err_")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    List<DynamicTest> sourceDumpLoadList() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path source : sources()) {
            for (Mode mode : Mode.values()) {
                String name = source.getParent().getFileName() + "/" + source.getFileName() + " " + tag(mode);
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Proto pt;
                    try {
                        pt = Compiler.compile(bytes(source), "@" + source.getFileName(), mode, new MapInterner());
                    } catch (org.jresty.runtime.LuaError e) {
                        return;  // not a valid chunk (an error case of some other test)
                    }
                    assertNull(ProtoVerifier.problem(pt, mode), name);
                    for (boolean strip : new boolean[] {false, true}) {
                        byte[] dump = DumpWriter.write(pt, mode, strip, true);
                        Proto back = DumpReader.read(dump, "@" + source.getFileName(), mode, new MapInterner());
                        if (!strip) {
                            assertSameText(name, Listing.list(pt), Listing.list(back));
                        }
                        assertSameBytes(name + (strip ? " stripped" : ""), dump, DumpWriter.write(back, mode, strip, true));
                    }
                }));
            }
        }
        return tests;
    }
}
