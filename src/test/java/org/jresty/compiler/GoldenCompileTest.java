package org.jresty.compiler;

import static org.jresty.compiler.CompileCases.*;
import static org.jresty.compiler.TextDiff.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jresty.Mode;
import org.jresty.bytecode.DumpWriter;
import org.jresty.bytecode.Proto;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden source of real LuaJIT (OpenResty's, both modes): the listing or error message, the stripped
 * dump and the dump with debug info must be identical.
 */
class GoldenCompileTest {
    private static final Path DIR = resourceDir("/golden/bytecode");

    @TestFactory
    List<DynamicTest> listingsAndErrors() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : sources(DIR)) {
            for (Mode mode : Mode.values()) {
                tests.add(DynamicTest.dynamicTest(name + " " + mode, () -> {
                    byte[] src = Files.readAllBytes(DIR.resolve(name + ".lua"));
                    String expected = read(DIR.resolve(name + "." + modeName(mode) + ".bl"));
                    assertSameText(name + "." + modeName(mode) + ".bl", expected,
                            listOrError(src, "@" + name + ".lua", mode));
                }));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> dumps() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : sources(DIR)) {
            if (name.startsWith("err_")) continue;
            for (Mode mode : Mode.values()) {
                for (boolean strip : new boolean[] {true, false}) {
                    String file = name + "." + modeName(mode) + (strip ? "" : ".g") + ".ljbc";
                    tests.add(DynamicTest.dynamicTest(file, () -> {
                        byte[] src = Files.readAllBytes(DIR.resolve(name + ".lua"));
                        Proto pt = Compiler.compile(src, "@" + name + ".lua", mode, new MapInterner());
                        assertSameBytes(file, Files.readAllBytes(DIR.resolve(file)),
                                DumpWriter.write(pt, mode, strip, true));
                    }));
                }
            }
        }
        return tests;
    }
}
