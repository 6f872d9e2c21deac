package org.jresty.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jresty.Mode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The jresty command on the real VM, in both modes, with captured streams. Expected texts are luajit 2.1's
 * (run by hand; program name luajit replaced by jresty; addresses in "[C]: at 0x..." masked).
 */
class MainTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    static Result jresty(Mode mode, Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Frontend.Console c = new Frontend.Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
                new PrintStream(out, false, StandardCharsets.ISO_8859_1),
                new PrintStream(err, false, StandardCharsets.ISO_8859_1), false);
        List<String> all = new ArrayList<>();
        if (mode == Mode.X64) all.add("--x64");
        all.addAll(List.of(args));
        int status = Main.run(c, all.toArray(String[]::new), env);
        c.out().flush();
        c.err().flush();
        return new Result(status, out.toString(StandardCharsets.ISO_8859_1),
                err.toString(StandardCharsets.ISO_8859_1).replaceAll("0x[0-9a-f]+", "0x?"));
    }

    static Result jresty(Mode mode, String... args) {
        return jresty(mode, Map.of(), "", args);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void printsAndExitsWithZero(Mode mode) {
        assertEquals(new Result(0, "1\ta\tnil\n", ""), jresty(mode, "-e", "print(1, \"a\", nil)"));
        assertEquals(new Result(0, "", ""), jresty(mode, "-e", ""));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void jitSwitchesTheCompileTierInOrder(Mode mode) {
        String status = "print(jit.status())";
        assertEquals(new Result(0, "true\nfalse\ntrue\n", ""),
                jresty(mode, "-e", status, "-joff", "-e", status, "-j", "on", "-jflush", "-Ohotloop=1", "-e", status));
        assertEquals(new Result(0, "false\n", ""), jresty(mode, "-joff", "-e", status));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void optimizationFlagsParseAsJitOptStartDoes(Mode mode) {
        // luajit's -O calls jit.opt.start: "no-fold" is a flag there, so both accept it (luajit 2.1 prints 1)
        assertEquals(new Result(0, "1\n", ""), jresty(mode, "-Ono-fold,nocse,-dse,hotloop=9", "-e", "print(1)"));
        assertEquals(new Result(0, "true\n", ""), jresty(mode, "-e", "print(pcall(jit.opt.start, 'no-fold'))"));
        Result bad = jresty(mode, "-Ono-such", "-e", "print(1)");
        assertEquals(1, bad.status);
        assertEquals("jresty: unknown or malformed optimization flag 'no-such'\n", bad.err);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void argTableWithoutScript(Mode mode) {
        String chunk = "print(arg[0],arg[-1],arg[-2],arg[-3],#arg)";
        // jresty's own switches (--x64, --mem-stats...) are left out of arg: it is what luajit would have seen
        Result r = jresty(mode, "-e", chunk);
        assertEquals(new Result(0, "nil\t" + chunk + "\t-e\tjresty\t0\n", ""), r, mode.name());
        Result stats = jresty(mode, "--mem-stats", "-e", chunk);
        assertTrue(stats.out.equals("nil\t" + chunk + "\t-e\tjresty\t0\n"), stats.out);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void scriptArgumentsAndVarargs(Mode mode) throws Exception {
        Path script = Files.writeString(dir.resolve("args.lua"),
                "print(...)\nprint(select(\"#\", ...), arg[0], arg[1], arg[2])\n");
        assertEquals(new Result(0, "a\tb\n2\t" + script + "\ta\tb\n", ""), jresty(mode, script.toString(), "a", "b"));
        // -e may change arg before the script runs; the script gets arg[1..] as ...
        assertEquals(new Result(0, "Z\t2\n2\t" + script + "\tZ\t2\n", ""),
                jresty(mode, "-e", "arg[1]='Z'", script.toString(), "1", "2"));
        assertEquals(new Result(0, "a\tb\n", ""), jresty(mode, Map.of(), "print(...)", "-", "a", "b"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void uncaughtErrorsWithTracebacks(Mode mode) {
        assertEquals(new Result(1, "", """
                jresty: (command line):1: x
                stack traceback:
                \t[C]: in function 'error'
                \t(command line):1: in main chunk
                \t[C]: at 0x?
                """), jresty(mode, "-e", "error(\"x\")"));
        assertEquals(new Result(1, "", """
                jresty: (command line):1: 12
                stack traceback:
                \t[C]: in function 'error'
                \t(command line):1: in main chunk
                \t[C]: at 0x?
                """), jresty(mode, "-e", "error(12)"));
        assertEquals(new Result(1, "", "jresty: (error object is not a string)\n"), jresty(mode, "-e", "error({})"));
        assertEquals(new Result(1, "", ""), jresty(mode, "-e", "error(nil)"));
        assertEquals(new Result(1, "", """
                jresty: TS
                stack traceback:
                \t[C]: in function 'error'
                \t(command line):1: in main chunk
                \t[C]: at 0x?
                """), jresty(mode, "-e", "error(setmetatable({}, {__tostring = function() return 'TS' end}))"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void osExitStatusesFlushOutput(Mode mode) {
        assertEquals(new Result(3, "a", ""), jresty(mode, "-e", "io.write('a') os.exit(3)"));
        // in-process, os.exit unwinds through the VM (the jresty process exits at once: ProcessTest)
        assertEquals(new Result(4, "b", ""), jresty(mode, "-e", "io.write('b') pcall(os.exit, 4)"));
        // pcall and xpcall do not catch it: nothing after it runs
        assertEquals(new Result(5, "c", ""), jresty(mode, "-e", "io.write('c') pcall(os.exit, 5) print('after')"));
        assertEquals(new Result(6, "", ""), jresty(mode, "-e", "xpcall(function() os.exit(6) end, print) print('after')"));
        assertEquals(new Result(0, "", ""), jresty(mode, "-e", "os.exit(true)", "-e", "print('never')"));
        assertEquals(new Result(1, "", ""), jresty(mode, "-e", "os.exit(false)"));
        Result repl = jresty(mode, Map.of(), "x=1\nos.exit(5)\nprint(2)\n", "-i");
        assertEquals(5, repl.status);
        assertEquals(Version.line() + "\n" + Version.jitStatus(mode, true) + "\n> > ", repl.out);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void standardStreams(Mode mode) {
        assertEquals(new Result(0, "hello\nWORLD\n", ""), jresty(mode, Map.of(), "hello\nworld\n",
                "-e", "print(io.read('*l')) io.write(io.read('*a'):upper())"));
        assertEquals(new Result(0, "O\n", "E\n"), jresty(mode, Map.of(), "io.stderr:write('E\\n') print('O')", "-"));
        assertEquals(new Result(0, "1 2.5\n", ""), jresty(mode, "-e", "io.write(1, ' ', 2.5, '\\n')"));
        assertEquals(new Result(0, "v\n", ""), jresty(mode, Map.of("JRESTY_TEST_VAR", "v"), "", "-e", "print(os.getenv('JRESTY_TEST_VAR'))"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void memStatsAtExit(Mode mode) {
        Result r = jresty(mode, "--mem-stats", "-e", "t = {} for i = 1, 100 do t[i] = 's' .. i end print(#t)");
        assertEquals(0, r.status);
        assertEquals("100\n", r.out);
        String first = r.err.lines().findFirst().orElse("");
        assertTrue(first.startsWith("jresty " + (mode == Mode.X64 ? "x64" : "GC64") + " heap: collectgarbage(\"count\") "), first);
        assertTrue(r.err.contains("\n  strings "), r.err);
        assertTrue(r.err.contains("\n  tables "), r.err);
    }

    @org.junit.jupiter.api.Test
    void compareModesRunsBothModes() {
        Result r = jresty(Mode.GC64, "--compare-modes", "-e", "print(1 + 1) io.stderr:write('e\\n') os.exit(2)");
        assertEquals(2, r.status);
        assertEquals("2\n", r.out);
        List<String> lines = r.err.lines().toList();
        assertEquals("e", lines.get(0));
        assertEquals("-- jresty --compare-modes --", lines.get(1));
        assertTrue(lines.get(2).startsWith("x64:  status 2, stdout 2 bytes, stderr 2 bytes, collectgarbage(\"count\") at exit "), lines.get(2));
        assertTrue(lines.get(3).startsWith("GC64: status 2, stdout 2 bytes, stderr 2 bytes, collectgarbage(\"count\") at exit "), lines.get(3));
        assertEquals(List.of("stdout: identical", "stderr: identical"), lines.subList(4, 6));
        // the side-by-side table: every figure of both modes and GC64/x64
        assertEquals("                                        x64             GC64 GC64/x64", lines.get(6));
        String[] peak = lines.stream().filter(l -> l.startsWith("peak bytes")).findFirst().orElseThrow().trim().split(" +");
        long x = Long.parseLong(peak[2]), g = Long.parseLong(peak[3]);
        assertTrue(g > x, lines.toString());
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", (double) g / x), peak[4]);
        assertTrue(lines.stream().anyMatch(l -> l.matches("global state \\(bytes\\) +5560 +6384 +1\\.15")), lines.toString());
    }

    /** grow.lua against a wall lowered to 8 MB: LuaJIT's x64 ending ("luajit: not enough memory", no traceback). */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void notEnoughMemory(Mode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Frontend.Console c = new Frontend.Console(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, false, StandardCharsets.ISO_8859_1), new PrintStream(err, false, StandardCharsets.ISO_8859_1), false);
        Frontend.HostFactory lowWall = new Frontend.HostFactory() {
            @Override
            public LuaHost create(Mode m, Frontend.Console console, Map<String, String> env, boolean noEnv, List<String> dirs) {
                VmHost h = (VmHost) VmHosts.FACTORY.create(m, console, env, noEnv, dirs);
                h.vm.heap.setLimit(8L << 20);
                return h;
            }

            @Override
            public BcSave.Backend bytecode(Mode m) {
                return VmHosts.FACTORY.bytecode(m);
            }
        };
        String grow = "local tb = {} local i = 0 local s = string.rep('a', 1024 * 1024) "
                + "while true do i = i + 1 tb[i] = s .. i io.write(i, ' ') end";
        int status = Main.run(c, new String[] {mode == Mode.X64 ? "--x64" : "--gc64", "-e", grow}, Map.of(), lowWall);
        c.out().flush();
        c.err().flush();
        assertEquals(1, status);
        assertEquals("jresty: not enough memory\n", err.toString(StandardCharsets.ISO_8859_1));
        assertTrue(out.toString(StandardCharsets.ISO_8859_1).startsWith("1 2 3 4 5 "), out.toString(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void outputBeforeAnErrorIsKept(Mode mode) {
        Result r = jresty(mode, "-e", "print('before') error('after')");
        assertEquals(1, r.status);
        assertEquals("before\n", r.out);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void syntaxErrorsAndMissingFiles(Mode mode) throws Exception {
        assertEquals(new Result(1, "", "jresty: (command line):1: unexpected symbol near '<eof>'\n"), jresty(mode, "-e", "x="));
        Path missing = dir.resolve("nosuch.lua");
        assertEquals(new Result(1, "", "jresty: cannot open " + missing + ": No such file or directory\n"),
                jresty(mode, missing.toString()));
        assertEquals(new Result(1, "", "jresty: cannot read " + dir + ": Is a directory\n"), jresty(mode, dir.toString()));
        Path bad = Files.writeString(dir.resolve("bad.lua"), "local x = = 1\n");
        assertEquals(new Result(1, "", "jresty: " + bad + ":1: unexpected symbol near '='\n"), jresty(mode, bad.toString()));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void shebangLineIsSkipped(Mode mode) throws Exception {
        Path script = Files.writeString(dir.resolve("tool"), "#!/usr/bin/env jresty\nprint('ran', ...)\n");
        assertEquals(new Result(0, "ran\tx\n", ""), jresty(mode, script.toString(), "x"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void luaInit(Mode mode) throws Exception {
        assertEquals(new Result(0, "init\n2\n", ""), jresty(mode, Map.of("LUA_INIT", "print('init')"), "", "-e", "print(2)"));
        assertEquals(new Result(0, "2\n", ""), jresty(mode, Map.of("LUA_INIT", "print('init')"), "", "-E", "-e", "print(2)"));
        Path init = Files.writeString(dir.resolve("init.lua"), "greeting = 'hi'");
        assertEquals(new Result(0, "hi\n", ""), jresty(mode, Map.of("LUA_INIT", "@" + init), "", "-e", "print(greeting)"));
        assertEquals(new Result(1, "", "jresty: LUA_INIT:1: unexpected symbol near '<eof>'\n"),
                jresty(mode, Map.of("LUA_INIT", "x="), "", "-e", "print(2)"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void requireWithIncludeDirectories(Mode mode) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib/util"));
        Files.writeString(lib.resolve("init.lua"), "return { name = ... }");
        Files.writeString(dir.resolve("lib/greet.lua"), "greeted = true return 'g'");
        Result r = jresty(mode, "-I", dir.resolve("lib").toString(), "-l", "greet",
                "-e", "print(greeted, require('greet'), require('util').name, package.loaded.greet)");
        assertEquals(new Result(0, "true\tg\tutil\tg\n", ""), r);
        Result missing = jresty(mode, "-l", "nosuch");
        assertEquals(1, missing.status);
        assertEquals("jresty: module 'nosuch' not found:\n\tno field package.preload['nosuch']\n\tno file './nosuch.lua'\n",
                String.join("\n", missing.err.lines().limit(3).toList()) + "\n");
        Files.writeString(dir.resolve("lib/broken.lua"), "x=");
        Result broken = jresty(mode, "-I", dir.resolve("lib").toString(), "-e", "require('broken')");
        assertEquals("jresty: error loading module 'broken' from file '" + dir.resolve("lib/broken.lua") + "':\n\t"
                + dir.resolve("lib/broken.lua") + ":1: unexpected symbol near '<eof>'", broken.err.lines().limit(2)
                .reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void replOnPipedInput(Mode mode) {
        String input = """
                local t = setmetatable({}, {__index = function(t, k) return k .. "!" end})
                print(t.x)
                =t.y
                local x =
                5 print(x)
                function f()
                return 1
                end
                =f()
                print(
                "a",
                "b")
                x = 1
                =x
                x + 1
                for i = 1, 2 do
                print(i)
                end
                error("boom")
                1+
                =nil
                return 1, 2, nil
                """;
        Result r = jresty(mode, Map.of(), input, "-i");
        String banner = Version.line() + "\n" + Version.jitStatus(mode, true) + "\n";
        assertEquals(banner + "> > > > >> 5\n> >> >> > 1\n> >> >> a\tb\n> > 1\n> 2\n> >> >> 1\n2\n> > > nil\n> 1\t2\tnil\n> \n", r.out);
        assertEquals("""
                stdin:1: attempt to index global 't' (a nil value)
                stack traceback:
                \tstdin:1: in main chunk
                \t[C]: at 0x?
                stdin:1: attempt to index global 't' (a nil value)
                stack traceback:
                \tstdin:1: in main chunk
                \t[C]: at 0x?
                stdin:1: boom
                stack traceback:
                \t[C]: in function 'error'
                \tstdin:1: in main chunk
                \t[C]: at 0x?
                stdin:1: unexpected symbol near '1'
                """, r.err);
        assertEquals(0, r.status);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void bytecodeListingAndSavedDumpsRun(Mode mode) throws Exception {
        // OpenResty's luajit (the golden reference) lists the GC constants (KGC) before the instructions
        Result list = jresty(mode, "-bl", "-e", "x=1");
        assertEquals(new Result(0, """
                -- BYTECODE -- "x=1":0-1
                KGC    0    "x"
                0001    KSHORT   0   1
                0002    GSET     0   0      ; "x"
                0003    RET0     0   1

                """, ""), list);
        Path src = Files.writeString(dir.resolve("p.lua"), "local a, b = ... print(a + b)\n");
        Path out = dir.resolve("p.ljbc");
        assertEquals(new Result(0, "", ""), jresty(mode, "-b", src.toString(), out.toString()));
        assertEquals(0x1b, Files.readAllBytes(out)[0]);
        assertEquals(new Result(0, "5\n", ""), jresty(mode, out.toString(), "2", "3"));
        Path g = dir.resolve("p.g.ljbc");
        assertEquals(new Result(0, "", ""), jresty(mode, "-bg", src.toString(), g.toString()));
        assertEquals(new Result(0, "7\n", ""), jresty(mode, g.toString(), "3", "4"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void dumpsOfTheOtherModeAreRefused(Mode mode) throws Exception {
        Mode other = mode == Mode.X64 ? Mode.GC64 : Mode.X64;
        Path src = Files.writeString(dir.resolve("q.lua"), "print(1)\n");
        Path out = dir.resolve("q.ljbc");
        assertEquals(0, jresty(other, "-b", src.toString(), out.toString()).status);
        Result r = jresty(mode, out.toString());
        assertEquals(1, r.status);
        assertEquals("jresty: " + out + ": cannot load incompatible bytecode\n", r.err);
    }
}
