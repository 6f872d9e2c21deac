package org.jresty.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.impl.ExternalTerminal;
import org.jresty.Mode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The REPL through JLine on a test terminal, on the real VM: continuation, Ctrl-C, Ctrl-D, history. */
class JLineReplTest {
    @TempDir
    Path dir;

    /** Returns {Lua's stdout, stderr, what the terminal showed}. */
    private String[] session(Mode mode, String keys, Path history) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Frontend.Console console = new Frontend.Console(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.ISO_8859_1), new PrintStream(err, true, StandardCharsets.ISO_8859_1), true);
        LuaHost host = VmHosts.FACTORY.create(mode, console, java.util.Map.of(), false, List.of());
        ExternalTerminal terminal = new ExternalTerminal("test", "xterm", new Typist(keys.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8);
        new Repl(host, console, new JLineSource(terminal, host, history)).run();
        return new String[] {out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1),
            screen.toString(StandardCharsets.UTF_8)};
    }

    /** Keys typed one by one, pausing after Enter and Ctrl-C so the REPL is back at its prompt before the next key. */
    private static final class Typist extends java.io.InputStream {
        private final byte[] keys;
        private int next;

        Typist(byte[] keys) {
            this.keys = keys;
        }

        @Override
        public int read() throws java.io.IOException {
            if (next > 0 && (keys[next - 1] == 3 || keys[next - 1] == '\n')) {
                try {
                    Thread.sleep(keys[next - 1] == 3 ? 300 : 100);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
            }
            return next < keys.length ? keys[next++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            if (len == 0) return 0;
            int c = read();
            if (c < 0) return -1;
            b[off] = (byte) c;
            return 1;
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void statementsExpressionsAndContinuation(Mode mode) throws Exception {
        String[] r = session(mode, "x = 40\nx + 2\nfor i = 1, 2 do\nprint(i)\nend\n=('ab') .. 'ab'\n\u0004", null);
        assertEquals("42\n1\n2\nabab\n\n", r[0]);
        assertEquals("", r[1]);
        assertTrue(r[2].contains("> ") && r[2].contains(">> "), r[2]);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void errorsKeepTheRepl(Mode mode) throws Exception {
        String[] r = session(mode, "error('boom')\nnil + 1\n=1\n\u0004", null);
        assertEquals("1\n\n", r[0]);
        assertTrue(r[1].startsWith("stdin:1: boom\nstack traceback:\n\t[C]: in function 'error'\n"), r[1]);
        assertTrue(r[1].contains("stdin:1: attempt to perform arithmetic on a nil value\n"), r[1]);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void ctrlCDropsTheInputAndCtrlDLeaves(Mode mode) throws Exception {
        String[] r = session(mode, "for i = 1, 3 do\nprint('never')\u0003=7\n\u0004=8\n", null);
        assertEquals("7\n\n", r[0], r[2]);
        assertEquals("", r[1]);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void completionOnTheRealVm(Mode mode) {
        Frontend.Console console = new Frontend.Console(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), true);
        LuaHost host = VmHosts.FACTORY.create(mode, console, java.util.Map.of(), false, List.of());
        host.docall(host.load("s = 'text' obj = {alpha = 1, beta = {gamma = 2}}".getBytes(StandardCharsets.ISO_8859_1), "=stdin"));
        assertEquals(List.of("string.find", "string.format"), LuaCompleter.completions(host, "string.f"));
        assertEquals(List.of("s:upper"), LuaCompleter.completions(host, "s:up"));
        assertEquals(List.of("print(obj.beta.gamma"), LuaCompleter.completions(host, "print(obj.beta.g"));
        assertEquals(List.of("obj.alpha", "obj.beta"), LuaCompleter.completions(host, "obj."));
        assertEquals(List.of("collectgarbage", "coroutine"), LuaCompleter.completions(host, "co"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void historyIsSaved(Mode mode) throws Exception {
        Path history = dir.resolve("history");
        session(mode, "answer = 42\n=answer\n\u0004", history);
        String saved = Files.readString(history);
        assertTrue(saved.contains("answer = 42") && saved.contains("=answer"), saved);
        String[] again = session(mode, "\u0010\u0010\n\u0004", history); // Ctrl-P twice: "answer = 42"
        assertEquals("\n", again[0]);
        assertTrue(Files.readString(history).lines().count() >= 3);
    }
}
