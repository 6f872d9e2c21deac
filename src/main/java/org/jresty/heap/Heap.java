package org.jresty.heap;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jresty.Mode;
import org.jresty.bytecode.Proto;
import org.jresty.bytecode.TemplateTable;
import org.jresty.runtime.GCObject;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.LuaUserdata;
import org.jresty.runtime.UpVal;
import org.jresty.runtime.StringTable;

/**
 * The Lua heap of one VM: LuaJIT's byte-exact accounting for the mode's {@link Layout}, the memory ceiling,
 * statistics, the string table, the shared temporary string buffer and the incremental {@link Collector}.
 *
 * <p>API for the rest of jresty (stable):
 * <ul>
 * <li>objects: {@link #newObject} (accounts and links any GC object; tables and strings do it themselves),
 *     {@link #newUserdata} (userdata: finalizer list), {@link #registerProto} (a loaded chunk's prototypes);
 * <li>blocks owned by objects (stacks, arrays...): {@link #allocBlock}, {@link #freeBlock}, {@link #reallocBlock};
 * <li>the temporary string buffer: {@link #bufferNeed} (string.rep/format/concat/tostring report the size they
 *     need; LuaJIT keeps the buffer counted and halves it at each collection);
 * <li>counts: {@link #total()} bytes ({@code collectgarbage("count")} = total/1024.0), {@link #peak()},
 *     {@link #bytes(HeapKind)}, {@link #objects(HeapKind)}, {@link #cycles()};
 * <li>collector: {@link #setRoots}, {@link #gcCheck()} (call where LuaJIT calls lj_gc_check: after creating
 *     objects in TNEW/TDUP/CAT/FNEW/builtins), {@link #fullGc()}, {@link #collectgarbage(String, int)},
 *     {@link #barrierBack}, {@link #barrierForward};
 * <li>ceiling: {@link #setLimit}, {@link #notEnoughMemory()}, {@link #outOfMemory(OutOfMemoryError)}.
 * </ul>
 */
public final class Heap {
    // Colour bits of GCObject.gcMark (LuaJIT's LJ_GC_*).
    public static final byte WHITE0 = 0x01, WHITE1 = 0x02, BLACK = 0x04, FINALIZED = 0x08, FIXED = 0x20;
    public static final byte WHITES = WHITE0 | WHITE1;
    /** Set on objects linked in the heap's lists (others are traversed once per cycle, never swept). */
    public static final byte LISTED = (byte) 0x80;

    /**
     * x64 mode's wall: the part of the low 2 GB that GC memory can get in a plain luajit process (the rest holds
     * the executable, the C heap and other mappings). Calibrated on grow.lua, whose last line in LuaJIT is
     * 2058352.6669922 KB: the next 1 MB string does not fit.
     */
    public static final long X64_WALL = 2_108_000_000L;
    /** LJ_MAX_MEM64: GC64's architectural limit (the JVM's heap is the practical one). */
    public static final long GC64_LIMIT = 1L << 47;

    public final Mode mode;
    public final Layout layout;
    public final StringTable strings;
    final Collector gc;
    final RuntimeObjects runtime = new RuntimeObjects(this);

    private long total;
    private long peak;
    private final long[] bytesByKind = new long[HeapKind.values().length];
    private final long[] objectsByKind = new long[HeapKind.values().length];
    private long limit;
    private long lowHeapReserve;
    private boolean inEmergencyGc;
    private long bufferSize;
    private final LuaString memoryErrorMessage;

    /** LuaJIT's root list: every GC object but strings (in the string table) and userdata. */
    final ObjectList objects = new ObjectList(1024);
    /** LuaJIT's userdata list (after the main thread in its root list, kept apart for finalization). */
    final ObjectList udata = new ObjectList(16);

