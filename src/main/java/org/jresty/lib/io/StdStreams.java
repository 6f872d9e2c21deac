package org.jresty.lib.io;

import org.jresty.vm.LuaVM;

/** The streams behind io.stdin, io.stdout and io.stderr. */
public final class StdStreams {
    private StdStreams() {
    }

    public static CStream stdin(IoState st) {
        return new PipeStream(st.in, null, false);
    }

    /** Straight into vm.out (looked up per write), which the VM's print shares; flushed when asked. */
    public static CStream stdout(LuaVM vm) {
        PipeStream s = new PipeStream(null, () -> vm.out, false);
        s.passThrough = true;
        return s;
    }

    /** Unbuffered, as C's stderr. */
    public static CStream stderr(IoState st) {
        PipeStream s = new PipeStream(null, () -> st.err, false);
        s.passThrough = true;
        s.setvbuf(CStream.BUF_NONE, 0);
        return s;
    }
}
