package org.jresty.vm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jresty.Mode;
import org.jresty.bytecode.DumpReader;
import org.jresty.bytecode.Proto;
import org.jresty.compiler.Compiler;
import org.jresty.heap.Heap;
import org.jresty.lib.BaseLib;
import org.jresty.lib.CoroutineLib;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.Interner;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.LuaUserdata;
import org.jresty.runtime.UpVal;

/**
 * One Lua VM (LuaJIT's global_State plus its main thread) in one mode: the public entry points.
 *
 * <pre>
 *   LuaVM vm = new LuaVM(Mode.GC64);
 *   LuaFunction f = vm.load(bytes, "@file.lua");   // source or binary dump (ESC first)
 *   Object[] results = vm.call(f, args...);         // errors: LuaError (value = Lua error object)
 * </pre>
 *
 * Libraries: each library class {@code org.jresty.lib.XxxLib} with {@code public static void open(LuaVM)} is
 * opened at startup in LuaJIT's order when it exists (base and coroutine are always there); register functions
 * with {@link org.jresty.lib.LibRegistry}. Builtins call Lua back with {@link #call(LuaThread, Object, Object...)}
 * or {@link Interp#call} on the stack.
 */
public final class LuaVM {
    public final Mode mode;
    /** Slots a call frame takes below its arguments: 1 (x64) or 2 (GC64). */
    public final int frameSlots;
    public final Heap heap;
    public final Interner strings;
    public final Interp interp;
    /** The compile tier (jit.on/off, hotness thresholds, compiled prototypes). */
    public final org.jresty.jit.Jit jit;
    public final LuaThread mainThread;
    /** The running coroutine. */
    public LuaThread current;
    public LuaTable globals;
    public final LuaTable registry;
    /** package.loaded (registry._LOADED). */
    public final LuaTable loaded;
    /** The metatable shared by all strings (set by the string library). */
    public LuaTable stringMeta;
    /** Metatables of nil, boolean, number, function, thread, light values (debug.setmetatable). */
    public LuaTable nilMeta, booleanMeta, numberMeta, functionMeta, threadMeta;
    /** Where print writes. */
    public PrintStream out = System.out;
    /** The base library's next (ISNEXT specializes pairs loops on it). */
    public Builtin nextFn;
    /** The generator ipairs returns (ITERC steps it over a table without calling it). */
    public Builtin ipairsAux;
    /** Set asynchronously (Ctrl-C) to interrupt the running chunk with an error at the next call. */
    public volatile boolean interrupted;

    public final LuaString MM_INDEX, MM_NEWINDEX, MM_CALL, MM_EQ, MM_LT, MM_LE, MM_CONCAT, MM_UNM, MM_LEN,
            MM_TOSTRING, MM_METATABLE, MM_GC, MM_MODE;
    /** __add, __sub, __mul, __div, __mod, __pow (Interp's arithmetic op order). */
    final LuaString[] MM_ARITH;

    /** Values Java code keeps alive (marked as roots): libraries' private tables and functions. */
    public final java.util.List<Object> pinned = new java.util.ArrayList<>();

    private static final String[] OPTIONAL_LIBS = {
        "PackageLib", "TableLib", "IoLib", "OsLib", "StringLib", "MathLib", "DebugLib", "BitLib", "JitLib", "FfiLib",
        "OpenLibsTail"
    };

    public LuaVM(Mode mode) {
        this.mode = mode;
        this.frameSlots = mode.frameSlots();
        this.heap = new Heap(mode);
        this.strings = heap.strings;
        this.interp = new Interp(this);
        this.jit = new org.jresty.jit.Jit(this);
        MM_INDEX = intern("__index");
        MM_NEWINDEX = intern("__newindex");
        MM_CALL = intern("__call");
        MM_EQ = intern("__eq");
        MM_LT = intern("__lt");
        MM_LE = intern("__le");
        MM_CONCAT = intern("__concat");
        MM_UNM = intern("__unm");
        MM_LEN = intern("__len");
        MM_TOSTRING = intern("__tostring");
        MM_METATABLE = intern("__metatable");
        MM_GC = intern("__gc");
        MM_MODE = intern("__mode");
        MM_ARITH = new LuaString[] {intern("__add"), intern("__sub"), intern("__mul"), intern("__div"),
            intern("__mod"), intern("__pow")};
        // Metamethod names are never collected (LuaJIT fixes them too): Java keeps them in fields.
        for (LuaString mm : new LuaString[] {MM_INDEX, MM_NEWINDEX, MM_CALL, MM_EQ, MM_LT, MM_LE, MM_CONCAT,
            MM_UNM, MM_LEN, MM_TOSTRING, MM_METATABLE, MM_GC, MM_MODE}) heap.strings.fix(mm);
        for (LuaString mm : MM_ARITH) heap.strings.fix(mm);
        this.mainThread = new LuaThread(this, 64);
        this.mainThread.status = LuaThread.RUNNING;
        this.current = mainThread;
        // lj_state's cpluaopen: _G with LJ_MIN_GLOBAL (64) nodes, then the registry with LJ_MIN_REGSIZE (4) nodes.
        this.globals = new LuaTable(heap, 0, 6);
        this.registry = new LuaTable(heap, 0, 2);
        this.mainThread.env = globals;
        heap.registerMainThread(mainThread);
        pinned.add(ffiFinalizerTable());
        this.loaded = new LuaTable(heap, 0, 4);  // luaL_findtable(L, REGISTRY, "_LOADED", 16)
        registry.setStr(intern("_LOADED"), loaded);
        countLibraryOpener();
        BaseLib.open(this);
        CoroutineLib.open(this);
        for (String lib : OPTIONAL_LIBS) openOptional("org.jresty.lib." + lib);
        heap.setRoots(new VmRoots(this));
    }