    public Heap(Mode mode) {
        this.mode = mode;
        this.layout = Layout.of(mode);
        this.limit = mode == Mode.X64 ? X64_WALL : GC64_LIMIT;
        account(HeapKind.STATE, layout.ggState);
        this.gc = new Collector(this);
        this.strings = new StringTable(this);
        // LuaJIT's startup interns, as fixed strings, the metamethod names (lj_meta_init), the reserved words
        // (lj_lex_init) and its memory error message.
        for (String name : CORE_STRINGS) {
            strings.fix(strings.intern(name));
        }
        this.memoryErrorMessage = strings.intern("not enough memory");
        gc.threshold = 4 * luajitCoreBytes(layout);
    }

    // --------------------------------------------------------------------------------------- accounting

    /** Accounts a new GC object and links it into the collector's list (as a new, current-white object). */
    public void newObject(GCObject o, HeapKind kind, long bytes) {
        ensure(bytes);
        account(kind, bytes);
        objectsByKind[kind.ordinal()]++;
        o.gcMark = (byte) (gc.currentWhite | LISTED);
        objects.add(o);
        if (!(o instanceof Traversable) && !(o instanceof Proto) && !(o instanceof LuaTable)
                && !RuntimeObjects.knows(o)) {
            gc.rememberLeafSize(o, kind, bytes);
        }
    }

    /** Accounts a new userdata (it must implement {@link Traversable}); kept in LuaJIT's userdata list. */
    public void newUserdata(GCObject u, long bytes) {
        ensure(bytes);
        account(HeapKind.USERDATA, bytes);
        objectsByKind[HeapKind.USERDATA.ordinal()]++;
        u.gcMark = (byte) (gc.currentWhite | LISTED);
        udata.add(u);
    }

    // ------------------------------------------------------------------ the VM's objects (one call each)

    /** A Lua closure (FNEW, load): GCfuncL with one reference per upvalue. */
    public void newLuaClosure(LuaClosure f) {
        newObject(f, HeapKind.FUNCTION, layout.funcLSize(f.upvals.length));
    }

    /** A builtin function object with {@code nupvalues} upvalue slots (GCfuncC). */
    public void newBuiltin(GCObject f, int nupvalues) {
        if (f instanceof org.jresty.runtime.Builtin b) b.nupvalues = nupvalues;
        newObject(f, HeapKind.FUNCTION, layout.funcCSize(nupvalues));
    }

    /** An upvalue (GCupval), created when a closure first captures a variable. */
    public void newUpvalue(UpVal uv) {
        newObject(uv, HeapKind.UPVALUE, layout.upval);
    }

    /** A userdata (newproxy, library handles): GCudata + payload of {@code u.size} bytes. */
    public void newUserdata(LuaUserdata u) {
        newUserdata(u, layout.userdataSize(u.size));
    }

    /** A coroutine: lua_State plus its first stack (LJ_STACK_START + LJ_STACK_EXTRA slots). */
    public void newThread(LuaThread th) {
        newObject(th, HeapKind.THREAD, layout.thread);
        addStack(th);
    }

    /** The main thread: its lua_State is part of GG_State, its stack is allocated at startup. */
    public void registerMainThread(LuaThread th) {
        addStack(th);
    }

    private void addStack(LuaThread th) {
        int slots = layout.initialStackSlots();
        allocBlock(HeapKind.STACK, (long) slots * Layout.TVALUE);
        runtime.stacks.put(th, new RuntimeObjects.StackSize(slots));
    }

    /**
     * The thread's stack must reach slot {@code top} (absolute, 0 = the stack's first slot; LuaJIT's maxstack is
     * stacksize - LJ_STACK_EXTRA - 1). When it does not, it grows as lj_state_growstack(L, need): the VM passes
     * the called function's framesize as {@code need} (what LuaJIT's vm_growstack passes), a builtin the slots it
     * asked for. Returns false on stack overflow (the caller raises "stack overflow").
     */
    public boolean stackNeed(LuaThread th, int top, int need) {
        RuntimeObjects.StackSize s = runtime.stacks.get(th);
        if (s == null) {
            return true;
        }
        while (top > s.slots - layout.stackExtra - 1) {
            if (!runtime.grow(s, Math.max(need, 1))) {
                return false;
            }
        }
        return true;
    }

