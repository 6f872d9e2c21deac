package org.jresty.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bcsave.lua's option handling and messages (texts from luajit 2.1's -b), on a stand-in backend. */
class BcSaveTest {
    @TempDir
    Path dir;

    @Test
    void listsAFileOrStdinOrAChunk() throws Exception {
        Path src = Files.writeString(dir.resolve("a.lua"), "x=1");
        FakeRun r = FakeRun.run("-bl", src.toString());
        assertEquals(0, r.status);
        assertEquals("-- LIST GC64 @" + src + "|x=1\n", r.out);
        assertEquals("-- LIST GC64 =stdin|y=2\n", FakeRun.run(Map.of(), "y=2", false, "-bl", "-").out);
        assertEquals("-- LIST X64 x=1|x=1\n", FakeRun.run("--x64", "-bl", "-e", "x=1").out);
        assertEquals("-- LIST GC64 x=1|x=1\n", FakeRun.run("-b", "-le", "x=1").out);
    }

    @Test
    void listsIntoAFile() throws Exception {
        Path out = dir.resolve("out.txt");
        FakeRun r = FakeRun.run("-bl", "-e", "x=1", out.toString());
        assertEquals("", r.err);
        assertEquals(0, r.status);
        assertEquals("-- LIST GC64 x=1|x=1\n", Files.readString(out));
    }

    @Test
    void savesRawFilesStrippedByDefault() throws Exception {
        Path src = Files.writeString(dir.resolve("a.lua"), "x=1");
        Path out = dir.resolve("a.ljbc");
        assertEquals(0, FakeRun.run("-b", src.toString(), out.toString()).status);
        assertEquals("DUMP GC64 strip=true det=false @" + src + "|x=1", Files.readString(out));
        assertEquals(0, FakeRun.run("-bgd", src.toString(), out.toString()).status);
        assertEquals("DUMP GC64 strip=false det=true @" + src + "|x=1", Files.readString(out));
        assertEquals(0, FakeRun.run("-b", "-g", "-s", "-t", "raw", src.toString(), out.toString()).status);
        assertEquals("DUMP GC64 strip=true det=false @" + src + "|x=1", Files.readString(out));
        assertEquals("DUMP GC64 strip=true det=false x|x", FakeRun.run("-b", "-e", "x", "-").out);
    }

    @Test
    void messages() {
        FakeRun missing = FakeRun.run("-bl", dir.resolve("nosuch.lua").toString());
        assertEquals(1, missing.status);
        assertEquals("jresty: cannot open " + dir.resolve("nosuch.lua") + ": No such file or directory\n", missing.err);
        FakeRun syntax = FakeRun.run("-bl", "-e", "x=!");
        assertEquals("jresty: [string \"x=!\"]:1: unexpected symbol near '!'\n", syntax.err);
        // luajit prints io.open's errno after its message here (bcsave.lua's check concatenates all results)
        FakeRun cannotWrite = FakeRun.run("-bl", "-e", "x=1", "/nonexistent/out");
        assertEquals("jresty: /nonexistent/out: No such file or directory2\n", cannotWrite.err);
        assertEquals("jresty: unknown file type\n", FakeRun.run("-b", "-t", "foo", "-e", "x", "o").err);
        assertEquals("jresty: bad module name\n", FakeRun.run("-b", "-n", "a b", "-e", "x", "o").err);
        FakeRun c = FakeRun.run("-b", "-e", "x", dir.resolve("x.c").toString());
        assertEquals(1, c.status);
        assertEquals("jresty: file type 'c' is not supported by jresty yet: only raw bytecode files (-t raw)\n", c.err);
    }

    @Test
    void usageOnBadArguments() {
        for (String[] args : new String[][] {{"-b"}, {"-bl"}, {"-b", "a.lua"}, {"-bx", "a", "b"}, {"-bl", "a", "b", "c"},
                {"-b", "a", "-e", "x", "b"}}) {
            FakeRun r = FakeRun.run(args);
            assertEquals(1, r.status, String.join(" ", args));
            assertTrue(r.err.startsWith("Save LuaJIT bytecode: jresty -b[options] input output\n  -l        Only list bytecode.\n"), r.err);
        }
    }
}
