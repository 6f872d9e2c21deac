package org.jresty.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jresty.Mode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jresty -bl} and {@code jresty -bd} end to end against the golden outputs of real LuaJIT
 * ({@code luajit -bl NAME.lua}, {@code luajit -bd NAME.lua OUT}) in both modes: the command line's -b plumbing
 * around the compiler, listing and dump writer.
 */
class BcSaveGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/bytecode");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> goldenCases() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path src : files.filter(p -> p.toString().endsWith(".lua")).sorted().toList()) {
                String name = src.getFileName().toString().replaceFirst("\\.lua$", "");
                for (Mode mode : Mode.values()) {
                    String m = mode == Mode.X64 ? "x64" : "gc64";
                    tests.add(DynamicTest.dynamicTest(name + " " + m, () -> {
                        if (name.startsWith("err_")) checkError(src, name, mode, m);
                        else check(src, name, mode, m);
                    }));
                }
            }
        }
        return tests.stream();
    }

    private void check(Path src, String name, Mode mode, String m) throws Exception {
        String path = src.toString();
        MainTest.Result list = MainTest.jresty(mode, "-bl", path);
        assertEquals("", list.err());
        // luajit ran inside the folder: its chunk names are the bare file name
        String listing = list.out().replace(path, name + ".lua");
        String expected = Files.readString(GOLDEN.resolve(name + "." + m + ".bl"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(firstLines(expected), firstLines(listing), "first lines of the listing");
        assertEquals(expected, listing);
        Path out = dir.resolve(name + "." + m + ".ljbc");
        MainTest.Result save = MainTest.jresty(mode, "-bd", path, out.toString());
        assertEquals(new MainTest.Result(0, "", ""), save);
        assertArrayEquals(Files.readAllBytes(GOLDEN.resolve(name + "." + m + ".ljbc")), Files.readAllBytes(out));
    }

    /** Syntax errors: luajit's message with the program name jresty, status 1. */
    private void checkError(Path golden, String name, Mode mode, String m) throws Exception {
        // a short path, so the message's chunk name is not cut with "..." (LuaJIT's 60-byte limit)
        Path src = Files.copy(golden, dir.resolve(golden.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MainTest.Result r = MainTest.jresty(mode, "-bl", src.toString());
        String expected = Files.readString(GOLDEN.resolve(name + "." + m + ".bl"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceFirst("^luajit: ", "jresty: ");
        assertEquals(new MainTest.Result(1, "", expected), new MainTest.Result(r.status(), r.out(),
                r.err().replace(src.toString(), name + ".lua")));
    }

    private static String firstLines(String s) {
        return String.join("\n", s.lines().limit(3).toList());
    }
}