    /** LuaJIT's current stack size of a thread in slots (L->stacksize), or 0 when unknown. */
    public int stackSlots(LuaThread th) {
        RuntimeObjects.StackSize s = runtime.stacks.get(th);
        return s == null ? 0 : s.slots;
    }

    /** Accounts a string created by the string table (it is linked in the table's chains, not in the list). */
    public void newString(int len) {
        long bytes = layout.stringSize(len);
        ensure(bytes);
        account(HeapKind.STRING, bytes);
        objectsByKind[HeapKind.STRING.ordinal()]++;
    }

    /** Gives back a swept string's bytes (the string table calls it). */
    public void freeString(int len) {
        freeObject(HeapKind.STRING, layout.stringSize(len));
    }

    /** Allocates a block owned by an object (array part, hash part, stack, string table...). */
    public void allocBlock(HeapKind kind, long bytes) {
        if (bytes > 0) {
            ensure(bytes);
            account(kind, bytes);
        }
    }

    public void freeBlock(HeapKind kind, long bytes) {
        account(kind, -bytes);
    }

    /** Resizes an owned block (lj_mem_realloc). */
    public void reallocBlock(HeapKind kind, long oldBytes, long newBytes) {
        if (newBytes > oldBytes) {
            ensure(newBytes - oldBytes);
        }
        account(kind, newBytes - oldBytes);
    }

    /** Gives back a swept table's bytes: the object (colocated slots included), its array and its hash part. */
    public void freeTable(long objectBytes, long arrayBytes, long hashBytes) {
        total -= objectBytes + arrayBytes + hashBytes;
        bytesByKind[HeapKind.TABLE.ordinal()] -= objectBytes;
        bytesByKind[HeapKind.TABLE_ARRAY.ordinal()] -= arrayBytes;
        bytesByKind[HeapKind.TABLE_HASH.ordinal()] -= hashBytes;
        objectsByKind[HeapKind.TABLE.ordinal()]--;
    }

    /** Gives back the bytes of a swept object (the collector calls it). */
    void freeObject(HeapKind kind, long bytes) {
        account(kind, -bytes);
        objectsByKind[kind.ordinal()]--;
    }

    private void account(HeapKind kind, long delta) {
        total += delta;
        bytesByKind[kind.ordinal()] += delta;
        if (total > peak) {
            peak = total;
        }
    }

    /**
     * Accounts every prototype of a freshly compiled chunk as LuaJIT's parser leaves the heap: each prototype
     * (with its template tables, which live and die with it), plus each function's constant table (fs->kt: a
     * table without hash part that receives every constant and every string the lexer scans in that function,
     * see {@link ParserConstantTables}; garbage once the parse is done, so it stays counted until the next
     * collection). Call after {@code Compiler.compile} with the VM's string table and the source.
     */
    public void registerProto(Proto p, byte[] source) {
        List<Proto> protos = ParserConstantTables.preorder(p);
        List<List<Object>> keys = source == null ? null : ParserConstantTables.keys(source, p);
        for (int i = protos.size() - 1; i >= 0; i--) {
            Proto f = protos.get(i);
            LuaTable kt = new LuaTable(this);
            if (keys != null) {
                for (Object k : keys.get(i)) {
                    kt.set(k, Boolean.TRUE);
                }
            } else {
                // Without the source: the constants plus the one string every function scans at least.
                for (int n = f.kgc.length + f.knum.length + 1; n > 0; n--) {
                    kt.set(new Object(), Boolean.TRUE);
                }
            }
            newObject(f, HeapKind.PROTO, protoBytes(f));
        }
    }

    /** As {@link #registerProto(Proto, byte[])} without the source (the constant tables are estimated). */
    public void registerProto(Proto p) {
        registerProto(p, null);
    }

