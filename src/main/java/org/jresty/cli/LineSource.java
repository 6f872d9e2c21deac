package org.jresty.cli;

/** Where the REPL gets its lines: JLine on a terminal ({@link JLineSource}), else {@link PlainLineSource}. */
public interface LineSource extends AutoCloseable {
    /** Shows the prompt and reads one line (bytes, without the newline); null at end of input (Ctrl-D). */
    byte[] readLine(String prompt) throws Interrupted;

    /** Saves history and gives the terminal back. */
    @Override
    void close();

    /** Ctrl-C at the prompt: the input typed so far is dropped. */
    final class Interrupted extends Exception {
        public Interrupted() {
            super(null, null, false, false);
        }
    }
}
