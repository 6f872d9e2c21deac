package org.jresty.lib.io;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jresty.Mode;
import org.jresty.runtime.LuaError;
import org.jresty.vm.LuaVM;

/** Runs Lua code in a fresh VM with its standard output captured (shared by the io, os and package tests). */
public final class LuaRun {
    public final LuaVM vm;
    public final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public LuaRun(Mode mode) {
        vm = new LuaVM(mode);
        vm.out = new PrintStream(out, false, StandardCharsets.ISO_8859_1);
    }

    /** Runs a chunk; an uncaught Lua error is appended as "ERROR: message". Returns everything printed. */
    public String run(String code) {
        try {
            vm.call(vm.load(code.getBytes(StandardCharsets.ISO_8859_1), "=test"));
        } catch (LuaError e) {
            vm.out.print("ERROR: " + e.getMessage() + "\n");
        } catch (ExitRequest exit) {
            // os.exit reached the host, as it reaches the command line: the run ends here
        }
        vm.out.flush();
        return output();
    }

    public String output() {
        vm.out.flush();
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