    /** Accounts the prototypes of a loaded binary dump (no parser tables are left behind). */
    public void registerLoadedProto(Proto p) {
        for (Object k : p.kgc) {
            if (k instanceof Proto child) {
                registerLoadedProto(child);
            }
        }
        newObject(p, HeapKind.PROTO, protoBytes(p));
    }

    /** A prototype's bytes plus its template tables' (fixed once built: computed once, kept in the prototype). */
    long protoBytes(Proto p) {
        long size = p.heapBytes;
        if (size == 0) {
            size = computeProtoBytes(p);
            p.heapBytes = size;
        }
        return size;
    }

    private long computeProtoBytes(Proto p) {
        long size = protoSize(p);
        for (Object k : p.kgc) {
            if (k instanceof TemplateTable t) {
                size += templateSize(t);
            }
        }
        return size;
    }

    /** GCproto's size as fs_finish computes it: header, bytecode, GC constants, numbers, upvalues, debug info. */
    public long protoSize(Proto p) {
        long size = layout.protoHeader + 4L * p.bc.length + (long) layout.ref * p.kgc.length;
        size = (size + 7) & ~7L;
        size += 8L * p.knum.length;
        size += ((p.uv.length + 1) & ~1) * 2L;
        size += ProtoDebugSize.of(p);
        return size;
    }

    /** A template table's size (a constant table the parser built: newtab with the template's sizes). */
    public long templateSize(TemplateTable t) {
        int asize = t.array.length;
        long size = layout.tableSize(asize > 0 && asize <= Layout.MAX_COLOSIZE ? asize : 0);
        if (asize > Layout.MAX_COLOSIZE) {
            size += Layout.arraySize(asize);
        }
        return size + (t.hashBits > 0 ? Layout.hashSize(1 << t.hashBits) : 0);
    }

    /** Metamethod names (lj_meta_init, FFI build: __new, __pairs and __ipairs included) and the lexer's reserved words (lj_lex_init): fixed strings. */
    private static final String[] CORE_STRINGS = {
        "__index", "__newindex", "__gc", "__mode", "__eq", "__len", "__lt", "__le", "__concat", "__call", "__add",
        "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__metatable", "__tostring", "__new",
        "__pairs", "__ipairs",
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in", "local",
        "nil", "not", "or", "repeat", "return", "then", "true", "until", "while", "not enough memory"};

    /**
     * What LuaJIT holds when it sets its first GC threshold (4 times this, at the end of cpluaopen, before the
     * libraries open): GG_State, the main stack, _G (64 nodes), the registry (4 nodes), the string table and the
     * fixed strings. jresty starts pacing from the same threshold so that collections happen where LuaJIT's do.
     */
    public static long luajitCoreBytes(Layout layout) {
        long b = layout.ggState + (long) layout.initialStackSlots() * Layout.TVALUE
                + layout.tableSize(0) + Layout.hashSize(64) + layout.tableSize(0) + Layout.hashSize(4)
                + layout.stringTableSize(Layout.MIN_STRTAB);
        for (String s : CORE_STRINGS) {
            b += layout.stringSize(s.length());
        }
        return b;
    }

    // ----------------------------------------------------------------------------------- string buffer

    /**
     * The shared temporary buffer must hold {@code len} bytes (lj_buf_need): it grows by doubling from at least
     * 32 bytes and stays counted until a collection halves it.
     */
    public void bufferNeed(long len) {
        if (len <= bufferSize) {
            return;
        }
        if (len > Layout.MAX_STR) {
            throw memoryError();
        }
        long n = Math.max(bufferSize, Layout.MIN_SBUF);
        while (n < len) {
            n += n;
        }
        reallocBlock(HeapKind.STRING_BUFFER, bufferSize, n);
        bufferSize = n;
    }

    /** Current size of the temporary buffer. */
    public long bufferSize() {
        return bufferSize;
    }

