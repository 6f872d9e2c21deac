package org.jresty.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * luajit's pushline on a plain stream: prompt on stdout, a line read byte by byte from stdin. It reads no
 * further than the newline, so io.read in the chunks that run sees the rest of the input, as with C stdio.
 */
public final class PlainLineSource implements LineSource {
    private final InputStream in;
    private final PrintStream out;

    public PlainLineSource(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public byte[] readLine(String prompt) {
        out.print(prompt);
        out.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') return line.toByteArray();
                line.write(b);
            }
        } catch (IOException e) {
            // a read error ends the input, as fgets returning NULL does
        }
        return line.size() > 0 ? line.toByteArray() : null;
    }

    @Override
    public void close() {
    }
}
