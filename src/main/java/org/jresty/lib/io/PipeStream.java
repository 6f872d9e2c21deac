package org.jresty.lib.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * A non-seekable stream: standard input/output/error or one end of a pipe. The output side is looked up on
 * every write, so the standard output follows whatever stream the VM's print uses at that moment.
 */
class PipeStream extends CStream {
    private final InputStream in;
    private final Supplier<OutputStream> out;
    private final boolean flushEachWrite;

    PipeStream(InputStream in, Supplier<OutputStream> out, boolean flushEachWrite) {
        super(in != null, out != null);
        this.in = in;
        this.out = out;
        this.flushEachWrite = flushEachWrite;
    }

    @Override
    protected int rawRead(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    @Override
    protected void rawWrite(byte[] b, int off, int len) throws IOException {
        OutputStream o = out.get();
        o.write(b, off, len);
        if (flushEachWrite) o.flush();
    }

    @Override
    protected void rawFlush() throws IOException {
        if (out != null) out.get().flush();
    }

    @Override
    protected void rawClose() throws IOException {
        if (in != null) in.close();
        if (out != null) out.get().close();
    }
}
