package org.jresty.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jresty.Mode;
import org.jresty.heap.Heap;
import org.jresty.heap.HeapKind;
import org.jresty.lib.IoLib;
import org.jresty.lib.OsLib;
import org.jresty.lib.PackageLib;
import org.jresty.lib.io.ExitRequest;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.vm.LuaVM;

/** {@link LuaHost} on the real VM: luajit.c's Lua API calls, made with LuaVM's public entry points. */
final class VmHost implements LuaHost {
    final LuaVM vm;
    private final Frontend.Console console;

    private static final String NOT_ENOUGH_MEMORY = "not enough memory";

    VmHost(Mode mode, Frontend.Console console, Map<String, String> env, boolean noEnv, List<String> includeDirs,
           boolean exitsProcess) {
        this.vm = new LuaVM(mode);
        this.console = console;
        vm.out = console.out();
        IoLib.setStdin(vm, console.in());
        IoLib.setStderr(vm, console.err());
        OsLib.setEnvironment(vm, env);
        if (!exitsProcess) {
            // in-process runs (tests, --compare-modes): os.exit unwinds to the command line, which returns the
            // status. The process itself keeps os.exit's default: flush Lua's streams and exit at once.
            OsLib.setExitHandler(vm, (status, close) -> {
                throw new ExitRequest(status, close);
            });
        }
        if (vm.globals.getStr(vm.intern("package")) != null) {
            PackageLib.applyEnvironment(vm, env, noEnv);
            for (int i = includeDirs.size() - 1; i >= 0; i--) PackageLib.addIncludeDir(vm, includeDirs.get(i));
        } else {
            if (noEnv) vm.registry.setStr(vm.intern("LUA_NOENV"), Boolean.TRUE);
            CliPackage.ensure(vm, env, noEnv);
            CliPackage.prependIncludes(vm, includeDirs);
        }
    }

    @Override
    public void jitCommand(String cmd) {
        switch (cmd) {
            case "on" -> vm.jit.setOn(true);
            case "off" -> vm.jit.setOn(false);
            case "flush" -> vm.jit.flush();
            default -> { }
        }
    }

    @Override
    public void jitOptions(java.util.List<String> parts) {
        for (String p : parts) {
            if (p != null) vm.jit.applyOption(p);
        }
    }

    @Override
    public boolean jitOn() {
        return vm.jit.isOn();
    }

    @Override
    public Mode mode() {
        return vm.mode;
    }

    @Override
    public void createArgTable(String[] argv, int argf) {
        LuaTable arg = LuaTable.createTable(vm.heap, Math.max(argv.length - argf, 0), Math.max(argf, 0));
        for (int i = 0; i < argv.length; i++) arg.set((double) (i - argf), vm.intern(argv[i]));
        vm.globals.setStr(vm.intern("arg"), arg);
    }

    @Override
    public Object load(byte[] chunk, String chunkname) {
        return guarded(() -> vm.load(chunk, chunkname));
    }

    @Override
    public Object loadFile(String filename) {
        byte[] src = ChunkFiles.read(filename, console.in());
        return load(src, vm.fileChunkname(filename));
    }

    @Override
    public Object[] scriptArgs() {
        Object arg = vm.globals.getStr(vm.intern("arg"));
        if (!(arg instanceof LuaTable t)) return new Object[0];
        List<Object> out = new ArrayList<>();
        for (int i = 1; ; i++) {
            Object v = t.getInt(i);
            if (v == null) break;
            out.add(v);
        }
        return out.toArray();
    }

    @Override
    public Object[] docall(Object fn, Object... args) {
        LuaHost previous = Interrupts.enter(this);
        try {
            return vm.callWithTraceback(fn, args);
        } catch (LuaError e) {
            vm.heap.fullGc();
            throw new LuaError(handled(e));
        } catch (ExitRequest e) {
            throw new ExitNow(e.status);
        } catch (ExitNow e) {
            throw e;
        } catch (StackOverflowError e) {
            throw CliError.of("stack overflow");
        } catch (OutOfMemoryError e) {
            vm.heap.fullGc();
            throw CliError.of(NOT_ENOUGH_MEMORY);
        } catch (RuntimeException e) {
            throw CliError.of("internal error: " + e);
        } finally {
            Interrupts.leave(previous);
        }
    }

