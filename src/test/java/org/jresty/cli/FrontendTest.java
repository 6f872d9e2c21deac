package org.jresty.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * luajit.c's pmain order and messages, on a recording stand-in Lua state (FakeHost). Expected texts come from
 * running luajit 2.1 by hand (program name luajit replaced by jresty).
 */
class FrontendTest {
    @TempDir
    Path dir;

    @Test
    void optionsRunInOrderThenTheScriptWithItsArguments() throws Exception {
        Path script = Files.writeString(dir.resolve("s.lua"), "print:script");
        FakeRun r = FakeRun.run("-e", "print:one", "-lmod", "-eprint:two", script.toString(), "x", "-e");
        assertEquals(0, r.status);
        assertEquals("one\ntwo\nscript\n", r.out);
        assertEquals(List.of(
                "create GC64",
                "arg jresty -e print:one -lmod -eprint:two " + script + " x -e @5",
                "call =(command line) print:one",
                "require mod",
                "call =(command line) print:two",
                "call @" + script + " print:script [x, -e]"), r.events());
    }

    @Test
    void errorsStopWithStatusOneAndTheMessageOnStderr() {
        FakeRun r = FakeRun.run("-e", "error:(command line):1: x", "-e", "print:never");
        assertEquals(1, r.status);
        assertEquals("", r.out);
        assertEquals("jresty: (command line):1: x\nstack traceback:\n\t[C]: in ?\n", r.err);
        FakeRun nil = FakeRun.run("-e", "error:nil");
        assertEquals(1, nil.status);
        assertEquals("", nil.err);
    }

    @Test
    void syntaxErrorsAndMissingFiles() {
        FakeRun r = FakeRun.run("-e", "x=!");
        assertEquals(1, r.status);
        assertEquals("jresty: (command line):1: unexpected symbol near '!'\n", r.err);
        FakeRun missing = FakeRun.run(dir.resolve("nosuch.lua").toString());
        assertEquals(1, missing.status);
        assertEquals("jresty: cannot open " + dir.resolve("nosuch.lua") + ": No such file or directory\n", missing.err);
        FakeRun directory = FakeRun.run(dir.toString());
        assertEquals("jresty: cannot read " + dir + ": Is a directory\n", directory.err);
    }

    @Test
    void failingLibraryStops() {
        FakeRun r = FakeRun.run("-l", "missing", "-e", "print:never");
        assertEquals(1, r.status);
        assertEquals("jresty: module 'missing' not found\n", r.err);
    }

    @Test
    void luaInitRunsFirstUnlessE() throws Exception {
        FakeRun r = FakeRun.run(Map.of("LUA_INIT", "print:init"), "", false, "-e", "print:2");
        assertEquals("init\n2\n", r.out);
        FakeRun ignored = FakeRun.run(Map.of("LUA_INIT", "print:init"), "", false, "-E", "-e", "print:2");
        assertEquals("2\n", ignored.out);
        assertEquals("create GC64 noenv", ignored.events().getFirst());
        Path init = Files.writeString(dir.resolve("init.lua"), "print:from file");
        FakeRun file = FakeRun.run(Map.of("LUA_INIT", "@" + init), "", false, "-e", "print:2");
        assertEquals("from file\n2\n", file.out);
        FakeRun missing = FakeRun.run(Map.of("LUA_INIT", "@/nonexistent/init"), "", false, "-e", "print:2");
        assertEquals(1, missing.status);
        assertEquals("jresty: cannot open /nonexistent/init: No such file or directory\n", missing.err);
        FakeRun bad = FakeRun.run(Map.of("LUA_INIT", "x=!"), "", false, "-e", "print:2");
        assertEquals("jresty: LUA_INIT:1: unexpected symbol near '!'\n", bad.err);
    }

    @Test
    void usageOnInvalidOptions() {
        FakeRun r = FakeRun.run("-q");
        assertEquals(1, r.status);
        assertEquals("", r.out);
        assertEquals("""
                usage: jresty [options]... [script [args]...].
                Available options are:
                  -e chunk  Execute string 'chunk'.
                  -l name   Require library 'name'.
                  -b ...    Save or list bytecode.
                  -j cmd    Perform LuaJIT control command.
                  -O[opt]   Control LuaJIT optimizations.
                  -i        Enter interactive mode after executing 'script'.
                  -v        Show version information.
                  -E        Ignore environment variables.
                  --        Stop handling options.
                  -         Execute stdin and stop handling options.
                jresty --help shows jresty's own options.
                """, r.err);
        assertTrue(r.hosts.isEmpty(), "no Lua state is made for invalid options");
    }