    /**
     * lj_ctype_initfin (cpluaopen, FFI builds of LuaJIT 2.1): the weak-keyed table of cdata finalizers, its own
     * metatable with __mode = "k", a GC root created with the state (after the first GC threshold is set).
     */
    private LuaTable ffiFinalizerTable() {
        LuaTable t = new LuaTable(heap, 0, 1);
        t.setMetatable(t);
        t.setStr(MM_MODE, intern("k"));
        return t;
    }

    /** The libraries luaL_openlibs opens after base (lib_init.c's lj_lib_load). */
    private static final java.util.Set<String> LUAL_OPENLIBS = java.util.Set.of("PackageLib", "TableLib", "IoLib",
        "OsLib", "StringLib", "MathLib", "DebugLib", "BitLib", "JitLib");

    /**
     * luaL_openlibs calls each luaopen_* through lua_pushcfunction: one GCfuncC per library, garbage that stays
     * counted until the first collection (it is part of LuaJIT's startup count).
     */
    private void countLibraryOpener() {
        heap.newBuiltin(Builtin.of("luaopen", (L, base, nargs) -> 0), 0);
    }

    private void openOptional(String className) {
        Class<?> c;
        try {
            c = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return;
        }
        if (LUAL_OPENLIBS.contains(className.substring(className.lastIndexOf('.') + 1))) countLibraryOpener();
        try {
            c.getMethod("open", LuaVM.class).invoke(null, this);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot open " + className + ": " + cause, cause);
        }
    }

    // ---------------------------------------------------------------------------------------------- strings

