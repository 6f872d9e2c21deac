package org.jresty.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jresty.Mode;
import org.jresty.vm.LuaVM;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of golden/memory/cases.tsv run by the VM in both modes with the golden harness: the printed delta
 * must be LuaJIT's to the byte (or what heap/cases-jresty.tsv says instead, with its reason). Without the string
 * and io libraries the harness is the same measurement printed with print, and rows that use those libraries wait.
 */
class MemoryCasesTest {
    private static String resource(String path) throws IOException {
        try (InputStream in = MemoryCasesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static List<String[]> rows(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t"));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> casesMatchLuaJitToTheByte() throws IOException {
        String harness = null;
        for (String line : resource("/golden/memory/harness.lua").split("\n")) {
            if (line.startsWith("REQUIRE ")) {
                harness = line;
            }
        }
        Map<String, String[]> ours = new HashMap<>();
        for (String[] r : rows(resource("/heap/cases-jresty.tsv"))) {
            ours.put(r[0], r);
        }
        List<String[]> cases = rows(resource("/golden/memory/cases.tsv"));
        String fullHarness = harness;
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : cases.subList(1, cases.size())) {
            for (Mode mode : Mode.values()) {
                tests.add(DynamicTest.dynamicTest(row[0] + " " + mode, () -> run(row, ours.get(row[0]), mode,
                        fullHarness)));
            }
        }
        return tests.stream();
    }

    private static void run(String[] row, String[] ours, Mode mode, String harness) {
        String expected = mode == Mode.X64 ? row[3] : row[4];
        if (ours != null) {
            assumeTrue(!ours[3].startsWith("pending"), ours[3]);
            expected = mode == Mode.X64 ? ours[1] : ours[2];
        }
        LuaVM vm = new LuaVM(mode);
        boolean libs = vm.globals.getStr(vm.intern("string")) != null && vm.globals.getStr(vm.intern("io")) != null;
        String snippet = row[2];
        if (!libs) {
            assumeTrue(!snippet.contains("string.") && !snippet.contains(":sub") && !snippet.contains("table."),
                    "needs the string/table libraries");
            harness = "REQUIRE local function deep_(n) if n > 0 then local r = deep_(n - 1) return r end return n end"
                    + " deep_(300) collectgarbage(\"collect\") collectgarbage(\"collect\") deep_(300)"
                    + " collectgarbage(\"stop\") local before_ = collectgarbage(\"count\") SNIPPET"
                    + " local after_ = collectgarbage(\"count\") print((after_-before_)*1024)";
        }
        String require = switch (row[1]) {
            case "ffi" -> "local ffi_ = require(\"ffi\")";
            case "table.new" -> "local tn_ = require(\"table.new\")";
            default -> "";
        };
        if (!require.isEmpty()) {
            Object[] loaded = vm.doString("local ok, m = pcall(require, '" + (row[1].equals("ffi") ? "ffi" : "table.new")
                    + "') return ok and m ~= nil", "=probe");
            assumeTrue(Boolean.TRUE.equals(loaded[0]), "needs the module " + row[1]);
        }
        String code = harness.replace("REQUIRE", require).replace("SNIPPET", snippet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vm.out = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        vm.doString(code, "=case");
        vm.out.flush();
        String printed = out.toString(StandardCharsets.ISO_8859_1).trim();
        if (printed.endsWith(".0")) {
            printed = printed.substring(0, printed.length() - 2);
        }
        assertEquals(expected, printed, row[0] + " in " + mode + ": " + snippet);
    }
}
