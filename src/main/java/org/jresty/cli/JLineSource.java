package org.jresty.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The REPL's line editor on a terminal: JLine 3 with history in ~/.jresty_history (or $JRESTY_HISTORY),
 * tab completion of globals and table fields, Ctrl-C dropping the current input, Ctrl-D leaving.
 * Lua's own rules decide when a statement is complete, so JLine's parser never asks for more lines.
 */
public final class JLineSource implements LineSource {
    private final Terminal terminal;
    private final LineReader reader;

    public JLineSource(Terminal terminal, LuaHost host, Path historyFile) {
        this.terminal = terminal;
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        parser.setQuoteChars(new char[0]);
        parser.setEscapeChars(new char[0]);
        LineReaderBuilder b = LineReaderBuilder.builder()
                .appName("jresty")
                .terminal(terminal)
                .parser(parser)
                .completer(new LuaCompleter(host))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, false)
                .option(LineReader.Option.INSERT_TAB, true);
        if (historyFile != null) b.variable(LineReader.HISTORY_FILE, historyFile);
        this.reader = b.build();
    }

    /** The system terminal, with Ctrl-C while a chunk runs routed to {@link Interrupts}. */
    public static JLineSource open(LuaHost host, Path historyFile) throws IOException {
        Terminal terminal = TerminalBuilder.builder()
                .system(true)
                .signalHandler(signal -> {
                    if (signal == Terminal.Signal.INT) Interrupts.fire();
                })
                .build();
        return new JLineSource(terminal, host, historyFile);
    }

    /** ~/.jresty_history unless JRESTY_HISTORY names another file (empty: no history file). */
    public static Path historyFile(java.util.Map<String, String> env) {
        String custom = env.get("JRESTY_HISTORY");
        if (custom != null) return custom.isEmpty() ? null : Path.of(custom);
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".jresty_history");
    }

    @Override
    public byte[] readLine(String prompt) throws Interrupted {
        try {
            String line = reader.readLine(prompt);
            return line.getBytes(StandardCharsets.UTF_8);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // history is a convenience: failing to save it must not fail the session
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing left to restore
        }
    }
}
