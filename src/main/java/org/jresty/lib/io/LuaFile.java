package org.jresty.lib.io;

/** The payload of an io file userdata (LuaJIT's IOFileUD): the stream, or null once closed, and its kind. */
public final class LuaFile {
    public static final int FILE = 0, PIPE = 1, STDF = 2;

    /** Null once closed. */
    public CStream stream;
    public final int kind;
    /** io.lines(name): closed when the iterator reaches the end. */
    public boolean closeAtEof;
    /** A pipe's child process (popen), waited for on close. */
    public Process process;
    /** Copies a write-pipe child's output to the VM's stdout when that is not the real one; joined on close. */
    public Thread pump;

    public LuaFile(CStream stream, int kind) {
        this.stream = stream;
        this.kind = kind;
    }

    public boolean isClosed() {
        return stream == null;
    }
}
