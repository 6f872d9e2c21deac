package org.jresty.compiler;

import static org.jresty.compiler.CompileCases.*;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jresty.Mode;
import org.jresty.bytecode.DumpReader;
import org.jresty.bytecode.Proto;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole prototype tree, debug info included (line of every instruction, variable ranges, upvalue names
 * and descriptors, constants, template contents), against luajit's own `-bg` dump of each case read back:
 * NAME.gc64.g.ljbc from the Debian luajit, NAME.x64.g.ljbc from its x64-mode build. Those dumps are not
 * deterministic in the order of template hash parts, so templates compare as sets.
 */
class DebugInfoTest {
    private static final Path DIR = resourceDir("/compiler/cases");

    @TestFactory
    List<DynamicTest> protoTreesMatchLuaJitDumps() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : sources(DIR)) {
            for (Mode mode : Mode.values()) {
                Path dump = DIR.resolve(name + "." + modeName(mode) + ".g.ljbc");
                if (!Files.exists(dump)) continue;
                tests.add(DynamicTest.dynamicTest(name + " " + mode, () -> {
                    MapInterner in = new MapInterner();
                    Proto theirs = DumpReader.read(Files.readAllBytes(dump), "@" + name + ".lua", mode, in);
                    Proto ours = Compiler.compile(Files.readAllBytes(DIR.resolve(name + ".lua")), "@" + name + ".lua",
                            mode, in);
                    assertNull(ProtoCompare.firstDifference(ours, theirs, "main"), name);
                }));
            }
        }
        return tests;
    }
}