    public LuaString intern(String s) {
        return strings.intern(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    public LuaString intern(byte[] b) {
        return strings.intern(b, 0, b.length);
    }

    public LuaString intern(byte[] b, int off, int len) {
        return strings.intern(b, off, len);
    }

    // ---------------------------------------------------------------------------------------------- loading

    /**
     * Compiles a chunk (or reads a binary dump when it starts with ESC) into a function whose environment is the
     * globals. Syntax errors are thrown as LuaError (LuaSyntaxError) with LuaJIT's text.
     */
    /**
     * luaL_loadfile's chunk name for a file ("=stdin" for null). LuaJIT makes "@filename" with lua_pushfstring, in
     * the shared temporary buffer, which grows to hold it and stays counted until a collection shrinks it.
     */
    public String fileChunkname(String filename) {
        if (filename == null) return "=stdin";
        heap.bufferNeed(1L + filename.length());
        return "@" + filename;
    }

    public LuaFunction load(byte[] chunk, String chunkname) {
        return load(chunk, chunkname, globals);
    }

    public LuaFunction load(byte[] chunk, String chunkname, LuaTable env) {
        Proto p;
        if (chunk.length > 0 && chunk[0] == 0x1b) {
            p = DumpReader.read(chunk, chunkname, mode, strings);
            heap.registerLoadedProto(p);
        } else {
            p = Compiler.compile(chunk, chunkname, mode, strings);
            heap.registerProto(p, chunk); // the source sizes the parser's leftover constant tables
        }
        return newClosure(p, LuaClosure.NO_UPVALS, env);
    }

    /** A closure of a prototype (the interpreter's FNEW and load use this). */
    public LuaClosure newClosure(Proto p, UpVal[] ups, LuaTable env) {
        LuaClosure c = new LuaClosure(p, ups, env);
        c.kbox = p.boxedKnum();
        heap.newLuaClosure(c);
        return c;
    }

    /** Loads and runs a file ("@path" chunk name); returns its results. */
    public Object[] doFile(String path, Object... args) throws IOException {
        byte[] src = Files.readAllBytes(Path.of(path));
        return call(load(src, fileChunkname(path)), args);
    }

    /** Loads and runs a string chunk. */
    public Object[] doString(String code, String chunkname) {
        return call(load(code.getBytes(StandardCharsets.UTF_8), chunkname));
    }

    // ---------------------------------------------------------------------------------------------- calling

    /** Calls fn(args...) on the running thread; errors propagate as LuaError. */
    public Object[] call(Object fn, Object... args) {
        return interp.callValues(current, fn, args);
    }

    /** Calls fn(args...) on thread L (from a builtin). */
    public Object[] call(LuaThread L, Object fn, Object... args) {
        return interp.callValues(L, fn, args);
    }

    /**
     * Calls fn(args...) like lua_pcall with debug.traceback as message handler: on error the LuaError carries
     * the traceback in {@link LuaError#luaTraceback} (what the command line prints).
     */
    public Object[] callWithTraceback(Object fn, Object... args) {
        LuaThread L = current;
        String[] trace = new String[1];
        Builtin handler = Builtin.of("traceback", (T, base, nargs) -> {
            trace[0] = Traceback.traceback(T, null, 1);
            return nargs > 0 ? 1 : 0;
        });
        heap.newBuiltin(handler, 0);  // luajit.c's docall pushes its traceback C function: a new GCfuncC
        Object[] all = new Object[args.length + 2];
        all[0] = fn;
        all[1] = handler;
        System.arraycopy(args, 0, all, 2, args.length);
        Object[] r = interp.callValues(L, BaseLib.xpcall(this), all);
        if (r.length > 0 && r[0] == Boolean.TRUE) {
            Object[] out = new Object[r.length - 1];
            System.arraycopy(r, 1, out, 0, out.length);
            return out;
        }
        LuaError e = new LuaError(r.length > 1 ? r[1] : null);
        e.luaTraceback = trace[0];
        throw e;
    }

    // ---------------------------------------------------------------------------------------------- values

    /** Metatable of values other than tables, userdata and strings (set by debug.setmetatable). */
    public LuaTable typeMetatable(Object o) {
        if (o == null) return nilMeta;
        if (o instanceof Boolean) return booleanMeta;
        if (o instanceof Double) return numberMeta;
        if (o instanceof LuaFunction) return functionMeta;
        if (o instanceof LuaThread) return threadMeta;
        return null;
    }

    public LuaTable getMetatable(Object o) {
        return Meta.metatable(this, o);
    }

    /** tostring(v) as the base library does it (with __tostring; calls Lua on the running thread). */
    public LuaString tostring(Object v) {
        return tostring(current, v);
    }

    public LuaString tostring(LuaThread L, Object v) {
        Object r = tostringAny(L, v);
        if (r instanceof LuaString s) return s;
        if (r instanceof Double d) return org.jresty.runtime.StrCat.number(strings, d);
        throw new LuaError("'tostring' must return a string to 'print'");
    }

    /** The base library's tostring: whatever __tostring returns (LuaJIT does not check it), else the raw text. */
    public Object tostringAny(LuaThread L, Object v) {
        Object mm = Meta.mm(this, v, MM_TOSTRING);
        if (mm != null) return interp.call1(L, mm, v, null, 1);
        return rawToString(v);
    }

    /** tostring without __tostring: "nil", "true", numbers, strings, "table: 0x...". */
    public LuaString rawToString(Object v) {
        if (v instanceof LuaString s) return s;
        if (v instanceof Double d) return org.jresty.runtime.StrCat.number(strings, d);
        return intern(rawToJava(v));
    }

    public static String rawToJava(Object v) {
        if (v == null) return "nil";
        if (v instanceof Boolean b) return b ? "true" : "false";
        if (v instanceof Double d) return Conv.numberToString(d);
        if (v instanceof LuaString s) return s.toString();
        // lj_strfmt_obj: a fast function (ffid > FF_C) prints its id, any other function its address
        if (v instanceof Builtin b && b.ffid != 0) return "function: builtin#" + b.ffid;
        String kind = Conv.typeName(v);
        return kind + ": " + address(v);
    }

    /** A stable fake address for tostring ("0x" and hex digits, like LuaJIT's %p). */
    public static String address(Object v) {
        return String.format("0x%08x", System.identityHashCode(v));
    }

    /** Creates a full userdata (newproxy, library handles). */
    public LuaUserdata newUserdata(LuaTable mt, Object payload) {
        LuaUserdata u = new LuaUserdata(mt, payload);
        heap.newUserdata(u);
        return u;
    }
}
