package org.jresty.lib.debug;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.jresty.lib.io.CStream;
import org.jresty.lib.io.IoState;
import org.jresty.lib.io.LuaFile;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.UpVal;
import org.jresty.vm.LuaVM;

/**
 * debug.debug: prompts "lua_debug> " on stderr, reads lines from stdin (fgets with a 250-byte buffer, shared
 * with io.stdin) and runs each as a chunk named "=(debug command)" until end of input or a line "cont".
 * Errors are written to stderr ("(error object is not a string)" for other values) and the loop goes on.
 */
public final class DebugConsole {
    private static final int BUFFER = 250;

    private DebugConsole() {
    }

    public static void run(LuaThread L) {
        LuaVM vm = L.vm;
        IoState io = IoState.of(vm);
        CStream in = stdin(io);
        for (;;) {
            PrintStream err = io.err;
            err.print("lua_debug> ");
            err.flush();
            byte[] line = fgets(in);
            if (line == null || (line.length == 5 && new String(line, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .equals("cont\n"))) {
                return;
            }
            String msg = null;
            int depth = L.depth, top = L.top;
            try {
                LuaFunction f = vm.load(line, "=(debug command)");
                vm.call(L, f);
            } catch (LuaError e) {
                unwind(L, depth, top);
                msg = e.value instanceof LuaString s ? s.toString()
                        : e.value instanceof Double d ? org.jresty.runtime.Conv.numberToString(d)
                        : "(error object is not a string)";
            }
            if (msg != null) {
                err.write(msg.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, msg.length());
                err.print("\n");
                err.flush();
            }
        }
    }

    /** What lua_pcall does on an error: drop the failed frames and close their upvalues. */
    private static void unwind(LuaThread L, int depth, int top) {
        int level = L.depth > depth ? L.frames[depth].funcSlot : top;
        UpVal u = L.openUpvals;
        while (u != null && u.index >= level) {
            UpVal next = u.nextOpen;
            u.close();
            u.nextOpen = null;
            u = next;
        }
        L.openUpvals = u;
        L.depth = depth;
        L.top = top;
    }

    private static CStream stdin(IoState io) {
        if (io.stdin != null && io.stdin.payload instanceof LuaFile f && f.stream != null) return f.stream;
        return org.jresty.lib.io.StdStreams.stdin(io);
    }

    /** C's fgets: up to 249 bytes, stopping after a newline; null at end of input with nothing read. */
    private static byte[] fgets(CStream in) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (b.size() < BUFFER - 1) {
            int c = in.getc();
            if (c < 0) break;
            b.write(c);
            if (c == '\n') break;
        }
        return b.size() == 0 ? null : b.toByteArray();
    }
}
