package org.jresty.compiler;

import static org.jresty.compiler.CompileCases.*;
import static org.jresty.compiler.TextDiff.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jresty.Mode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own sources (src/test/resources/compiler/cases). NAME.gc64.bl is what the Debian luajit (GC64)
 * printed for `luajit -bl NAME.lua`; NAME.x64.bl (non-error cases) is what the same LuaJIT source
 * (2.1.0-beta3, 2022 snapshot) built with LUAJIT_DISABLE_GC64 printed. Neither prints OpenResty's constant
 * lines. Error messages are the same in both modes.
 */
class LuaJitCasesTest {
    private static final Path DIR = resourceDir("/compiler/cases");

    @TestFactory
    List<DynamicTest> cases() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : sources(DIR)) {
            for (Mode mode : Mode.values()) {
                tests.add(DynamicTest.dynamicTest(name + " " + mode, () -> {
                    byte[] src = Files.readAllBytes(DIR.resolve(name + ".lua"));
                    String got = listOrError(src, "@" + name + ".lua", mode);
                    String luajit = read(DIR.resolve(name + ".gc64.bl"));
                    if (luajit.startsWith("luajit: ")) {
                        assertSameText(name + " error", luajit, got);
                    } else if (mode == Mode.GC64) {
                        assertSameText(name + ".gc64.bl", luajit, withoutConstantLines(got));
                    } else {
                        assertSameText(name + ".x64.bl", read(DIR.resolve(name + ".x64.bl")), withoutConstantLines(got));
                    }
                }));
            }
        }
        return tests;
    }
}
