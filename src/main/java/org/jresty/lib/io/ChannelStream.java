package org.jresty.lib.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** A regular file opened by io.open/io.tmpfile: seekable, with O_APPEND emulated for "a" modes. */
final class ChannelStream extends CStream {
    private final FileChannel ch;
    private final boolean append;
    private final Runnable onClose;

    ChannelStream(FileChannel ch, boolean readable, boolean writable, boolean append, Runnable onClose) {
        super(readable, writable);
        this.ch = ch;
        this.append = append;
        this.onClose = onClose;
    }

    @Override
    protected int rawRead(byte[] b, int off, int len) throws IOException {
        return ch.read(ByteBuffer.wrap(b, off, len));
    }

    @Override
    protected void rawWrite(byte[] b, int off, int len) throws IOException {
        if (append) ch.position(ch.size());
        ByteBuffer bb = ByteBuffer.wrap(b, off, len);
        while (bb.hasRemaining()) ch.write(bb);
    }

    @Override
    protected long rawSeek(long offset, int whence) throws IOException {
        long base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? ch.position() : ch.size();
        long pos = base + offset;
        if (pos < 0) throw new Errno.ErrnoException(Errno.EINVAL);
        ch.position(pos);
        return pos;
    }

    @Override
    protected void rawClose() throws IOException {
        try {
            ch.close();
        } finally {
            if (onClose != null) onClose.run();
        }
    }
}
