package org.jresty.lib.debug;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jresty.Mode;
import org.jresty.runtime.LuaError;
import org.jresty.vm.LuaVM;

/** Runs a Lua script in a fresh VM and compares what it prints with an expected file. */
final class DebugScripts {
    static final Path DIR = Path.of("src/test/resources/debug");

    private DebugScripts() {
    }

    static String run(LuaVM vm, byte[] chunk, String chunkname) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vm.out = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        try {
            vm.callWithTraceback(vm.load(chunk, chunkname));
        } catch (LuaError e) {
            vm.out.print("UNCAUGHT: " + e.getMessage() + "\n" + e.luaTraceback + "\n");
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    static void check(String name, Mode mode) throws IOException {
        Path script = DIR.resolve(name + ".lua");
        String expected = Files.readString(DIR.resolve(name + ".expected"), StandardCharsets.ISO_8859_1);
        String actual = run(new LuaVM(mode), Files.readAllBytes(script), "@" + name + ".lua");
        assertSameText(name + " [" + mode + "]", expected, actual);
    }

    /** Fails showing the first differing line. */
    static void assertSameText(String what, String expected, String actual) {
        if (expected.equals(actual)) return;
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        fail(what + " differs at line " + (i + 1) + "\nexpected: " + (i < e.length ? e[i] : "<end>")
                + "\nactual:   " + (i < a.length ? a[i] : "<end>") + "\n--- full output ---\n" + actual);
    }
}
