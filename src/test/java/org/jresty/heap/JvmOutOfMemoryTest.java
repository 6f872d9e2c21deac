package org.jresty.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jresty.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JVM's heap running out (GC64's real ceiling, and x64's too when the JVM heap is smaller than the wall) is
 * the Lua error "not enough memory": pcall catches it, the garbage of the failed code is reclaimed and the VM
 * stays usable; uncaught, the command line ends as luajit does. Runs jresty in a JVM limited to 96 MB.
 */
class JvmOutOfMemoryTest {
    static final String SCRIPT = """
            local ok, err = pcall(function()
              local t = {}
              for i = 1, 1e9 do t[i] = {i, i, i, i} end
            end)
            print(ok, err)
            collectgarbage()
            local s = {}
            for i = 1, 1000 do s[i] = i end
            print("still usable", #s)
            local t = {}
            for i = 1, 1e9 do t[i] = string.rep("x", 100) .. i end
            """;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void outOfJavaHeapIsALuaError(Mode mode) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djresty.stdinTty=0", "-Djresty.stdoutTty=0",
                "-cp", System.getProperty("java.class.path"), "org.jresty.cli.Main",
                mode == Mode.X64 ? "--x64" : "--gc64", "-e", SCRIPT);
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals("false\tnot enough memory\nstill usable\t1000\n", new String(out, StandardCharsets.ISO_8859_1),
                () -> "stderr: " + new String(err, StandardCharsets.ISO_8859_1));
        assertEquals("jresty: not enough memory\n", new String(err, StandardCharsets.ISO_8859_1));
        assertEquals(1, p.exitValue());
    }
}
