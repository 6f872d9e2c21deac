package org.jresty.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jresty.Mode;
import org.junit.jupiter.api.Test;

/** dotty's prompts, continuation, result printing and error reports, on the stand-in Lua state. */
class ReplTest {
    private static String[] repl(String input, Map<String, Object> globals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Frontend.Console c = new Frontend.Console(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true), new PrintStream(err, true), false);
        FakeHost h = new FakeHost(Mode.GC64, c);
        h.globals.putAll(globals);
        new Repl(h, c, new PlainLineSource(c.in(), c.out())).run();
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void continuationUntilComplete() {
        String[] r = repl("print:a...\nb...\nc\nprint:done\n", Map.of());
        assertEquals("> >> >> a...\nb...\nc\n> done\n> \n", r[0]);
        assertEquals("", r[1]);
    }

    @Test
    void errorsAreReportedWithoutProgramName() {
        String[] r = repl("error:stdin:1: boom\nx=!\nprint:after\n", Map.of());
        assertEquals("> > > after\n> \n", r[0]);
        assertEquals("stdin:1: boom\nstack traceback:\n\t[C]: in ?\nstdin:1: unexpected symbol near '!'\n", r[1]);
    }

    @Test
    void expressionsPrintTheirValues() {
        String[] r = repl("=x\nx\nreturn 1, nil\n", Map.of("x", "42"));
        assertEquals("> 42\n> 42\n> 1\tnil\n> \n", r[0]);
    }

    @Test
    void endOfInputInsideAStatementEndsTheRepl() {
        assertEquals("> >> \n", repl("print:a...\n", Map.of())[0]);
    }

    @Test
    void customPrompts() {
        assertEquals("$ ... \n", repl("print:a...\n", Map.of("_PROMPT", "$ ", "_PROMPT2", "... "))[0]);
    }

    @Test
    void completion() {
        FakeHost h = new FakeHost(Mode.GC64, null);
        h.globals.put("string", Map.of("format", "f", "find", "f", "rep", "f"));
        h.globals.put("s", "text");
        h.globals.put("select", "f");
        h.globals.put("_G", h.globals);
        assertEquals(List.of("string.find", "string.format"), LuaCompleter.completions(h, "string.f"));
        assertEquals(List.of("print(string.rep"), LuaCompleter.completions(h, "print(string.r"));
        assertEquals(List.of("s", "select", "string"), LuaCompleter.completions(h, "s"));
        assertEquals(List.of("s:sub", "s:upper"), LuaCompleter.completions(h, "s:"));
        assertEquals(List.of(), LuaCompleter.completions(h, "nothing.x"));
        assertEquals(List.of("x = string.format"), LuaCompleter.completions(h, "x = string.fo"));
    }
}