    /**
     * luajit's traceback message handler: a string or number message gets the traceback appended; another
     * object is tried with __tostring; otherwise it is passed on unchanged.
     */
    private Object handled(LuaError e) {
        Object msg = e.value;
        String trace = e.luaTraceback;
        // LuaJIT raises memory errors without calling the message handler: no traceback
        if (msg instanceof LuaString s && s.toString().equals(NOT_ENOUGH_MEMORY)) return msg;
        if (!(msg instanceof LuaString) && !(msg instanceof Double)) {
            if (msg == null || vm.getMetatable(msg) == null) return msg;
            Object mm = vm.getMetatable(msg).getStr(vm.MM_TOSTRING);
            if (mm == null) return msg;
            try {
                Object[] r = vm.call(mm, msg);
                if (r.length == 0 || !(r[0] instanceof LuaString || r[0] instanceof Double)) return msg;
                msg = r[0];
            } catch (LuaError | StackOverflowError ignored) {
                return msg;
            }
        }
        String text = vm.rawToString(msg).toString();
        return vm.intern(trace == null ? text : text + "\n" + trace);
    }

    @Override
    public Object[] pcall(Object fn, Object... args) {
        return guarded(() -> vm.call(fn, args));
    }

    /** Java failures that escape the VM become Lua errors with a clear message. */
    private static <T> T guarded(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (LuaError e) {
            throw e;
        } catch (ExitRequest e) {
            throw new ExitNow(e.status);
        } catch (StackOverflowError e) {
            throw CliError.of("stack overflow");
        } catch (OutOfMemoryError e) {
            throw CliError.of("not enough memory");
        } catch (RuntimeException e) {
            throw CliError.of("internal error: " + e);
        }
    }

    @Override
    public Object getGlobal(String name) {
        return vm.globals.getStr(vm.intern(name));
    }

    @Override
    public Object luaString(String byteString) {
        return vm.intern(byteString);
    }

    @Override
    public String toStringOrNull(Object value) {
        if (value instanceof LuaString || value instanceof Double) return vm.rawToString(value).toString();
        return null;
    }

    @Override
    public void requestInterrupt() {
        vm.interrupted = true;
    }

    @Override
    public void clearInterrupt() {
        vm.interrupted = false;
    }

    @Override
    public void fullGc() {
        vm.heap.fullGc();
    }

    @Override
    public List<String> stringKeys(Object table) {
        List<String> keys = new ArrayList<>();
        if (!(table instanceof LuaTable t)) return keys;
        for (int i = t.iterNext(-1); i >= 0; i = t.iterNext(i)) {
            if (t.iterKey(i) instanceof LuaString s) keys.add(s.toString());
        }
        return keys;
    }

    @Override
    public Object rawField(Object table, String key) {
        return table instanceof LuaTable t ? t.getStr(vm.intern(key)) : null;
    }

    @Override
    public Object getMetatable(Object value) {
        return vm.getMetatable(value);
    }

    @Override
    public List<String> memoryStats() {
        Heap h = vm.heap;
        List<String> lines = new ArrayList<>();
        lines.add(String.format("jresty %s heap: collectgarbage(\"count\") %s KB, %d bytes, peak %d bytes, %d GC cycles",
                vm.mode == Mode.X64 ? "x64" : "GC64", org.jresty.runtime.NumberFormat.tostring(h.countKB()),
                h.total(), h.peak(), h.cycles()));
        for (HeapKind k : HeapKind.values()) {
            long bytes = h.bytes(k), objects = h.objects(k);
            if (bytes == 0 && objects == 0) continue;
            lines.add(String.format("  %-18s %12d bytes %10d objects", k.label, bytes, objects));
        }
        return lines;
    }

    @Override
    public double memoryCountKB() {
        return vm.heap.countKB();
    }

    @Override
    public org.jresty.heap.MemoryStats memorySnapshot() {
        return org.jresty.heap.MemoryStats.of(vm.heap);
    }

    @Override
    public void flush() {
        IoLib.flushAll(vm);
        vm.out.flush();
        console.out().flush();
    }
}