    /** lj_buf_shrink at the atomic phase: halves a buffer bigger than 64 bytes. */
    void bufferShrink() {
        if (bufferSize > 2L * Layout.MIN_SBUF) {
            long n = bufferSize >> 1;
            reallocBlock(HeapKind.STRING_BUFFER, bufferSize, n);
            bufferSize = n;
        }
    }

    // ------------------------------------------------------------------------------------------ ceiling

    /** Sets the ceiling in bytes (tests lower x64's wall to hit it quickly). */
    public void setLimit(long bytes) {
        this.limit = bytes;
    }

    public long limit() {
        return limit - lowHeapReserve;
    }

    /**
     * Small blocks that C code takes from the low heap (e.g. small {@code ffi.C.malloc} blocks) squeeze x64's wall;
     * large ones come from mmap above 4 GB and do not. Negative values give space back.
     */
    public void reserveLowHeap(long bytes) {
        if (mode == Mode.X64) {
            lowHeapReserve += bytes;
        }
    }

    /** An allocation past the ceiling runs a full collection and retries once, then raises "not enough memory". */
    private void ensure(long bytes) {
        if (total + bytes <= limit - lowHeapReserve) {
            return;
        }
        if (!inEmergencyGc && gc.canCollect()) {
            inEmergencyGc = true;
            try {
                gc.fullGc();
            } finally {
                inEmergencyGc = false;
            }
            if (total + bytes <= limit - lowHeapReserve) {
                return;
            }
        }
        throw memoryError();
    }

    /**
     * The memory error LuaJIT raises (LUA_ERRMEM: the bare message, no position; catchable with pcall; the CLI
     * prints "jresty: not enough memory" and exits with status 1).
     */
    public LuaError memoryError() {
        return new LuaError((Object) memoryErrorMessage);
    }

