package org.jresty.cli;

import java.nio.charset.StandardCharsets;
import org.jresty.runtime.LuaError;

/**
 * luajit's dotty: reads statements with the prompts "> " and ">> " (or the globals _PROMPT and _PROMPT2),
 * keeps reading while the chunk is incomplete (the syntax error ends in '<eof>'), runs it, prints its results
 * with the global print, and reports errors without leaving. A line that is no statement but compiles as an
 * expression prints its value without a leading '=' (Lua 5.3's REPL does this; luajit needs "="): statements
 * behave exactly as in luajit. Ends with a newline at end of input.
 */
public final class Repl {
    private static final String CHUNKNAME = "=stdin";
    private static final byte[] RETURN = {'r', 'e', 't', 'u', 'r', 'n', ' '};
    private final LuaHost host;
    private final Frontend.Console console;
    private final LineSource lines;

    public Repl(LuaHost host, Frontend.Console console, LineSource lines) {
        this.host = host;
        this.console = console;
        this.lines = lines;
    }

    public void run() {
        try (lines) {
            while (true) {
                Object fn;
                try {
                    fn = loadLine();
                } catch (LineSource.Interrupted e) {
                    continue;
                } catch (LuaError e) {
                    report(e);
                    continue;
                }
                if (fn == null) break;
                try {
                    Object[] results = host.docall(fn);
                    if (results.length > 0) printResults(results);
                } catch (LuaError e) {
                    report(e);
                }
            }
        }
        host.flush();
        console.out().print("\n");
        console.out().flush();
    }

    /** A loaded chunk, or null at end of input; syntax errors are thrown. */
    private Object loadLine() throws LineSource.Interrupted {
        host.flush(); // what the last chunk wrote without a newline shows before the prompt (C flushes stdout)
        byte[] line = lines.readLine(prompt(true));
        if (line == null) return null;
        byte[] src = line;
        if (line.length > 0 && line[0] == '=') {
            src = concat(RETURN, slice(line, 1));
        } else {
            try {
                return host.load(line, CHUNKNAME);
            } catch (LuaError asStatement) {
                if (!incomplete(asStatement)) {
                    // not a statement: an expression prints its value (Lua 5.3's REPL; luajit needs "=")
                    try {
                        return host.load(concat(RETURN, line), CHUNKNAME);
                    } catch (LuaError notAnExpression) {
                        throw asStatement;
                    }
                }
            }
        }
        while (true) {
            try {
                return host.load(src, CHUNKNAME);
            } catch (LuaError e) {
                if (!incomplete(e)) throw e;
                byte[] more = lines.readLine(prompt(false));
                if (more == null) return null;
                src = concat(concat(src, new byte[] {'\n'}), more);
            }
        }
    }

    /** luajit's incomplete(): the syntax error message ends with '<eof>'. */
    static boolean incomplete(LuaError e) {
        return e.value != null && e.getMessage().endsWith("'<eof>'");
    }

    private String prompt(boolean first) {
        Object p = host.getGlobal(first ? "_PROMPT" : "_PROMPT2");
        String s = p == null ? null : host.toStringOrNull(p);
        return s != null ? s : first ? "> " : ">> ";
    }

    private void printResults(Object[] results) {
        try {
            host.pcall(host.getGlobal("print"), results);
        } catch (LuaError e) {
            String msg = host.toStringOrNull(e.value);
            message("error calling 'print' (" + msg + ")");
        }
    }

    /** dotty reports without the program name. */
    private void report(LuaError e) {
        String text = host.reportText(e);
        if (text != null) message(text);
    }

    private void message(String text) {
        host.flush();
        console.out().flush();
        console.err().println(text);
        console.err().flush();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static byte[] slice(byte[] a, int from) {
        return java.util.Arrays.copyOfRange(a, from, a.length);
    }
}