    @Test
    void helpAndVersion() {
        FakeRun h = FakeRun.run("--help");
        assertEquals(0, h.status);
        assertTrue(h.out.startsWith("Usage: jresty [options]... [script [args]...]\n"), h.out);
        assertTrue(h.out.contains("--compare-modes"), h.out);
        assertTrue(h.out.contains("  -I  dir "), h.out);
        FakeRun v = FakeRun.run("-v");
        assertEquals(0, v.status);
        assertEquals(Version.line() + "\n", v.out);
        assertTrue(v.out.startsWith("jresty 0.1.0 (LuaJIT 2.1.1710398010 compatible) -- "), v.out);
        FakeRun ve = FakeRun.run("-v", "-e", "print:1");
        assertEquals(Version.line() + "\n1\n", ve.out);
    }

    @Test
    void jitControlAndOptimizationOptions() {
        assertEquals("1\n", FakeRun.run("-joff", "-j", "on", "-jflush", "-O3", "-O+fold", "-e", "print:1").out);
        FakeRun v = FakeRun.run("-jv", "-e", "print:1");
        assertEquals(1, v.status);
        assertEquals("jresty: " + JitOptions.checkCmd("v") + "\n", v.err);
        FakeRun o = FakeRun.run("-Ofoo", "-e", "print:1");
        assertEquals("jresty: unknown or malformed optimization flag 'foo'\n", o.err);
    }

    @Test
    void stdinRunsAsAScriptWhenNotATerminal() {
        FakeRun r = FakeRun.run(Map.of(), "print:from stdin", false);
        assertEquals("from stdin\n", r.out);
        assertEquals("call =stdin print:from stdin", r.events().getLast());
        FakeRun dash = FakeRun.run(Map.of(), "print:dash", false, "-", "a", "b");
        assertEquals("call =stdin print:dash [a, b]", dash.events().getLast());
        assertEquals("arg jresty - a b @1", dash.events().get(1));
    }

    @Test
    void dashAfterDoubleDashIsAFileNamedDash() {
        FakeRun r = FakeRun.run(Map.of(), "print:stdin", false, "--", "-");
        assertEquals(1, r.status);
        assertEquals("jresty: cannot open -: No such file or directory\n", r.err);
    }

    @Test
    void interactiveAfterTheScriptWithPipedInput() {
        FakeRun r = FakeRun.run(Map.of(), "set:x=5\n=x\nreturn x, nil\n", false, "-i");
        assertEquals(0, r.status);
        assertEquals(Version.line() + "\n" + Version.jitStatus(org.jresty.Mode.GC64, false) + "\n> > 5\n> 5\tnil\n> \n", r.out);
    }

    @Test
    void terminalWithoutScriptStartsTheRepl() {
        FakeRun r = FakeRun.run(Map.of(), "print:hi\n", true);
        assertEquals(Version.line() + "\n" + Version.jitStatus(org.jresty.Mode.GC64, false) + "\n> hi\n> \n", r.out);
    }

    @Test
    void ngxOptionsAreRefusedWithAReason() {
        FakeRun r = FakeRun.run("--shdict", "dogs 1m", "-e", "print:1");
        assertEquals(1, r.status);
        assertEquals("jresty: option --shdict needs OpenResty's nginx and its ngx API, which jresty does not have\n", r.err);
    }

    @Test
    void modesAndIncludes() {
        FakeRun r = FakeRun.run("--x64", "-I", "lib", "-e", "print:1");
        assertEquals("create X64 I=[lib]", r.events().getFirst());
        assertEquals("1\n", r.out);
    }

    @Test
    void memStatsAtExit() {
        FakeRun r = FakeRun.run("--mem-stats", "-e", "print:1");
        assertEquals("1\n", r.out);
        assertEquals("fake stats\n", r.err);
    }

    @Test
    void compareModesRunsBothAndReports() {
        FakeRun r = FakeRun.run("--compare-modes", "-e", "print:same");
        assertEquals(0, r.status);
        assertEquals("same\n", r.out);
        assertEquals("""
                -- jresty --compare-modes --
                x64:  status 0, stdout 5 bytes, stderr 0 bytes, collectgarbage("count") at exit 29.3955078125 KB
                GC64: status 0, stdout 5 bytes, stderr 0 bytes, collectgarbage("count") at exit 36.4072265625 KB
                stdout: identical
                stderr: identical
                """, r.err);
        assertEquals(2, r.hosts.size());
        assertEquals("differs at line 2: x64 [b] GC64 [c]", CompareModes.difference("a\nb\n".getBytes(), "a\nc\n".getBytes()));
        assertEquals("differs at line 2: x64 [<end>] GC64 [c]", CompareModes.difference("a".getBytes(), "a\nc".getBytes()));
    }
}