    /** The same error without a heap at hand. */
    public static LuaError notEnoughMemory() {
        return new LuaError((Object) LuaString.wrap("not enough memory".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /**
     * For the VM's protected boundaries: the JVM ran out of heap (GC64's real ceiling). Returns the Lua error to
     * raise instead (the Java objects of the failed operation are unreachable by then).
     */
    public LuaError outOfMemory(OutOfMemoryError e) {
        oomReserve = null; // headroom to build the error, unwind and collect
        return memoryError();
    }

    /**
     * After a JVM out-of-memory error was caught and the Lua stack unwound: a full collection unlinks the garbage
     * so that Java can reclaim it, then the reserve is taken again for the next time.
     */
    public void recoverFromOutOfMemory() {
        try {
            fullGc();
        } catch (OutOfMemoryError stillFull) {
            return;
        }
        retakeOomReserve();
    }

    /**
     * Takes the reserve again if an out-of-memory error spent it. Recovery may fail to (the failed code's data can
     * stay reachable for a while), so every finished collection cycle tries again: otherwise the next error would
     * have no headroom left to unwind and report itself.
     */
    void retakeOomReserve() {
        if (oomReserve == null) {
            // Not while the Java heap is still nearly full (the failed code's data not yet reclaimed): taking the
            // headroom back then would leave the error being unwound without any.
            Runtime rt = Runtime.getRuntime();
            if (rt.maxMemory() - rt.totalMemory() + rt.freeMemory() < 4L * OOM_RESERVE_BYTES) {
                return;
            }
            try {
                oomReserve = new byte[OOM_RESERVE_BYTES];
            } catch (OutOfMemoryError stillFull) {
                // stays released until a later cycle frees enough
            }
        }
    }

    /** Java heap kept back for recovering from the JVM's OutOfMemoryError (one for the whole JVM). */
    private static final int OOM_RESERVE_BYTES = 4 << 20;
    private static volatile byte[] oomReserve = new byte[OOM_RESERVE_BYTES];

    /** Whether the reserve is held (for tests). */
    static boolean holdsOomReserve() {
        return oomReserve != null;
    }

    // ------------------------------------------------------------------------------------------- counts

    /** Bytes held: collectgarbage("count") is total()/1024.0. */
    public long total() {
        return total;
    }

    public double countKB() {
        return total / 1024.0;
    }

    public long peak() {
        return peak;
    }

    public long bytes(HeapKind kind) {
        return bytesByKind[kind.ordinal()];
    }

    /** Live objects of a kind (strings, tables, closures...; blocks are not objects). */
    public long objects(HeapKind kind) {
        return objectsByKind[kind.ordinal()];
    }

    /**
     * A text report for --mem-stats: the count, peak and cycles, then bytes (and objects) per kind, largest
     * first, kinds holding nothing left out.
     */
    public String statsReport() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("memory (%s): %d bytes (%.2f KB), peak %d bytes, %d GC cycles%n",
                mode == Mode.GC64 ? "GC64" : "x64", total, countKB(), peak, gc.cycles));
        HeapKind[] kinds = HeapKind.values().clone();
        java.util.Arrays.sort(kinds, (x, y) -> Long.compare(bytes(y), bytes(x)));
        for (HeapKind k : kinds) {
            if (bytes(k) == 0 && objects(k) == 0) {
                continue;
            }
            b.append(String.format("  %-18s %12d bytes", k.label, bytes(k)));
            if (objects(k) != 0) {
                b.append(String.format("  %9d objects", objects(k)));
            }
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    /** Completed collection cycles. */
    public long cycles() {
        return gc.cycles;
    }

    // ----------------------------------------------------------------------------------------- collector

    /** Installs the VM's roots; without roots the collector never runs. */
    public void setRoots(RootSet roots) {
        gc.roots = roots;
    }

    public Collector collector() {
        return gc;
    }

    /** Whether {@link #gcCheck} would run a collector step now. */
    public boolean gcDue() {
        return total >= gc.threshold;
    }

    /** lj_gc_check: runs a step when the count passed the threshold. Call after creating objects. */
    public void gcCheck() {
        if (gcDue()) {
            gc.step();
        }
    }

    /** A full collection (collectgarbage("collect")). */
    public void fullGc() {
        gc.fullGc();
    }

    /** Backward barrier for a black table that receives a store (LuaJIT's lj_gc_barrierback). */
    public void barrierBack(GCObject table) {
        gc.barrierBack(table);
    }

    /**
     * Forward barrier for stores into black non-table objects (closed upvalues, userdata metatable/env, closures'
     * environments): call when {@code (o.gcMark & BLACK) != 0} and the stored value is a GC object.
     */
    public void barrierForward(GCObject o, Object value) {
        if ((o.gcMark & BLACK) != 0 && value instanceof GCObject v && (v.gcMark & WHITES) != 0) {
            gc.barrierForward(o, v);
        }
    }

    /**
     * collectgarbage(opt, arg) as LuaJIT's lua_gc: returns the Lua result (Double, or Boolean for "step" and
     * "isrunning"), or null for an unknown option (the caller raises "invalid option"). "count" returns KB.
     */
    public Object collectgarbage(String opt, int arg) {
        switch (opt) {
            case "collect":
                gc.fullGc();
                return 0.0;
            case "count":
                return countKB();
            case "stop":
                gc.threshold = Long.MAX_VALUE;
                return 0.0;
            case "restart":
                gc.threshold = arg == -1 ? (total / 100) * gc.pause : total;
                return 0.0;
            case "step":
                return gc.userStep(arg);
            case "setpause": {
                int old = gc.pause;
                gc.pause = arg;
                return (double) old;
            }
            case "setstepmul": {
                int old = gc.stepmul;
                gc.stepmul = arg;
                return (double) old;
            }
            case "isrunning":
                return gc.threshold != Long.MAX_VALUE;
            default:
                return null;
        }
    }

    /** Interns through the string table (shortcut). */
    public LuaString intern(String s) {
        return strings.intern(s);
    }
}
