package org.jresty.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jresty.Mode;
import org.jresty.cli.Frontend;
import org.jresty.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * `jresty -e 'print(collectgarbage("count")*1024)'` against LuaJIT's startup (OpenResty 2.1.1710398010:
 * 29.3955078125 KB = 30101 bytes x64, 36.4072265625 KB = 37281 bytes GC64). docs/MEMORY.md ("The startup count")
 * lists what both hold. jresty is pinned to its current composition; the part of LuaJIT's total jresty does
 * not reproduce (the reference build's package.path/cpath strings and small differences of luajit.c, see the
 * doc) must stay below 512 bytes. The x64 run passes --x64, which luajit does not have: its string in arg costs
 * 28 bytes, left out of the comparison.
 */
class StartupCountTest {
    private static final long LUAJIT_X64 = 30101, LUAJIT_GC64 = 37281;
    private static final long JRESTY_X64 = 29744, JRESTY_GC64 = 36828;
    private static final long TOLERANCE = 512;

    private static long startupBytes(Mode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Frontend.Console c = new Frontend.Console(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, false, StandardCharsets.ISO_8859_1),
                new PrintStream(err, false, StandardCharsets.ISO_8859_1), false);
        List<String> args = new ArrayList<>();
        if (mode == Mode.X64) args.add("--x64");
        args.add("-e");
        args.add("print(collectgarbage(\"count\")*1024)");
        int status = Main.run(c, args.toArray(String[]::new), Map.of());
        c.out().flush();
        c.err().flush();
        assertEquals(0, status, err.toString(StandardCharsets.ISO_8859_1));
        String printed = out.toString(StandardCharsets.ISO_8859_1).trim();
        long bytes = Long.parseLong(printed.endsWith(".0") ? printed.substring(0, printed.length() - 2) : printed);
        return mode == Mode.X64 ? bytes - 28 : bytes;  // "--x64" in arg: 20 + 8 bytes
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void startupCountIsLuaJITsWithinTheExplainedTolerance(Mode mode) {
        long ours = startupBytes(mode);
        long luajit = mode == Mode.X64 ? LUAJIT_X64 : LUAJIT_GC64;
        assertEquals(mode == Mode.X64 ? JRESTY_X64 : JRESTY_GC64, ours, "startup composition changed in " + mode);
        assertTrue(luajit - ours >= 0 && luajit - ours < TOLERANCE,
                mode + ": jresty " + ours + " bytes, LuaJIT " + luajit + " bytes");
    }
}
