package org.jresty.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * jresty as a real process (the Main class on this test's class path): pipes, exit statuses, stdout flushed on
 * every way out, Ctrl-C (SIGINT) interrupting a running chunk. Texts are luajit 2.1's with the name jresty.
 */
class ProcessTest {
    record Run(int status, String out, String err) {
    }

    static Run jresty(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Djresty.stdinTty=0", "-Djresty.stdoutTty=0",
                "-cp", System.getProperty("java.class.path"), "org.jresty.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.ISO_8859_1));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out, StandardCharsets.ISO_8859_1),
                new String(err, StandardCharsets.ISO_8859_1).replaceAll("0x[0-9a-f]+", "0x?"));
    }

    @Test
    void pipesAndStatuses() throws Exception {
        assertEquals(new Run(0, "1\t2\n", ""), jresty("print(1, 2)\n"));
        assertEquals(new Run(0, "a\tb\n", ""), jresty("print(...)", "-", "a", "b"));
        assertEquals(new Run(1, "out\n", """
                jresty: (command line):1: x
                stack traceback:
                \t[C]: in function 'error'
                \t(command line):1: in main chunk
                \t[C]: at 0x?
                """), jresty("", "-e", "print('out') error('x')"));
        assertEquals(new Run(1, "", "jresty: cannot open nosuch.lua: No such file or directory\n"), jresty("", "nosuch.lua"));
    }

    @Test
    void osExitEndsAtOnceWithItsStatus() throws Exception {
        assertEquals(new Run(3, "a", ""), jresty("", "-e", "io.write('a') os.exit(3)"));
        assertEquals(new Run(4, "b", ""), jresty("", "-e", "io.write('b') pcall(os.exit, 4) print('never')"));
        Run repl = jresty("x=1\nos.exit(5)\nprint(2)\n", "-i");
        assertEquals(5, repl.status());
        assertTrue(repl.out().endsWith("JIT: ON GC64\n> > "), repl.out());
    }

    @Test
    void replOnAPipe() throws Exception {
        Run r = jresty("x = 6 * 7\n=x\n", "-i");
        assertEquals(0, r.status);
        assertTrue(r.out.endsWith("JIT: ON GC64\n> > 42\n> \n"), r.out);
    }

    @Test
    void manyLinesOfOutputArriveWhole() throws Exception {
        Run r = jresty("for i = 1, 20000 do print(i) end\n");
        assertEquals(0, r.status);
        assertEquals(20000, r.out.lines().count());
        assertTrue(r.out.endsWith("\n19999\n20000\n"));
    }

    /** The VM checks its interrupt flag on calls, returns and loop back-edges: even a loop without calls stops. */
    @Test
    void ctrlCInterruptsTheRunningChunk() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djresty.stdinTty=0", "-cp", System.getProperty("java.class.path"), "org.jresty.cli.Main",
                "-e", "print('started') io.stdout:flush() local n = 0 while true do n = n + 1 end");
        Process p = new ProcessBuilder(cmd).start();
        byte[] first = p.getInputStream().readNBytes("started\n".length());
        assertEquals("started\n", new String(first, StandardCharsets.ISO_8859_1));
        Thread.sleep(300);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        boolean ended = p.waitFor(20, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        assertTrue(ended, "SIGINT did not stop the chunk");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1).replaceAll("0x[0-9a-f]+", "0x?");
        assertEquals(1, p.exitValue());
        assertTrue(err.startsWith("jresty: (command line):1: interrupted!\nstack traceback:\n"), err);
        assertTrue(err.endsWith("\t(command line):1: in main chunk\n\t[C]: at 0x?\n"), err);
    }
}
