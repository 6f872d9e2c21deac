package org.jresty.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jresty.Mode;
import org.jresty.runtime.LuaError;

/**
 * A stand-in Lua state that records what the frontend asks of it, to test option order and messages without
 * the VM. Its "chunks" are tiny commands: {@code print:TEXT} writes TEXT and a newline, {@code error:MSG} fails
 * with MSG, {@code set:NAME=VALUE} sets a global, {@code return A,B} returns its comma-separated words; a chunk
 * ending in "..." is incomplete (syntax error near '<eof>'), one containing "!" or neither ":" nor a leading
 * "return " has another syntax error.
 */
final class FakeHost implements LuaHost {
    final Mode mode;
    final Frontend.Console console;
    final List<String> events = new ArrayList<>();
    final Map<String, Object> globals = new LinkedHashMap<>();
    Object[] argTable;
    int argf;

    FakeHost(Mode mode, Frontend.Console console) {
        this.mode = mode;
        this.console = console;
        globals.put("print", "print");
        globals.put("require", "require");
    }

    record Fn(String src, String chunkname) {
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public void createArgTable(String[] argv, int argf) {
        this.argTable = argv.clone();
        this.argf = argf;
        events.add("arg " + String.join(" ", argv) + " @" + argf);
    }

    @Override
    public Object load(byte[] chunk, String chunkname) {
        String src = new String(chunk, StandardCharsets.UTF_8);
        String where = chunkname.startsWith("=") || chunkname.startsWith("@") ? chunkname.substring(1) : chunkname;
        if (src.endsWith("...")) throw new LuaError(where + ":1: unexpected symbol near '<eof>'");
        if (src.contains("!") || src.startsWith("return ") && (src.contains(":") || src.startsWith("return return"))) {
            throw new LuaError(where + ":1: unexpected symbol near '!'");
        }
        if (!src.startsWith("return ") && !src.contains(":")) throw new LuaError(where + ":1: '=' expected near 'x'");
        return new Fn(src, chunkname);
    }

    @Override
    public Object loadFile(String filename) {
        byte[] b = ChunkFiles.read(filename, console.in());
        return load(b, ChunkFiles.chunkname(filename));
    }

    @Override
    public Object[] scriptArgs() {
        List<Object> out = new ArrayList<>();
        for (int i = argf + 1; i < argTable.length; i++) out.add(argTable[i]);
        return out.toArray();
    }

    @Override
    public Object[] docall(Object fn, Object... args) {
        if (fn.equals("require")) {
            events.add("require " + args[0]);
            if (args[0].equals("missing")) throw new LuaError("module 'missing' not found");
            return new Object[0];
        }
        Fn f = (Fn) fn;
        events.add("call " + f.chunkname + " " + f.src.strip() + (args.length > 0 ? " " + Arrays.toString(args) : ""));
        String src = f.src.strip();
        if (src.startsWith("print:")) {
            console.out().println(src.substring(6));
        } else if (src.startsWith("error:")) {
            String msg = src.substring(6);
            throw new LuaError(msg.equals("nil") ? null : (Object) (msg + "\nstack traceback:\n\t[C]: in ?"));
        } else if (src.startsWith("set:")) {
            String[] kv = src.substring(4).split("=", 2);
            globals.put(kv[0], kv[1]);
        } else if (src.startsWith("return ")) {
            List<Object> vals = new ArrayList<>();
            for (String w : src.substring(7).split(",")) {
                w = w.strip();
                vals.add(globals.containsKey(w) ? globals.get(w) : w.equals("nil") ? null : w);
            }
            return vals.toArray();
        }
        return new Object[0];
    }

    @Override
    public Object[] pcall(Object fn, Object... args) {
        if (fn.equals("print")) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) sb.append('\t');
                sb.append(args[i] == null ? "nil" : args[i]);
            }
            console.out().println(sb);
            return new Object[0];
        }
        return docall(fn, args);
    }

    @Override
    public Object getGlobal(String name) {
        return globals.get(name);
    }

    @Override
    public Object luaString(String byteString) {
        return byteString;
    }

    @Override
    public String toStringOrNull(Object value) {
        if (value instanceof org.jresty.runtime.LuaString ls) return ls.toString();
        return value instanceof String s ? s : value instanceof Double d ? d.toString() : null;
    }

    @Override
    public void requestInterrupt() {
        events.add("interrupt");
    }

    @Override
    public void clearInterrupt() {
    }

    @Override
    public void fullGc() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> stringKeys(Object table) {
        return table instanceof Map<?, ?> m ? new ArrayList<>((java.util.Set<String>) m.keySet()) : List.of();
    }

    @Override
    public Object rawField(Object table, String key) {
        return table instanceof Map<?, ?> m ? m.get(key) : null;
    }

    @Override
    public Object getMetatable(Object value) {
        return value instanceof String ? Map.of("__index", Map.of("upper", "f", "sub", "f")) : null;
    }

    @Override
    public List<String> memoryStats() {
        return List.of("fake stats");
    }

    @Override
    public double memoryCountKB() {
        return mode == Mode.X64 ? 29.3955078125 : 36.4072265625;
    }

    @Override
    public void flush() {
        console.out().flush();
    }
}
