package org.jresty.lib.strings;

import org.jresty.runtime.LuaThread;

/**
 * The hook through which string operations report how big LuaJIT's shared temporary string buffer
 * (G(L)->tmpbuf) would have to be for them: string.rep, format, char, reverse, lower, upper, dump and large
 * gsub results. The heap grows its model of that buffer (doubling from 32 bytes) and counts the growth, as
 * LuaJIT's collectgarbage("count") does. Concatenation in the VM should report through the same call.
 */
public final class TempBuffer {
    private TempBuffer() {
    }

    /** The buffer must hold {@code bytes} bytes now (LuaJIT's lj_buf_need / lj_buf_more on tmpbuf). */
    public static void need(LuaThread L, long bytes) {
        if (bytes > 0) {
            L.vm.heap.bufferNeed(bytes);
        }
    }
}
