package org.jresty;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jresty.runtime.LuaError;
import org.jresty.vm.LuaVM;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every src/test/resources/lua/NAME.lua in both modes and compares its stdout with NAME.expected
 * (NAME.x64.expected / NAME.gc64.expected when the modes differ). See the README.md in that folder.
 * Each script runs twice per mode: with the VM's default compile tier, and with the tier forced on for every
 * prototype (hotloop 0: compiled at its first call or loop iteration), whose output must be the same.
 */
class LuaScriptTest {
    static final Path DIR = Path.of("src/test/resources/lua");

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".lua")).sorted().toList()) {
                for (Mode m : Mode.values()) {
                    tests.add(DynamicTest.dynamicTest(p.getFileName() + " [" + m + "]", () -> check(p, m, false)));
                    tests.add(DynamicTest.dynamicTest(p.getFileName() + " [" + m + " jit]", () -> check(p, m, true)));
                }
            }
        }
        return tests.stream();
    }

    /** Runs a script file in a fresh VM and returns what it printed (an uncaught error is appended). */
    static String run(Path script, Mode mode, boolean jitForced) throws IOException {
        LuaVM vm = new LuaVM(mode);
        if (jitForced) {
            vm.jit.setOn(true);
            vm.jit.setHotloop(0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vm.out = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        String name = script.getFileName().toString();
        try {
            vm.callWithTraceback(vm.load(Files.readAllBytes(script), "@" + name));
        } catch (LuaError e) {
            vm.out.print("UNCAUGHT: " + e.getMessage() + "\n" + e.luaTraceback + "\n");
        }
        if (jitForced && vm.jit.failed > 0) vm.out.print("COMPILE TIER: " + vm.jit.failed + " prototypes failed\n");
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    static void check(Path script, Mode mode, boolean jitForced) throws IOException {
        String base = script.getFileName().toString().replaceFirst("\\.lua$", "");
        Path specific = DIR.resolve(base + "." + mode.name().toLowerCase() + ".expected");
        Path expectedFile = Files.exists(specific) ? specific : DIR.resolve(base + ".expected");
        String expected = Files.readString(expectedFile, StandardCharsets.ISO_8859_1);
        String actual = run(script, mode, jitForced);
        if (expected.equals(actual)) return;
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        fail(script.getFileName() + " [" + mode + (jitForced ? " jit" : "") + "] differs at line " + (i + 1) + "\nexpected: "
                + (i < e.length ? e[i] : "<end>") + "\nactual:   " + (i < a.length ? a[i] : "<end>")
                + "\n--- full output ---\n" + actual);
    }

    /** Manual use: prints a script's output in a mode (args: file [x64|gc64] [jit]). */
    public static void main(String[] args) throws IOException {
        Mode m = args.length > 1 && args[1].equalsIgnoreCase("x64") ? Mode.X64 : Mode.GC64;
        System.out.print(run(Path.of(args[0]), m, args.length > 2 && args[2].equals("jit")));
    }
}
