package org.jresty.lib.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jresty.Mode;
import org.jresty.lib.IoLib;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The io library's host side: replaceable stdin/stderr, flushAll, stdout shared with print. */
class IoHostApiTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void readsStandardInputInAllFormats(Mode mode) {
        LuaRun r = new LuaRun(mode);
        IoLib.setStdin(r.vm, new ByteArrayInputStream("first line\n 42 3.5e1 rest\nx\r\nlast".getBytes(StandardCharsets.ISO_8859_1)));
        String out = r.run("""
                print(io.read())
                print(io.read("*n", "n"))
                print(io.stdin:read("*l"))
                for l in io.lines() do print("[" .. l .. "]") end
                print(io.read(), io.read("*a") == "", io.read(0))
                """);
        assertEquals("first line\n42\t35\n rest\n[x\r]\n[last]\nnil\ttrue\tnil\n", out);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void stderrIsUnbufferedAndReplaceable(Mode mode) {
        LuaRun r = new LuaRun(mode);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        IoLib.setStderr(r.vm, new PrintStream(err, false, StandardCharsets.ISO_8859_1));
        String out = r.run("""
                io.stderr:write("to stderr ", 1, "\\n")
                print(io.stderr:setvbuf("full"), io.stderr:write("still direct"))
                """);
        assertEquals("true\ttrue\n", out);
        assertEquals("to stderr 1\nstill direct", err.toString(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void printAndIoWriteShareOneStreamInOrder(Mode mode) {
        LuaRun r = new LuaRun(mode);
        String out = r.run("""
                io.write("a")
                print("b")
                io.stdout:write("c")
                io.write("d\\n")
                print(io.stdout:setvbuf("full"), io.stdout:setvbuf("line"), io.stdout:setvbuf("no"))
                io.write("e\\n")
                """);
        assertEquals("ab\ncd\ntrue\ttrue\ttrue\ne\n", out);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void flushAllWritesOutFilesLeftOpen(Mode mode) throws Exception {
        Path file = tmp.resolve("open.txt");
        LuaRun r = new LuaRun(mode);
        r.run("f = io.open([[" + file + "]], 'w') f:write('pending data')\n"
                + "g = io.open([[" + file + ".2]], 'w') g:setvbuf('full') g:write('second')");
        assertEquals("", Files.readString(file));
        IoLib.flushAll(r.vm);
        assertEquals("pending data", Files.readString(file));
        assertEquals("second", Files.readString(tmp.resolve("open.txt.2")));
        assertEquals("true\n", r.run("print(f:close())"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void childOutputIsCopiedIntoACapturedStdout(Mode mode) {
        LuaRun r = new LuaRun(mode);
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        IoLib.setStdout(r.vm, new PrintStream(other, false, StandardCharsets.ISO_8859_1), false);
        r.run("""
                io.write("before ")
                local p = io.popen("cat", "w") p:write("from cat\\n") p:close()
                print(os.execute("echo from sh"))
                """);
        r.vm.out.flush();
        assertEquals("before from cat\nfrom sh\n0\n", other.toString(StandardCharsets.ISO_8859_1));
        assertEquals("", r.out.toString(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void readsADirectoryAsCDoes(Mode mode) {
        LuaRun r = new LuaRun(mode);
        String out = r.run("local d = io.open([[" + tmp + "]]) print(io.type(d), d:read('*a'))\n"
                + "print(d:read('*l')) print(d:close())");
        assertEquals("file\tnil\tIs a directory\t21\nnil\tIs a directory\t21\ntrue\n", out);
    }
}
