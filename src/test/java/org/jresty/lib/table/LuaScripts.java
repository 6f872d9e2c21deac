package org.jresty.lib.table;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jresty.Mode;
import org.jresty.runtime.LuaError;
import org.jresty.vm.LuaVM;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Runs the Lua-level cases src/test/resources/lua/PREFIX_*.lua in a fresh VM per mode and compares what they
 * print with NAME.expected, recorded with luajit (an uncaught error ends the output with "ERROR: message").
 * Shared by the table, math, bit and jit library tests.
 */
public final class LuaScripts {
    private LuaScripts() {
    }

    /** (mode, script name) pairs for every case whose name starts with prefix. */
    public static Stream<Arguments> cases(String prefix) {
        List<Arguments> out = new ArrayList<>();
        for (String name : names(prefix)) {
            for (Mode m : new Mode[] {Mode.X64, Mode.GC64}) out.add(Arguments.of(m, name));
        }
        return out.stream();
    }

    private static List<String> names(String prefix) {
        URL dir = LuaScripts.class.getResource("/lua");
        if (dir == null) throw new IllegalStateException("no lua test resources");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix + "_") && n.endsWith(".lua"))
                    .sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a chunk in a new VM of the given mode and returns everything it printed. */
    public static String run(Mode mode, byte[] source, String chunkname) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.ISO_8859_1);
        LuaVM vm = new LuaVM(mode);
        vm.out = ps;
        try {
            vm.call(vm.load(source, chunkname));
        } catch (LuaError e) {
            ps.print("ERROR: " + e.getMessage() + "\n");
        }
        ps.flush();
        return buf.toString(StandardCharsets.ISO_8859_1);
    }

    /** Runs resource lua/NAME and compares with lua/NAME minus ".lua" plus ".expected"; shows the first difference. */
    public static void check(Mode mode, String name) throws IOException {
        byte[] src = resource("/lua/" + name);
        String expected = new String(resource("/lua/" + name.replace(".lua", ".expected")), StandardCharsets.ISO_8859_1);
        String actual = run(mode, src, "@" + name);
        if (expected.equals(actual)) return;
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>", al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                fail(name + " (" + mode + ") line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   " + al);
            }
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = LuaScripts.class.getResourceAsStream(path)) {
            if (in == null) throw new IOException("missing resource " + path);
            return in.readAllBytes();
        }
    }
}
