package org.jresty.lib.io;

import java.io.IOException;

/**
 * A C stdio FILE emulated in Java: a read buffer with one-character pushback, a write buffer with setvbuf's
 * modes, one file position shared by reads and writes ("r+" switches freely, as glibc allows), and the
 * error flag that ferror/clearerr see. Subclasses provide the raw transfer (a file channel, a pipe, a stream).
 */
public abstract class CStream {
    public static final int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
    public static final int BUF_FULL = 0, BUF_LINE = 1, BUF_NONE = 2;
    static final int BUFSIZE = 8192;

    protected final boolean readable, writable;
    private byte[] rbuf = new byte[BUFSIZE];
    private int rpos, rlen;
    private byte[] wbuf = new byte[BUFSIZE];
    private int wlen;
    private int bufMode = BUF_FULL;
    private boolean eof;
    /**
     * Writes go straight to the raw stream (which does its own buffering) and the buffering mode only decides
     * when it is flushed: the standard output shares its stream with print, so nothing may wait in between.
     */
    protected boolean passThrough;
    /** ferror's flag and the errno of the failure that set it. */
    public boolean error;
    public int errno;

    protected CStream(boolean readable, boolean writable) {
        this.readable = readable;
        this.writable = writable;
    }

    // ---------------------------------------------------------------------------------------------- raw

    /** Reads up to len bytes; -1 at end of file. */
    protected abstract int rawRead(byte[] b, int off, int len) throws IOException;

    protected abstract void rawWrite(byte[] b, int off, int len) throws IOException;

    protected void rawFlush() throws IOException {
    }

    /** Moves the raw position and returns it; non-seekable streams fail with ESPIPE. */
    protected long rawSeek(long offset, int whence) throws IOException {
        throw new Errno.ErrnoException(Errno.ESPIPE);
    }

    protected abstract void rawClose() throws IOException;

    // ---------------------------------------------------------------------------------------------- errors

    public void clearerr() {
        error = false;
        eof = false;
    }

    private void fail(IOException e) {
        error = true;
        errno = Errno.of(e);
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** Refills the read buffer; false at end of file or on error. */
    private boolean fill() {
        if (!readable) {
            fail(new Errno.ErrnoException(Errno.EBADF));
            return false;
        }
        if (wlen > 0 && !flush()) return false;
        try {
            int n = rawRead(rbuf, 0, rbuf.length);
            if (n <= 0) {
                eof = true;
                rpos = rlen = 0;
                return false;
            }
            rpos = 0;
            rlen = n;
            return true;
        } catch (IOException e) {
            fail(e);
            return false;
        }
    }

    /** getc: the next byte (0..255) or -1. */
    public int getc() {
        if (rpos >= rlen && !fill()) return -1;
        return rbuf[rpos++] & 0xff;
    }

    /** ungetc of the byte just read (c = -1 does nothing). */
    public void ungetc(int c) {
        if (c < 0) return;
        if (rpos > 0) {
            rbuf[--rpos] = (byte) c;
        } else {
            byte[] nb = new byte[Math.max(rbuf.length, rlen + 1)];
            System.arraycopy(rbuf, rpos, nb, 1, rlen - rpos);
            nb[0] = (byte) c;
            rlen = rlen - rpos + 1;
            rpos = 0;
            rbuf = nb;
        }
    }

    /**
     * A line as an interned string when it lies in the buffer without NUL bytes (the common case), else through
     * readLine; any[0] tells whether anything was read.
     */
    public org.jresty.runtime.LuaString readLineString(org.jresty.vm.LuaVM vm, boolean keepNewline, boolean[] any) {
        if (rpos < rlen || fill()) {
            int end = rpos;
            while (end < rlen && rbuf[end] != '\n' && rbuf[end] != 0) end++;
            if (end < rlen && rbuf[end] == '\n' && end > rpos) {
                int start = rpos;
                rpos = end + 1;
                any[0] = true;
                return vm.intern(rbuf, start, end - start + (keepNewline ? 1 : 0));
            }
        }
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(128);
        any[0] = readLine(b, keepNewline);
        return vm.intern(b.toByteArray());
    }

    /**
     * LuaJIT's io_file_readline: fgets into a growing buffer, each piece measured with strlen. A NUL byte thus
     * cuts its piece short (the rest of that piece, newline included, is lost and reading goes on), and a line
     * whose kept part is empty counts as nothing read. Returns whether anything was kept.
     */
    public boolean readLine(java.io.ByteArrayOutputStream line, boolean keepNewline) {
        int m = 8192, n = 0;
        boolean ok = false;
        int last = -1;
        for (;;) {
            int limit = m - n - 1, got = 0, kept = 0;
            boolean cut = false, newline = false;
            while (got < limit) {
                if (rpos >= rlen && !fill()) break;
                byte c = rbuf[rpos++];
                got++;
                if (c == 0) cut = true;
                if (!cut) {
                    line.write(c);
                    kept++;
                    last = c;
                }
                if (c == '\n') {
                    newline = true;
                    break;
                }
            }
            if (got == 0) break;
            n += kept;
            if (n > 0) ok = true;
            if (n > 0 && newline && !cut && last == '\n') {
                if (!keepNewline) {
                    byte[] b = line.toByteArray();
                    line.reset();
                    line.write(b, 0, b.length - 1);
                }
                break;
            }
            if (n >= m - 64) m += m;
        }
        return ok;
    }

    /** fread: reads until len bytes or end of file; returns how many. */
    public int read(byte[] b, int off, int len) {
        int done = 0;
        while (done < len) {
            if (rpos >= rlen && !fill()) break;
            int n = Math.min(len - done, rlen - rpos);
            System.arraycopy(rbuf, rpos, b, off + done, n);
            rpos += n;
            done += n;
        }
        return done;
    }

    // ---------------------------------------------------------------------------------------------- writing

    /** fwrite: false when the data could not be written (the error flag is set). */
    public boolean write(byte[] b, int off, int len) {
        if (!writable) {
            fail(new Errno.ErrnoException(Errno.EBADF));
            return false;
        }
        if (rlen - rpos > 0 && !dropReadBuffer()) return false;
        rpos = rlen = 0;
        if (passThrough) {
            try {
                rawWrite(b, off, len);
                if (bufMode == BUF_NONE || (bufMode == BUF_LINE && hasNewline(b, off, len))) rawFlush();
                return true;
            } catch (IOException e) {
                fail(e);
                return false;
            }
        }
        if (bufMode == BUF_NONE || len >= wbuf.length) {
            if (!flush()) return false;
            try {
                rawWrite(b, off, len);
                return true;
            } catch (IOException e) {
                fail(e);
                return false;
            }
        }
        if (wlen + len > wbuf.length && !flush()) return false;
        System.arraycopy(b, off, wbuf, wlen, len);
        wlen += len;
        if (bufMode == BUF_LINE && hasNewline(b, off, len)) return flush();
        return true;
    }

    private static boolean hasNewline(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') return true;
        }
        return false;
    }

    /** fflush. */
    public boolean flush() {
        try {
            if (wlen > 0) {
                int n = wlen;
                wlen = 0;
                rawWrite(wbuf, 0, n);
            }
            rawFlush();
            return true;
        } catch (IOException e) {
            fail(e);
            return false;
        }
    }

    /** Read-ahead not consumed yet is given back to the file position before writing (glibc does the same). */
    private boolean dropReadBuffer() {
        int ahead = rlen - rpos;
        rpos = rlen = 0;
        try {
            rawSeek(-ahead, SEEK_CUR);
        } catch (IOException e) {
            // Pipes and terminals cannot go back: the read-ahead is simply dropped.
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------- position

    /** fseeko + ftello: the new position, or -1 with errno set. */
    public long seek(long offset, int whence) {
        if (!flush()) return -1;
        int ahead = rlen - rpos;
        try {
            long pos;
            if (whence == SEEK_CUR) {
                pos = rawSeek(offset - ahead, SEEK_CUR);
            } else {
                pos = rawSeek(offset, whence);
            }
            rpos = rlen = 0;
            eof = false;
            return pos;
        } catch (IOException e) {
            errno = Errno.of(e);
            return -1;
        }
    }

    /**
     * setvbuf(fp, NULL, mode, size) as glibc does it: the size is ignored (glibc keeps its buffer), and "no"
     * leaves a one-byte buffer behind that later "full"/"line" modes keep using, so they stay unbuffered.
     */
    public boolean setvbuf(int mode, int size) {
        if (!flush()) return false;
        bufMode = mode;
        if (mode == BUF_NONE) wbuf = new byte[1];
        return true;
    }

    /** fclose: flushes and releases; false on failure (errno set). */
    public boolean close() {
        boolean ok = flush();
        try {
            rawClose();
        } catch (IOException e) {
            if (ok) fail(e);
            ok = false;
        }
        return ok;
    }
}
