package org.jresty.vm;

import static org.jresty.vm.Frame.K_CAT;
import static org.jresty.vm.Frame.K_COND;
import static org.jresty.vm.Frame.K_NORMAL;
import static org.jresty.vm.Frame.K_PCALL_BODY;

import java.util.Arrays;
import org.jresty.bytecode.CDataConst;
import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;
import org.jresty.bytecode.TemplateTable;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.LuaUserdata;
import org.jresty.runtime.StrCat;
import org.jresty.runtime.UpVal;

/**
 * The bytecode interpreter (LuaJIT's lj_vm semantics). Lua-to-Lua calls push a {@link Frame} and continue in
 * the same Java loop; metamethod calls, pcall/xpcall bodies and iterator calls are frames with continuations, so
 * coroutines can yield across them. Builtins that call back into Lua use {@link #call}, which nests a Java
 * loop: a yield through it raises "attempt to yield across C-call boundary".
 */
public final class Interp {
    /** LUAI_MAXSTACK: Lua stack slots per coroutine. */
    static final int MAXSTACK = 65500;
    /** LUAI_MAXCCALLS: nested Java-to-Lua calls. */
    static final int MAX_CCALLS = 200;
    /** Free slots kept above a frame (metamethod calls, builtins' LUA_MINSTACK). */
    static final int EXTRA = 24;
    /** LJ_MAX_IDXCHAIN. */
    static final int MAX_IDXCHAIN = 100;

    /** Marks "a metamethod frame was pushed or a call completed: reload the running frame". */
    static final Object PENDING = new Object();

    final LuaVM vm;
    /** Slots a call frame takes below its arguments (1 in x64, 2 in GC64). */
    final int fsl;
    final boolean fr2;
    int nCcalls;
    /** Highest slot a frame may reach: LUAI_MAXSTACK less LuaJIT's reserve (calibrated on recursion depths). */
    final int stackLimit;
    /** debug.sethook state: the interpreter reports call/return/line/count events through it. */
    final org.jresty.lib.debug.Hooks hooks;
    /** Compile tier: a prototype is compiled when its hotcount reaches this (Integer.MAX_VALUE: tier off). */
    public int hotLimit = Integer.MAX_VALUE;
    /** Times compiled code was entered (tests check that the compiled path ran). */
    public long jitEntries;

    private static final Double[] SMALL = new Double[1024 + 256];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = (double) (i - 256);
    }

    /** An integer boxed for the Lua stack; small ones (byte values, loop counters...) come from a cache. */
    public static Double num(int i) {
        return i >= -256 && i < 1024 ? SMALL[i + 256] : Double.valueOf(i);
    }

    Interp(LuaVM vm) {
        this.vm = vm;
        this.fr2 = vm.mode.fr2;
        this.fsl = fr2 ? 2 : 1;
        this.stackLimit = MAXSTACK - (fr2 ? 4 : 2);
        this.hooks = org.jresty.lib.debug.Hooks.of(vm);
    }

    // ================================================================================================ frames

    static Frame pushFrame(LuaThread L) {
        int d = L.depth;
        Frame[] fr = L.frames;
        Frame f;
        if (d >= fr.length || (f = fr[d]) == null) f = newFrame(L, d);
        L.depth = d + 1;
        f.handler = null;
        f.isPcall = false;
        f.tailcalled = false;
        f.nvarargs = 0;
        f.nargs = 0;
        return f;
    }

    private static Frame newFrame(LuaThread L, int d) {
        if (d >= L.frames.length) L.frames = Arrays.copyOf(L.frames, Math.max(d + 1, L.frames.length * 2));
        Frame f = L.frames[d];
        if (f == null) L.frames[d] = f = new Frame();
        return f;
    }

    /** First slot above everything the running frame uses. */
    int freeSlot(LuaThread L) {
        if (L.depth == 0) return Math.max(L.top, 0);
        Frame f = L.frames[L.depth - 1];
        if (f.cl != null) return Math.max(L.top, f.base + f.cl.proto.framesize);
        return Math.max(L.top, f.base + f.nargs);
    }

    private void checkStack(LuaThread L, int need, int framesize) {
        if (need > stackLimit && (handlerDepth == 0 || need > stackLimit + HANDLER_EXTRA)) throw stackOverflow(L);
        if (need + EXTRA > L.stack.length) L.ensureStack(need + EXTRA);
        if (need > L.stackAccounted) accountStack(L, need, framesize);
    }

    /** Grows LuaJIT's modelled stack size in the heap count (lj_state_growstack). */
    private void accountStack(LuaThread L, int top, int need) {
        if (!vm.heap.stackNeed(L, top, need) && handlerDepth == 0) throw stackOverflow(L);
        L.stackAccounted = vm.heap.stackSlots(L) - vm.heap.layout.stackExtra - 1;
    }

    private LuaError stackOverflow(LuaThread L) {
        return rtError(L, "stack overflow");
    }

    /**
     * Calls stack[fs] with nargs arguments at fs+frameSlots. Lua functions get a frame (the caller must then run
     * the interpreter); builtins run to completion and their results are delivered.
     */
    void precall(LuaThread L, int fs, int nargs, int resultSlot, int nresults, int kind, int contArg) {
        Object fv = L.stack[fs];
        if (fv instanceof LuaClosure cl) {
            pushLua(L, cl, fs, nargs, resultSlot, nresults, kind, contArg);
        } else if (fv instanceof Builtin b && b.special == Builtin.SPECIAL_NONE) {
            callBuiltin(L, b, fs, nargs, resultSlot, nresults, kind, contArg);
        } else {
            precallSlow(L, fs, nargs, resultSlot, nresults, kind, contArg);
        }
    }

    /** pcall, xpcall and yield, and values called through __call (which shift the arguments up by one). */
    private void precallSlow(LuaThread L, int fs, int nargs, int resultSlot, int nresults, int kind, int contArg) {
        Object fv = L.stack[fs];
        for (;;) {
            if (fv instanceof LuaClosure cl) {
                pushLua(L, cl, fs, nargs, resultSlot, nresults, kind, contArg);
                return;
            }
            if (fv instanceof Builtin b) {
                if (b.special == Builtin.SPECIAL_TOSTRING && tostringFast(L, fs, nargs, resultSlot, nresults, kind)) {
                    return;
                }
                if (b.special != Builtin.SPECIAL_NONE) {
                    special(L, b, fs, nargs, resultSlot, nresults, kind, contArg);
                } else {
                    callBuiltin(L, b, fs, nargs, resultSlot, nresults, kind, contArg);
                }
                return;
            }
            Object mm = Meta.mm(vm, fv, vm.MM_CALL);
            if (!(mm instanceof LuaFunction)) throw callError(L, fs, fv);
            int ab = fs + fsl;
            L.ensureStack(ab + nargs + 1 + EXTRA);
            Object[] st = L.stack;
            System.arraycopy(st, ab, st, ab + 1, nargs);
            st[ab] = fv;
            st[fs] = mm;
            nargs++;
            fv = mm;
        }
    }

    /**
     * Pushes the frame of a Lua closure called at fs. Kept small enough for HotSpot to inline into the
     * interpreter loop (FreqInlineSize): vararg functions and the checks that rarely fire live elsewhere.
     */
    void pushLua(LuaThread L, LuaClosure cl, int fs, int nargs, int resultSlot, int nresults, int kind,
                 int contArg) {
        if ((cl.proto.flags & Proto.VARARG) != 0) {
            pushVararg(L, cl, fs, nargs, resultSlot, nresults, kind, contArg);
        } else {
            pushFixed(L, cl, fs, nargs, resultSlot, nresults, kind, contArg);
        }
        if (hooks.onCall) hooks.call(L);
    }

    /** The frame of a function without varargs (no call hook run): returns it. */
    private Frame pushFixed(LuaThread L, LuaClosure cl, int fs, int nargs, int resultSlot, int nresults, int kind,
                            int contArg) {
        Proto p = cl.proto;
        int base = fs + fsl;
        int top = base + p.framesize;
        if (top > L.stackAccounted || top + EXTRA > L.stack.length || top > stackLimit) {
            checkStack(L, top, p.framesize);
        }
        Object[] st = L.stack;
        for (int i = nargs, np = p.numparams; i < np; i++) st[base + i] = null;
        Frame f = pushFrame(L);
        f.func = cl;
        f.cl = cl;
        f.funcSlot = fs;
        f.base = base;
        f.pc = 1;
        f.resultSlot = resultSlot;
        f.nresults = nresults;
        f.kind = kind;
        f.contArg = contArg;
        f.nargs = nargs;
        return f;
    }

    /**
     * A vararg function's frame: the function and its fixed parameters move above the arguments (FRAME_VARG).
     * Returns it (no call hook run).
     */
    private Frame pushVararg(LuaThread L, LuaClosure cl, int fs, int nargs, int resultSlot, int nresults, int kind,
                             int contArg) {
        Proto p = cl.proto;
        int base = fs + fsl;
        int np = p.numparams;
        int nb = base + nargs + fsl;
        checkStack(L, nb + p.framesize, p.framesize);
        Object[] st = L.stack;
        st[nb - fsl] = cl;
        if (fr2) st[nb - 1] = null;
        for (int i = 0; i < np; i++) {
            st[nb + i] = i < nargs ? st[base + i] : null;
        }
        Frame f = pushFrame(L);
        f.func = cl;
        f.cl = cl;
        f.funcSlot = fs;
        f.base = nb;
        f.pc = 1;
        f.resultSlot = resultSlot;
        f.nresults = nresults;
        f.kind = kind;
        f.contArg = contArg;
        f.varargStart = base + np;
        f.nvarargs = nargs > np ? nargs - np : 0;
        f.nargs = nargs;
        return f;
    }

    private void callBuiltin(LuaThread L, Builtin b, int fs, int nargs, int resultSlot, int nresults, int kind,
                             int contArg) {
        int base = fs + fsl;
        if (base + nargs + EXTRA > L.stack.length) L.ensureStack(base + nargs + EXTRA);
        if (base + nargs + 20 > L.stackAccounted) accountStack(L, base + nargs + 20, 20);
        L.top = base + nargs;
        vm.heap.gcCheck();
        Frame f = pushFrame(L);
        f.func = b;
        f.cl = null;
        f.funcSlot = fs;
        f.base = base;
        f.nargs = nargs;
        f.resultSlot = resultSlot;
        f.nresults = nresults;
        f.kind = kind;
        f.contArg = contArg;
        if (hooks.onCall) hooks.call(L);
        int n = b.call(L, base, nargs);
        L.depth--;
        deliver(L, f, base, n);
    }

    /**
     * tostring of a string or a number without a metatable, LuaJIT's inline cases of the fast function: the string
     * itself, or the number's text (made after a GC check, which may run finalizers: then the full path, with the
     * builtin's frame, is taken). False when the full path must run.
     */
    private boolean tostringFast(LuaThread L, int fs, int nargs, int resultSlot, int nresults, int kind) {
        if (nargs < 1 || kind != K_NORMAL || hooks.onCall) return false;
        int base = fs + fsl;
        Object v = L.stack[base];
        if (!(v instanceof LuaString)) {
            if (!(v instanceof Double d) || vm.heap.gcDue() || vm.typeMetatable(v) != null) return false;
            v = org.jresty.runtime.StrCat.number(vm.strings, d);
        }
        L.stack[base] = v;
        moveResults(L, base, 1, resultSlot, nresults);
        return true;
    }

    /** pcall, xpcall, coroutine.yield and tostring: run by the interpreter itself so that yields cross them. */
    private void special(LuaThread L, Builtin b, int fs, int nargs, int resultSlot, int nresults, int kind,
                         int contArg) {
        int base = fs + fsl;
        L.ensureStack(base + nargs + EXTRA);
        Frame p = pushFrame(L);
        p.func = b;
        p.cl = null;
        p.funcSlot = fs;
        p.base = base;
        p.nargs = nargs;
        p.resultSlot = resultSlot;
        p.nresults = nresults;
        p.kind = kind;
        p.contArg = contArg;
        L.top = base + nargs;
        if (hooks.onCall) hooks.call(L);
        Object[] st = L.stack;
        switch (b.special) {
            case Builtin.SPECIAL_PCALL -> {
                if (nargs < 1) throw org.jresty.lib.Args.argError(L, 1, "value expected");
                p.isPcall = true;
                int bodyFs = base;
                if (fr2) {
                    System.arraycopy(st, base + 1, st, base + 2, nargs - 1);
                    st[base + 1] = null;
                }
                precall(L, bodyFs, nargs - 1, bodyFs, -1, K_PCALL_BODY, 0);
            }
            case Builtin.SPECIAL_XPCALL -> {
                if (nargs < 2 || !(st[base + 1] instanceof LuaFunction)) {
                    throw org.jresty.lib.Args.typeError(L, 2, "function");
                }
                p.isPcall = true;
                p.handler = st[base + 1];
                int bodyFs = base + 2 - fsl;
                st[bodyFs] = st[base];
                if (fr2) st[bodyFs + 1] = null;
                precall(L, bodyFs, nargs - 2, bodyFs, -1, K_PCALL_BODY, 0);
            }
            case Builtin.SPECIAL_YIELD -> {
                if (L.cCalls > 0 || L == vm.mainThread) {
                    // Reported at the caller's position, as LuaJIT's yield does.
                    throw org.jresty.lib.Args.error(L, "attempt to yield across C-call boundary");
                }
                L.yielding = true;
                L.yieldBase = base;
                L.yieldCount = nargs;
            }
            case Builtin.SPECIAL_TOSTRING -> {
                // LuaJIT's tostring is a fast function that tail-calls __tostring (FFH_TAILCALL): the metamethod
                // takes its frame, so it may yield, and whatever it returns is the result, unchecked.
                Object v = org.jresty.lib.Args.checkAny(L, 1);
                // A string is its own text: a __tostring in the string metatable is ignored, as in LuaJIT.
                Object mm = v instanceof LuaString ? null : Meta.mm(vm, v, vm.MM_TOSTRING);
                L.depth--;
                if (mm == null) {
                    // A string is its own result; anything else makes one, after a GC check as LuaJIT's fast path
                    // (ffgccheck) and its C fallback (lj_gc_check) do. Without it a loop whose only allocation is
                    // tostring never stepped the collector.
                    if (!(v instanceof LuaString)) {
                        L.top = base + 1;
                        vm.heap.gcCheck();
                    }
                    st[base] = vm.rawToString(v);
                    deliver(L, p, base, 1);
                } else {
                    st[fs] = mm;
                    precall(L, fs, 1, resultSlot, nresults, kind, contArg);
                }
            }
            default -> throw new IllegalStateException("unknown special builtin");
        }
    }

    /** Delivers n results at [src, src+n) of the (already popped) frame f as its caller asked. */
    void deliver(LuaThread L, Frame f, int src, int n) {
        if (f.kind == K_NORMAL) moveResults(L, src, n, f.resultSlot, f.nresults);
        else deliverSpecial(L, f, src, n);
    }

    /** Results of a pcall body, a comparison metamethod (K_COND) or a __concat step (K_CAT). */
    private void deliverSpecial(LuaThread L, Frame f, int src, int n) {
        switch (f.kind) {
            case K_PCALL_BODY -> {
                Frame p = L.frames[--L.depth];
                L.stack[src - 1] = Boolean.TRUE;
                deliver(L, p, src - 1, n + 1);
            }
            case K_COND -> {
                boolean t = n > 0 && !Conv.isFalsy(L.stack[src]);
                if (f.contArg != 0) t = !t;
                Frame c = L.frames[L.depth - 1];
                int[] bc = c.cl.proto.bc;
                if (t) c.pc += 1 + Op.j(bc[c.pc]);
                else c.pc++;
            }
            case K_CAT -> {
                int packed = f.contArg;
                L.stack[f.resultSlot] = n > 0 ? L.stack[src] : null;
                Frame c = L.frames[L.depth - 1];
                cat(L, c, packed >>> 16, (packed >>> 8) & 0xff, packed & 0xff);
            }
            default -> throw new IllegalStateException("bad frame kind");
        }
    }

    static void moveResults(LuaThread L, int src, int n, int dst, int wanted) {
        if (wanted < 0) {
            if (dst + n + EXTRA > L.stack.length) L.ensureStack(dst + n + EXTRA);
            move(L.stack, src, dst, n);
            L.top = dst + n;
        } else {
            if (dst + wanted > L.stack.length) L.ensureStack(dst + wanted + EXTRA);
            Object[] st = L.stack;
            int m = Math.min(n, wanted);
            move(st, src, dst, m);
            for (int i = m; i < wanted; i++) st[dst + i] = null;
        }
    }

    /** Moves n slots of a stack from src to dst (the ranges may overlap); see {@link #copySlots}. */
    static void move(Object[] st, int src, int dst, int n) {
        copySlots(st, src, st, dst, n);
    }

    /**
     * Copies n slots from from[src] to to[dst]; within one array the ranges may overlap. The usual few (a result,
     * a call's function and arguments, values passed to or from a coroutine) by stores: a call of the array-copy
     * stub costs more than they do.
     */
    static void copySlots(Object[] from, int src, Object[] to, int dst, int n) {
        if (n > 4) {
            System.arraycopy(from, src, to, dst, n);
        } else if (from != to || dst < src) {
            for (int i = 0; i < n; i++) to[dst + i] = from[src + i];
        } else if (dst > src) {
            for (int i = n - 1; i >= 0; i--) to[dst + i] = from[src + i];
        }
    }

    // ================================================================================================ upvalues

    static UpVal findUpval(LuaThread L, int idx) {
        UpVal prev = null, cur = L.openUpvals;
        while (cur != null && cur.index > idx) {
            prev = cur;
            cur = cur.nextOpen;
        }
        if (cur != null && cur.index == idx) return cur;
        UpVal n = new UpVal(L, idx);
        L.vm.heap.newUpvalue(n);
        n.nextOpen = cur;
        if (prev == null) L.openUpvals = n;
        else prev.nextOpen = n;
        return n;
    }

    static void closeUpvals(LuaThread L, int level) {
        UpVal u = L.openUpvals;
        while (u != null && u.index >= level) {
            u.close();
            UpVal nx = u.nextOpen;
            u.nextOpen = null;
            u = nx;
        }
        L.openUpvals = u;
    }

    // ================================================================================================ entry points

    /**
     * Calls the function at {@code L.stack[fs]} with nargs arguments at {@code fs + frameSlots} from Java
     * (a builtin calling back into Lua). Results are left at {@code fs...}; returns their count (all of them when
     * nresults is -1, with {@code L.top} after the last). Errors propagate as {@link LuaError}.
     */
    public int call(LuaThread L, int fs, int nargs, int nresults) {
        if (++nCcalls >= MAX_CCALLS) {
            nCcalls--;
            throw new LuaError("C stack overflow");
        }
        L.cCalls++;
        int d = L.depth;
        try {
            boolean first = true;
            for (;;) {
                try {
                    if (first) {
                        first = false;
                        precall(L, fs, nargs, fs, nresults, K_NORMAL, 0);
                    }
                    if (L.depth > d) execute(L, d);
                    break;
                } catch (Throwable t) {
                    if (!handleError(L, t, d)) throw asLuaError(L, t);
                }
            }
        } finally {
            L.cCalls--;
            nCcalls--;
        }
        return nresults < 0 ? L.top - fs : nresults;
    }

    /** Calls fn(args...) from Java above the running frame and returns all results as an array. */
    public Object[] callValues(LuaThread L, Object fn, Object... args) {
        int fs = freeSlot(L);
        L.ensureStack(fs + fsl + args.length + EXTRA);
        Object[] st = L.stack;
        st[fs] = fn;
        if (fr2) st[fs + 1] = null;
        System.arraycopy(args, 0, st, fs + fsl, args.length);
        int saveTop = L.top;
        L.top = fs + fsl + args.length;
        int n = call(L, fs, args.length, -1);
        Object[] out = Arrays.copyOfRange(L.stack, fs, fs + n);
        L.top = saveTop;
        return out;
    }

    /** fn(a, b) from Java with one result (comparators, gsub callbacks, __tostring...). */
    public Object call1(LuaThread L, Object fn, Object a, Object b, int nargs) {
        int fs = freeSlot(L);
        L.ensureStack(fs + fsl + 2 + EXTRA);
        Object[] st = L.stack;
        st[fs] = fn;
        if (fr2) st[fs + 1] = null;
        st[fs + fsl] = a;
        st[fs + fsl + 1] = b;
        int saveTop = L.top;
        L.top = fs + fsl + nargs;
        call(L, fs, nargs, 1);
        Object r = L.stack[fs];
        L.top = saveTop;
        return r;
    }

    /**
     * Starts co (yielded == null: its function is in slot 0 with nargs arguments) or continues it after a yield
     * (the nargs resume values sit at yielded.base), on co's own loop with its pcall frames protecting; errors
     * that escape are thrown.
     */
    void runCoroutine(LuaThread co, Frame yielded, int nargs) {
        boolean started = false;
        for (;;) {
            try {
                if (!started) {
                    started = true;
                    if (yielded == null) precall(co, 0, nargs, 0, -1, K_NORMAL, 0);
                    else deliver(co, yielded, yielded.base, nargs);
                }
                if (!co.yielding && co.depth > 0) execute(co, 0);
                return;
            } catch (Throwable t) {
                if (!handleError(co, t, 0)) throw asLuaError(co, t);
            }
        }
    }

    // ================================================================================================ errors

    /** Turns any throwable into a LuaError, adding the "chunk:line: " prefix lj_err_msg adds. */
    LuaError asLuaError(LuaThread L, Throwable t) {
        if (t instanceof LuaError e) {
            if (!e.wantsLocation) return e;
            Frame f = L.depth > 0 ? L.frames[L.depth - 1] : null;
            String loc = f != null && f.cl != null ? Debug.location(f) : "";
            LuaError ne = new LuaError(vm.intern(loc + e.getMessage()));
            ne.luaTraceback = e.luaTraceback;
            return ne;
        }
        if (t instanceof StackOverflowError) return new LuaError(vm.intern("stack overflow"));
        if (t instanceof OutOfMemoryError oom) return vm.heap.outOfMemory(oom);
        return new LuaError(vm.intern("internal error: " + t));
    }

    /**
     * Unwinds to the innermost pcall/xpcall frame at index >= entry, delivering (false, err). Returns false when
     * there is none (the error must propagate further).
     */
    boolean handleError(LuaThread L, Throwable t, int entry) {
        // os.exit in an embedding host is not a Lua error: no pcall may catch it
        if (t instanceof org.jresty.lib.io.ExitRequest exit) throw exit;
        LuaError e = asLuaError(L, t);
        for (int i = L.depth - 1; i >= entry; i--) {
            Frame p = L.frames[i];
            if (!p.isPcall) continue;
            Object err = e.value;
            if (p.handler != null) err = callHandler(L, p.handler, err);
            closeUpvals(L, p.funcSlot);
            L.depth = i;
            L.yielding = false;
            int s = p.base;
            L.ensureStack(s + 2 + EXTRA);
            L.stack[s] = Boolean.FALSE;
            L.stack[s + 1] = err;
            deliver(L, p, s, 2);
            if (t instanceof OutOfMemoryError) {
                // the failed code's objects may still sit in dead stack slots: drop them, then collect
                Arrays.fill(L.stack, freeSlot(L), L.stack.length, null);
                vm.heap.recoverFromOutOfMemory();
            }
            return true;
        }
        return false;
    }

    /** Slots of extra stack an error handler may use beyond the limit (LuaJIT grows the stack for it). */
    static final int HANDLER_EXTRA = 200;
    int handlerDepth;

    private Object callHandler(LuaThread L, Object handler, Object err) {
        handlerDepth++;
        try {
            return call1(L, handler, err, null, 1);
        } catch (org.jresty.lib.io.ExitRequest exit) {
            throw exit;
        } catch (Throwable t) {
            // A handler that overflows the stack leaves the bare message, any other failure LuaJIT's LUA_ERRERR.
            LuaError e = asLuaError(L, t);
            boolean overflow = e.value instanceof LuaString s && s.toString().endsWith("stack overflow");
            return vm.intern(overflow ? "stack overflow" : "error in error handling");
        } finally {
            handlerDepth--;
        }
    }

    /** An error raised by an instruction: prefixed with the running Lua frame's position. */
    LuaError rtError(LuaThread L, String msg) {
        Frame f = L.depth > 0 ? L.frames[L.depth - 1] : null;
        return new LuaError(vm.intern(Debug.location(f) + msg));
    }

    /** "attempt to OP local 'x' (a T value)" naming the slot from debug info (slot -1: not a register). */
    LuaError opError(LuaThread L, Object v, int slot, String op) {
        Frame f = L.depth > 0 ? L.frames[L.depth - 1] : null;
        Debug.Name n = null;
        if (slot >= 0 && f != null && f.cl != null) n = Debug.slotName(f.cl.proto, f.pc - 1, slot, fr2);
        String tn = Conv.typeName(v);
        if (n != null) return rtError(L, "attempt to " + op + " " + n.kind() + " '" + n.name() + "' (a " + tn + " value)");
        return rtError(L, "attempt to " + op + " a " + tn + " value");
    }

    private LuaError callError(LuaThread L, int fs, Object fv) {
        Frame f = L.depth > 0 ? L.frames[L.depth - 1] : null;
        int slot = -1;
        if (f != null && f.cl != null && fs >= f.base) {
            // ITERC calls a copy of the generator in slot A, where no variable is live yet: LuaJIT names nothing
            slot = fs - f.base;
        }
        return opError(L, fv, slot, "call");
    }

    LuaError compareError(LuaThread L, Object a, Object b) {
        String ta = Conv.typeName(a), tb = Conv.typeName(b);
        if (ta.equals(tb)) return rtError(L, "attempt to compare two " + ta + " values");
        return rtError(L, "attempt to compare " + ta + " with " + tb);
    }

    // ================================================================================================ metamethods

    /** Calls metamethod mm(a1, a2[, a3]) above the running Lua frame, results to dst as kind says. */
    private void callMeta(LuaThread L, Object mm, Object a1, Object a2, Object a3, int nargs, int dst, int nres,
                          int kind, int contArg) {
        int fs = freeSlot(L);
        L.ensureStack(fs + fsl + 3 + EXTRA);
        Object[] st = L.stack;
        st[fs] = mm;
        if (fr2) st[fs + 1] = null;
        st[fs + fsl] = a1;
        st[fs + fsl + 1] = a2;
        st[fs + fsl + 2] = a3;
        precall(L, fs, nargs, dst, nres, kind, contArg);
    }

    /** o[k] inside the interpreter: the value, or PENDING when an __index function was called into dst. */
    Object index(LuaThread L, Object o, Object k, int dst, int slot) {
        for (int loop = 0; loop < MAX_IDXCHAIN; loop++) {
            Object tm;
            if (o instanceof LuaTable t) {
                Object v = t.get(k);
                if (v != null) return v;
                LuaTable mt = t.metatable;
                if (mt == null) return null;
                tm = mt.getStr(vm.MM_INDEX);
                if (tm == null) return null;
            } else {
                tm = Meta.mm(vm, o, vm.MM_INDEX);
                if (tm == null) throw opError(L, o, slot, "index");
            }
            if (tm instanceof LuaFunction) {
                callMeta(L, tm, o, k, null, 2, dst, 1, K_NORMAL, 0);
                return PENDING;
            }
            o = tm;
            slot = -1;
        }
        throw rtError(L, "loop in gettable");
    }

    /**
     * TGETS from compiled code, t.k missing and t having a metatable: follows __index tables (methods of classes
     * and their bases) as {@link #index} does; PENDING when an __index function or non-table needs indexInsn.
     */
    Object getStrChain(LuaTable t, LuaString k) {
        for (int loop = 0; loop < MAX_IDXCHAIN; loop++) {
            Object tm = t.metatable.getStr(vm.MM_INDEX);
            if (tm == null) return null;
            if (!(tm instanceof LuaTable next)) return PENDING;
            Object v = next.getStr(k);
            if (v != null || next.metatable == null) return v;
            t = next;
        }
        return PENDING;
    }

    /**
     * TGETS on a string from compiled code (s:method()): the string metatable's __index table read as
     * {@link #getStrChain} reads one; PENDING for the slow path (no such table: a function, or none to index).
     */
    Object getStrOfString(LuaString k) {
        LuaTable mt = vm.stringMeta;
        if (mt == null || !(mt.getStr(vm.MM_INDEX) instanceof LuaTable t)) return PENDING;
        Object v = t.getStr(k);
        return v != null || t.metatable == null ? v : getStrChain(t, k);
    }

    /** TSETS from compiled code on a table with a metatable: the raw set {@link #setIndex} does, or false for it. */
    boolean setStrMeta(LuaTable t, LuaString k, Object v) {
        if (t.getStr(k) == null && t.metatable.getStr(vm.MM_NEWINDEX) != null) return false;
        t.setStr(k, v);
        return true;
    }

    /** t[k] was nil and t has a metatable: follow __index (the common method lookup through a class table). */
    Object indexMiss(LuaThread L, LuaTable t, Object k, int dst, int slot) {
        Object tm = t.metatable.getStr(vm.MM_INDEX);
        if (tm == null) return null;
        if (tm instanceof LuaTable t2) {
            Object v = k instanceof LuaString ks ? t2.getStr(ks) : t2.get(k);
            if (v != null || t2.metatable == null) return v;
            return index(L, t2, k, dst, -1);
        }
        if (tm instanceof LuaFunction) {
            callMeta(L, tm, t, k, null, 2, dst, 1, K_NORMAL, 0);
            return PENDING;
        }
        return index(L, tm, k, dst, -1);
    }

    /** o[k] = v inside the interpreter: null, or PENDING when a __newindex function was called. */
    Object setIndex(LuaThread L, Object o, Object k, Object v, int slot) {
        for (int loop = 0; loop < MAX_IDXCHAIN; loop++) {
            Object tm;
            if (o instanceof LuaTable t) {
                LuaTable mt = t.metatable;
                if (mt == null || t.get(k) != null || (tm = mt.getStr(vm.MM_NEWINDEX)) == null) {
                    t.set(k, v);
                    return null;
                }
            } else {
                tm = Meta.mm(vm, o, vm.MM_NEWINDEX);
                if (tm == null) throw opError(L, o, slot, "index");
            }
            if (tm instanceof LuaFunction) {
                callMeta(L, tm, o, k, v, 3, freeSlot(L), 0, K_NORMAL, 0);
                return PENDING;
            }
            o = tm;
            slot = -1;
        }
        throw rtError(L, "loop in settable");
    }

    /** o[k] from Java with __index (functions called through {@link #call1}). */
    public Object indexJ(LuaThread L, Object o, Object k) {
        for (int loop = 0; loop < MAX_IDXCHAIN; loop++) {
            Object tm;
            if (o instanceof LuaTable t) {
                Object v = t.get(k);
                if (v != null || t.metatable == null) return v;
                tm = t.metatable.getStr(vm.MM_INDEX);
                if (tm == null) return null;
            } else {
                tm = Meta.mm(vm, o, vm.MM_INDEX);
                if (tm == null) throw opError(L, o, -1, "index");
            }
            if (tm instanceof LuaFunction) return call1(L, tm, o, k, 2);
            o = tm;
        }
        throw rtError(L, "loop in gettable");
    }

    /** o[k] = v from Java with __newindex. */
    public void setIndexJ(LuaThread L, Object o, Object k, Object v) {
        for (int loop = 0; loop < MAX_IDXCHAIN; loop++) {
            Object tm;
            if (o instanceof LuaTable t) {
                LuaTable mt = t.metatable;
                if (mt == null || t.get(k) != null || (tm = mt.getStr(vm.MM_NEWINDEX)) == null) {
                    t.set(k, v);
                    return;
                }
            } else {
                tm = Meta.mm(vm, o, vm.MM_NEWINDEX);
                if (tm == null) throw opError(L, o, -1, "index");
            }
            if (tm instanceof LuaFunction) {
                vm.call(L, tm, o, k, v);
                return;
            }
            o = tm;
        }
        throw rtError(L, "loop in settable");
    }

    static double arithOp(int op, double x, double y) {
        switch (op) {
            case 0: return x + y;
            case 1: return x - y;
            case 2: return x * y;
            case 3: return x / y;
            case 4: return x - Math.floor(x / y) * y;
            default: return pow(x, y);
        }
    }

    /**
     * x^y as LuaJIT 2.1's interpreter computes it: C's pow() (BC_POW calls it; the math library's emulation of
     * glibc's pow is used so that ^ and math.pow agree to the last bit).
     */
    public static double pow(double x, double y) {
        return org.jresty.lib.math.Elementary.pow(x, y);
    }

    /** Arithmetic with coercion and metamethods: the result, or PENDING. Slots name operands in errors. */
    Object arith(LuaThread L, int op, Object b, Object c, int dst, int slotB, int slotC) {
        Double x = Conv.toNumber(b), y = Conv.toNumber(c);
        if (x != null && y != null) return arithOp(op, x, y);
        LuaString ev = vm.MM_ARITH[op];
        Object mm = Meta.mm(vm, b, ev);
        if (mm == null) mm = Meta.mm(vm, c, ev);
        if (mm == null) {
            if (x == null) throw opError(L, b, slotB, "perform arithmetic on");
            throw opError(L, c, slotC, "perform arithmetic on");
        }
        callMeta(L, mm, b, c, null, 2, dst, 1, K_NORMAL, 0);
        return PENDING;
    }

    /** a < b (le=false) or a <= b (le=true) for non-numbers: Boolean or PENDING (K_COND frame). */
    Object compare(LuaThread L, Object a, Object b, boolean le, boolean negate) {
        if (a instanceof LuaString s && b instanceof LuaString t) {
            int c = s.compareTo(t);
            return le ? c <= 0 : c < 0;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return le ? x <= y : x < y;
        }
        boolean sameType = Conv.typeName(a).equals(Conv.typeName(b));
        if (!sameType) throw compareError(L, a, b);
        for (;;) {
            LuaString ev = le ? vm.MM_LE : vm.MM_LT;
            Object mo = Meta.mm(vm, a, ev);
            Object mo2 = Meta.mm(vm, b, ev);
            if (mo == null || !rawEquals(mo, mo2)) {
                if (le) {
                    Object t = a;
                    a = b;
                    b = t;
                    le = false;
                    negate = !negate;
                    continue;
                }
                throw compareError(L, a, b);
            }
            callMeta(L, mo, a, b, null, 2, freeSlot(L), 1, K_COND, negate ? 1 : 0);
            return PENDING;
        }
    }

    /** Equality of two values not raw-equal: Boolean, or PENDING when __eq was called (K_COND). */
    Object eqMeta(LuaThread L, Object a, Object b, boolean negate) {
        if ((a instanceof LuaTable && b instanceof LuaTable) || (a instanceof LuaUserdata && b instanceof LuaUserdata)) {
            Object mo = Meta.mm(vm, a, vm.MM_EQ);
            if (mo == null) return Boolean.FALSE;
            Object mo2 = Meta.mm(vm, b, vm.MM_EQ);
            if (mo2 == null || !rawEquals(mo, mo2)) return Boolean.FALSE;
            callMeta(L, mo, a, b, null, 2, freeSlot(L), 1, K_COND, negate ? 1 : 0);
            return PENDING;
        }
        return Boolean.FALSE;
    }

    public static boolean rawEquals(Object a, Object b) {
        // Numbers first: the same boxed NaN is still not equal to itself.
        if (a instanceof Double x) return b instanceof Double y && x.doubleValue() == y.doubleValue();
        if (a == b) return true;
        if (a instanceof LuaString) return a.equals(b);
        return false;
    }

    static boolean isStrNum(Object o) {
        return o instanceof LuaString || o instanceof Double;
    }

    /** CAT: concatenates registers b..top of frame f into a, right to left; false when a __concat frame is pending. */
    boolean cat(LuaThread L, Frame f, int a, int b, int top) {
        int base = f.base;
        while (top > b) {
            Object[] st = L.stack;
            Object x = st[base + top - 1], y = st[base + top];
            if (isStrNum(x) && isStrNum(y)) {
                int n = 2;
                while (top - n >= b && isStrNum(st[base + top - n])) n++;
                n--;
                int first = top - n;
                st[base + first] = StrCat.concat(vm.strings, st, base + first, n + 1);
                top = first;
            } else {
                Object mm = Meta.mm(vm, x, vm.MM_CONCAT);
                if (mm == null) mm = Meta.mm(vm, y, vm.MM_CONCAT);
                if (mm == null) {
                    int bad = isStrNum(x) ? top : top - 1;
                    throw opError(L, st[base + bad], bad, "concatenate");
                }
                callMeta(L, mm, x, y, null, 2, base + top - 1, 1, K_CAT, (a << 16) | (b << 8) | (top - 1));
                return false;
            }
        }
        L.stack[base + a] = L.stack[base + b];
        return true;
    }

    Object len(LuaThread L, Object o, int dst, int slot) {
        if (o instanceof LuaString s) return num(s.length());
        if (o instanceof LuaTable t) return num(t.length());
        Object mm = Meta.mm(vm, o, vm.MM_LEN);
        if (mm == null) throw opError(L, o, slot, "get length of");
        callMeta(L, mm, o, null, null, 2, dst, 1, K_NORMAL, 0);
        return PENDING;
    }

    Object unm(LuaThread L, Object o, int dst, int slot) {
        Double x = Conv.toNumber(o);
        if (x != null) return -x;
        Object mm = Meta.mm(vm, o, vm.MM_UNM);
        if (mm == null) throw opError(L, o, slot, "perform arithmetic on");
        callMeta(L, mm, o, o, null, 2, dst, 1, K_NORMAL, 0);
        return PENDING;
    }

    // ================================================================================================ slow paths
    // The loop keeps only each instruction's common case; the rest of an instruction lives here, so that the
    // loop stays small enough for HotSpot to inline its hot callees (it stops inlining into a method whose
    // bytecode with inlinees passes 8000 bytes). Each takes the instruction and the pc after it, stores f.pc
    // first (errors and metamethod frames need it) and reports whether a frame was pushed.

    /** pc after a taken comparison or test: past the JMP that follows it, to its target. */
    private static int jumpAfter(int[] bc, int pc) {
        return pc + 1 + Op.j(bc[pc]);
    }

    /** ISLT/ISGE/ISLE/ISGT beyond two numbers: the next pc, or -1 when a __lt/__le frame was pushed. */
    int compareInsn(LuaThread L, Frame f, int pc, int ins) {
        f.pc = pc;
        int op = ins & 0xff;
        boolean le = op >= 2, negate = (op & 1) != 0;
        Object[] st = L.stack;
        int base = f.base;
        Object x = st[base + ((ins >>> 8) & 0xff)], y = st[base + (ins >>> 16)];
        Object o = compare(L, x, y, le, negate);
        if (o == PENDING) return -1;
        boolean r = (Boolean) o;
        if (negate) r = !r;
        return r ? jumpAfter(f.cl.proto.bc, pc) : pc + 1;
    }

    /** ISEQV/ISNEV when the operands are not the same object (numbers, __eq): next pc, or -1 for an __eq frame. */
    int equalInsn(LuaThread L, Frame f, int pc, int ins, Object x, Object y) {
        boolean neg = (ins & 0xff) == 5;
        boolean r = rawEquals(x, y);
        if (!r && x != null && y != null && x.getClass() == y.getClass() && !(x instanceof Double)) {
            f.pc = pc;
            Object o = eqMeta(L, x, y, neg);
            if (o == PENDING) return -1;
            r = (Boolean) o;
        }
        if (neg) r = !r;
        return r ? jumpAfter(f.cl.proto.bc, pc) : pc + 1;
    }

    /** UNM of a non-number and LEN: true when a metamethod frame was pushed. */
    boolean unaryInsn(LuaThread L, Frame f, int pc, int ins) {
        f.pc = pc;
        int a = (ins >>> 8) & 0xff, d = ins >>> 16;
        int base = f.base;
        Object v = L.stack[base + d];
        Object r = (ins & 0xff) == Op.LEN.ordinal() ? len(L, v, base + a, d) : unm(L, v, base + a, d);
        if (r == PENDING) return true;
        L.stack[base + a] = r;
        return false;
    }

    /**
     * ADDVN..POW beyond two numbers (coercion, metamethods) and MOD and POW entirely: true when a metamethod
     * frame was pushed. Opcodes 22..36 are five operations times VN, NV, VV; 37 is POW.
     */
    boolean arithInsn(LuaThread L, Frame f, int pc, int ins) {
        f.pc = pc;
        int op = ins & 0xff, a = (ins >>> 8) & 0xff, b = ins >>> 24, c = (ins >>> 16) & 0xff;
        int shape = op == 37 ? 2 : (op - 22) / 5, arith = op == 37 ? 5 : (op - 22) % 5;
        Object[] st = L.stack;
        int base = f.base;
        Object x, y;
        int sx = b, sy = c;
        if (shape == 2) {
            x = st[base + b];
            y = st[base + c];
        } else {
            Double k = f.cl.proto.knum[c];
            if (shape == 0) {
                x = st[base + b];
                y = k;
                sy = -1;
            } else {
                x = k;
                y = st[base + b];
                sx = -1;
                sy = b;
            }
        }
        Object r = arith(L, arith, x, y, base + a, sx, sy);
        if (r == PENDING) return true;
        L.stack[base + a] = r;
        return false;
    }

    /** GGET/TGETV/TGETS/TGETB beyond a hit in a table: __index, or an error. True when a frame was pushed. */
    boolean indexInsn(LuaThread L, Frame f, int pc, int ins) {
        f.pc = pc;
        int a = (ins >>> 8) & 0xff, dst = f.base + a;
        boolean global = (ins & 0xff) == Op.GGET.ordinal();
        Object o = tableOperand(L, f, ins, global);
        Object k = keyOperand(L, f, ins, global, (ins & 0xff) - Op.TGETV.ordinal());
        int slot = global ? -1 : ins >>> 24;
        Object v = o instanceof LuaTable t && t.metatable != null ? indexMiss(L, t, k, dst, slot)
                : index(L, o, k, dst, slot);
        if (v == PENDING) return true;
        L.stack[dst] = v;
        return false;
    }

    /** GSET/TSETV/TSETS/TSETB on a table with a metatable or a non-table: true when __newindex was called. */
    boolean newindexInsn(LuaThread L, Frame f, int pc, int ins) {
        f.pc = pc;
        boolean global = (ins & 0xff) == Op.GSET.ordinal();
        Object o = tableOperand(L, f, ins, global);
        Object k = keyOperand(L, f, ins, global, (ins & 0xff) - Op.TSETV.ordinal());
        Object v = L.stack[f.base + ((ins >>> 8) & 0xff)];
        return setIndex(L, o, k, v, global ? -1 : ins >>> 24) == PENDING;
    }

    /** The table of GGET/GSET (the function's environment) or of TGET* / TSET* (register B). */
    private static Object tableOperand(LuaThread L, Frame f, int ins, boolean global) {
        return global ? f.cl.env : L.stack[f.base + (ins >>> 24)];
    }

    /**
     * The key of GGET/GSET (string constant D), or of TGET* / TSET* by shape (0: register C, 1: string constant
     * C, 2: the number C).
     */
    private static Object keyOperand(LuaThread L, Frame f, int ins, boolean global, int shape) {
        if (global) return f.cl.proto.kgc[ins >>> 16];
        int c = (ins >>> 16) & 0xff;
        return shape == 0 ? L.stack[f.base + c] : shape == 1 ? f.cl.proto.kgc[c] : num(c);
    }

    /**
     * CALL/CALLM from compiled code (pc: the instruction after it): true when the frame must be reloaded (a Lua
     * frame or pcall was pushed, a yield or an interrupt is due, a hook got set); false when a builtin ran to
     * completion and the caller's compiled code continues at pc.
     */
    boolean callInsn(LuaThread L, Frame f, int pc, int ins) {
        f.pc = pc;
        int fs = f.base + ((ins >>> 8) & 0xff);
        int nargs = (ins & 0xff) == Op.CALL.ordinal() ? ((ins >>> 16) & 0xff) - 1 : L.top - (fs + fsl);
        int d = L.depth;
        precall(L, fs, nargs, fs, (ins >>> 24) - 1, K_NORMAL, 0);
        return mustReload(L, d);
    }

    /**
     * ITERC: calls the generator with (state, control) copied above the loop's slots. Returns what
     * {@link #callInsn} returns: false when a builtin generator completed and compiled code may continue at pc.
     */
    boolean itercInsn(LuaThread L, Frame f, int pc, int ins) {
        f.pc = pc;
        Object[] st = L.stack;
        int fs = f.base + ((ins >>> 8) & 0xff);
        st[fs] = st[fs - 3];
        if (fr2) st[fs + 1] = null;
        st[fs + fsl] = st[fs - 2];
        st[fs + fsl + 1] = st[fs - 1];
        int d = L.depth;
        precall(L, fs, 2, fs, (ins >>> 24) - 1, K_NORMAL, 0);
        return mustReload(L, d);
    }

    /**
     * CALL/CALLM/ITERC from compiled code: as {@link #callInsn}/{@link #itercInsn}, but a Lua function called runs
     * here to its return ({@link #runCallee}), so the compiled caller goes on without a round trip through the
     * loop. True when the caller must still return to the loop.
     */
    boolean callJit(LuaThread L, Frame f, int pc, int ins) {
        int d = L.depth;
        if ((ins & 0xff) == OP_CALL) {
            int fs = f.base + ((ins >>> 8) & 0xff);
            if (L.stack[fs] instanceof LuaClosure cl && runsDirectly(cl)) {
                return callCompiled(L, f, pc, cl, fs, ((ins >>> 16) & 0xff) - 1, (ins >>> 24) - 1);
            }
        }
        return callInsn(L, f, pc, ins) && !runCallee(L, d);
    }

    private static final int OP_CALL = Op.CALL.ordinal();

    boolean itercJit(LuaThread L, Frame f, int pc, int ins) {
        Object[] st = L.stack;
        int fs = f.base + ((ins >>> 8) & 0xff);
        if (ipairsStep(st, fs, ins)) return false;
        if (st[fs - 3] instanceof LuaClosure cl && runsDirectly(cl)) { // a generator written in Lua
            st[fs] = cl;
            if (fr2) st[fs + 1] = null;
            st[fs + fsl] = st[fs - 2];
            st[fs + fsl + 1] = st[fs - 1];
            return callCompiled(L, f, pc, cl, fs, 2, (ins >>> 24) - 1);
        }
        int d = L.depth;
        return itercInsn(L, f, pc, ins) && !runCallee(L, d);
    }

    /**
     * The common case of a call from compiled code: a compiled Lua function, called with no hook set and below the
     * nesting bound, which {@link #callCompiled} runs without the generic call path.
     */
    private boolean runsDirectly(LuaClosure cl) {
        return cl.proto.compiled != null && nested < MAX_NESTED && !hooks.onCall && !hooks.onIns;
    }

    /**
     * Pushes the frame of cl called at fs (results to fs) and runs its compiled code; continues with
     * {@link #continueCallee} when it left frames above the caller. Returns what {@link #callJit} returns.
     */
    private boolean callCompiled(LuaThread L, Frame f, int pc, LuaClosure cl, int fs, int nargs, int nresults) {
        int d = L.depth;
        f.pc = pc;
        Frame callee = (cl.proto.flags & Proto.VARARG) == 0 ? pushFixed(L, cl, fs, nargs, fs, nresults, K_NORMAL, 0)
                : pushVararg(L, cl, fs, nargs, fs, nresults, K_NORMAL, 0);
        int r;
        nested++;
        try {
            jitEntries++;
            r = ((Compiled) cl.proto.compiled).run(this, L, callee);
        } finally {
            nested--;
        }
        if (L.depth == d && !L.yielding && !vm.interrupted && !hooks.onIns && !hooks.onCall) return false;
        return L.depth <= d || !continueCallee(L, d, r != Compiled.RELOAD);
    }

    /**
     * ITERC of ipairs over a table (generator, table and a number control in the three slots below fs): the step
     * of ipairs_aux (BaseLib.ipairsAux) done in place, without calling it, as it cannot fail, call back or
     * allocate a GC object. False when the generator must be called (anything else, or a call hook that must see
     * the call).
     */
    private boolean ipairsStep(Object[] st, int fs, int ins) {
        if (st[fs - 3] != vm.ipairsAux || !(st[fs - 2] instanceof LuaTable t) || !(st[fs - 1] instanceof Double c)
                || hooks.onCall) {
            return false;
        }
        double key = c + 1;
        Object v = t.getInt(org.jresty.lib.Args.toInt(key));
        int wanted = (ins >>> 24) - 1, n = 0;
        if (v != null) {
            st[fs] = box(key);
            if (wanted > 1) st[fs + 1] = v;
            n = 2;
        }
        for (int j = n; j < wanted; j++) st[fs + j] = null;
        return true;
    }

    /** A number for the Lua stack: integers as {@link #num} boxes them (-0 stays a double). */
    public static Double box(double d) {
        int i = (int) d;
        return i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0) ? num(i) : Double.valueOf(d);
    }

    /**
     * Compiled calls nest this deep in Java at most; deeper calls take the loop. Nesting is an optimization only:
     * every frame's state is in its Lua frame (compiled code saves pc before it calls), so a yield or an error
     * may abandon the nested Java frames, and the loop resumes each Lua frame where it stood.
     */
    static final int MAX_NESTED = 48;
    private int nested;

    /**
     * Runs the Lua frame a compiled caller at depth d just pushed until it returns. True when it did and the
     * caller may go on; false when the caller must return to the loop: the nesting bound, a hook, a yield, an
     * interrupt, or an error unwound below d (caught by a pcall there).
     */
    private boolean runCallee(LuaThread L, int d) {
        if (nested >= MAX_NESTED || L.depth != d + 1 || L.yielding || vm.interrupted || hooks.onIns
                || hooks.onCall) {
            return false;
        }
        return continueCallee(L, d, false);
    }

    /**
     * The rest of {@link #runCallee}: runs the frames above d (interpret: the top one's next instruction first in
     * the loop) until they return. True when the caller may go on.
     */
    private boolean continueCallee(LuaThread L, int d, boolean interpret) {
        if (L.yielding) return false;
        nested++;
        try {
            // The callee's compiled code straight away while it has some; the loop for everything else.
            while (L.depth > d && !L.yielding) {
                Frame top = L.frames[L.depth - 1];
                Object code = top.cl.proto.compiled;
                if (code == null || interpret || vm.interrupted || hooks.onIns || hooks.onCall) {
                    execute(L, d, interpret);
                    break;
                }
                jitEntries++;
                interpret = ((Compiled) code).run(this, L, top) != Compiled.RELOAD;
            }
        } finally {
            nested--;
        }
        return L.depth == d && !L.yielding && !vm.interrupted && !hooks.onIns && !hooks.onCall;
    }

    /**
     * After a call made for compiled code from frame depth d: true when that code must return to the loop (a
     * frame was pushed, a yield or an interrupt is due, a hook was set), false when it may go on.
     */
    private boolean mustReload(LuaThread L, int d) {
        return L.depth != d || L.yielding || vm.interrupted || hooks.onIns || hooks.onCall;
    }

    /** RET/RET0/RET1/RETM: closes the frame's upvalues, pops it and delivers its results. */
    void retInsn(LuaThread L, Frame f, int ins) {
        int op = ins & 0xff, base = f.base, a = (ins >>> 8) & 0xff;
        int n = op == 76 ? 1 : op == 75 ? 0 : op == 74 ? (ins >>> 16) - 1 : L.top - (base + a);
        if (L.openUpvals != null && L.openUpvals.index >= base) closeUpvals(L, base);
        L.depth--;
        Object[] st = L.stack;
        if (f.kind != K_NORMAL) deliver(L, f, base + a, n);
        else if (f.nresults == 1) st[f.resultSlot] = n > 0 ? st[base + a] : null;
        else moveResults(L, base + a, n, f.resultSlot, f.nresults);
    }

    /** CALLT/CALLMT: the callee replaces frame f, taking over where its results go. */
    void tailCall(LuaThread L, Frame f, int pc, int ins) {
        f.pc = pc;
        int base = f.base;
        int fs = base + ((ins >>> 8) & 0xff);
        int nargs = (ins & 0xff) == Op.CALLT.ordinal() ? (ins >>> 16) - 1 : L.top - (fs + fsl);
        Object[] st = L.stack;
        Object callee = st[fs];
        if (!(callee instanceof LuaFunction) && !(Meta.mm(vm, callee, vm.MM_CALL) instanceof LuaFunction)) {
            throw callError(L, fs, callee);
        }
        if (L.openUpvals != null) closeUpvals(L, base);
        int dst = f.funcSlot;
        int rs = f.resultSlot, nr = f.nresults, kind = f.kind, ca = f.contArg;
        L.depth--;
        move(st, fs, dst, fsl + nargs);
        int d0 = L.depth;
        precall(L, dst, nargs, rs, nr, kind, ca);
        if (L.depth > d0) L.frames[L.depth - 1].tailcalled = true;
    }

    /** FORI/JFORI (run once per loop, so out of the loop): coerces strings or raises LuaJIT's error. Next pc. */
    int forPrep(LuaThread L, Frame f, int pc, int ins) {
        Object[] st = L.stack;
        int ra = f.base + ((ins >>> 8) & 0xff);
        Object i0 = st[ra], lim = st[ra + 1], step = st[ra + 2];
        if (!(i0 instanceof Double && lim instanceof Double && step instanceof Double)) {
            f.pc = pc;
            i0 = forNum(L, i0, "'for' initial value must be a number");
            lim = forNum(L, lim, "'for' limit must be a number");
            step = forNum(L, step, "'for' step must be a number");
            st[ra] = i0;
            st[ra + 1] = lim;
            st[ra + 2] = step;
        }
        double x = (Double) i0, l = (Double) lim, s = (Double) step;
        if (s >= 0 ? x <= l : x >= l) {
            st[ra + 3] = i0;
            return pc;
        }
        return pc + Op.j(ins);
    }

    // ================================================================================================ the loop

    /** Runs the frames above index entry until they have all returned (or the coroutine yields). */
    void execute(LuaThread L, int entry) {
        execute(L, entry, false);
    }

    /** interpretFirst: the running frame's compiled code just asked to have the instruction at f.pc interpreted. */
    void execute(LuaThread L, int entry, boolean interpretFirst) {
        reload:
        for (;;) {
            if (L.depth <= entry || L.yielding) return;
            if (vm.interrupted) {
                vm.interrupted = false;
                throw rtError(L, "interrupted!");
            }
            final Frame f = L.frames[L.depth - 1];
            final LuaClosure cl = f.cl;
            final Proto pt = cl.proto;
            Object code = pt.compiled;
            if (code == null && f.pc == 1 && (pt.hotcount += 1) >= hotLimit) code = hot(pt);
            if (interpretFirst) {
                interpretFirst = false;
            } else if (code != null && !hooks.onIns && !hooks.onCall) {
                jitEntries++;
                if (((Compiled) code).run(this, L, f) == Compiled.RELOAD) continue reload;
            }
            final int[] bc = pt.bc;
            final Object[] kgc = pt.kgc;
            final double[] knum = pt.knum;
            final UpVal[] uv = cl.upvals;
            final int base = f.base;
            Object[] st = L.stack;
            int pc = f.pc;
            for (;;) {
                if (hooks.onIns) { hooks.instruction(L, f, pc); st = L.stack; }
                final int ins = bc[pc++];
                final int a = (ins >>> 8) & 0xff;
                switch (ins & 0xff) {
                    case 0: { // ISLT
                        Object x = st[base + a], y = st[base + (ins >>> 16)];
                        if (x instanceof Double p && y instanceof Double q) pc += p < q ? (bc[pc] >>> 16) - 0x7fff : 1;
                        else if ((pc = compareInsn(L, f, pc, ins)) < 0) continue reload;
                        break;
                    }
                    case 1: { // ISGE
                        Object x = st[base + a], y = st[base + (ins >>> 16)];
                        if (x instanceof Double p && y instanceof Double q) pc += !(p < q) ? (bc[pc] >>> 16) - 0x7fff : 1;
                        else if ((pc = compareInsn(L, f, pc, ins)) < 0) continue reload;
                        break;
                    }
                    case 2: { // ISLE
                        Object x = st[base + a], y = st[base + (ins >>> 16)];
                        if (x instanceof Double p && y instanceof Double q) pc += p <= q ? (bc[pc] >>> 16) - 0x7fff : 1;
                        else if ((pc = compareInsn(L, f, pc, ins)) < 0) continue reload;
                        break;
                    }
                    case 3: { // ISGT
                        Object x = st[base + a], y = st[base + (ins >>> 16)];
                        if (x instanceof Double p && y instanceof Double q) pc += !(p <= q) ? (bc[pc] >>> 16) - 0x7fff : 1;
                        else if ((pc = compareInsn(L, f, pc, ins)) < 0) continue reload;
                        break;
                    }
                    case 4: // ISEQV
                    case 5: { // ISNEV
                        Object x = st[base + a], y = st[base + (ins >>> 16)];
                        if (x == y && !(x instanceof Double)) pc += (ins & 0xff) == 4 ? (bc[pc] >>> 16) - 0x7fff : 1;
                        else if ((pc = equalInsn(L, f, pc, ins, x, y)) < 0) continue reload;
                        break;
                    }
                    case 6: // ISEQS
                    case 7: { // ISNES
                        boolean r = st[base + a] == kgc[ins >>> 16];
                        pc += r == ((ins & 0xff) == 6) ? (bc[pc] >>> 16) - 0x7fff : 1;
                        break;
                    }
                    case 8: // ISEQN
                    case 9: { // ISNEN
                        boolean r = st[base + a] instanceof Double p && p == knum[ins >>> 16];
                        pc += r == ((ins & 0xff) == 8) ? (bc[pc] >>> 16) - 0x7fff : 1;
                        break;
                    }
                    case 10: // ISEQP
                    case 11: { // ISNEP
                        boolean r = st[base + a] == pri(ins >>> 16);
                        pc += r == ((ins & 0xff) == 10) ? (bc[pc] >>> 16) - 0x7fff : 1;
                        break;
                    }
                    case 12: { // ISTC
                        Object d = st[base + (ins >>> 16)];
                        if (d != null && d != Boolean.FALSE) {
                            st[base + a] = d;
                            pc += (bc[pc] >>> 16) - 0x7fff;
                        } else pc++;
                        break;
                    }
                    case 13: { // ISFC
                        Object d = st[base + (ins >>> 16)];
                        if (d == null || d == Boolean.FALSE) {
                            st[base + a] = d;
                            pc += (bc[pc] >>> 16) - 0x7fff;
                        } else pc++;
                        break;
                    }
                    case 14: { // IST
                        Object d = st[base + (ins >>> 16)];
                        pc += (d != null && d != Boolean.FALSE) ? (bc[pc] >>> 16) - 0x7fff : 1;
                        break;
                    }
                    case 15: { // ISF
                        Object d = st[base + (ins >>> 16)];
                        pc += (d == null || d == Boolean.FALSE) ? (bc[pc] >>> 16) - 0x7fff : 1;
                        break;
                    }
                    case 16: // ISTYPE
                    case 17: // ISNUM
                        break;
                    case 18: // MOV
                        st[base + a] = st[base + (ins >>> 16)];
                        break;
                    case 19: { // NOT
                        Object d = st[base + (ins >>> 16)];
                        st[base + a] = (d == null || d == Boolean.FALSE) ? Boolean.TRUE : Boolean.FALSE;
                        break;
                    }
                    case 20: { // UNM
                        Object d = st[base + (ins >>> 16)];
                        if (d instanceof Double x) st[base + a] = -x;
                        else if (unaryInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 21: // LEN
                        if (unaryInsn(L, f, pc, ins)) continue reload;
                        break;
                    case 22: { // ADDVN
                        if (st[base + (ins >>> 24)] instanceof Double p) st[base + a] = p + knum[(ins >>> 16) & 0xff];
                        else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 23: { // SUBVN
                        if (st[base + (ins >>> 24)] instanceof Double p) st[base + a] = p - knum[(ins >>> 16) & 0xff];
                        else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 24: { // MULVN
                        if (st[base + (ins >>> 24)] instanceof Double p) st[base + a] = p * knum[(ins >>> 16) & 0xff];
                        else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 25: { // DIVVN
                        if (st[base + (ins >>> 24)] instanceof Double p) st[base + a] = p / knum[(ins >>> 16) & 0xff];
                        else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 27: { // ADDNV
                        if (st[base + (ins >>> 24)] instanceof Double p) st[base + a] = knum[(ins >>> 16) & 0xff] + p;
                        else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 28: { // SUBNV
                        if (st[base + (ins >>> 24)] instanceof Double p) st[base + a] = knum[(ins >>> 16) & 0xff] - p;
                        else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 29: { // MULNV
                        if (st[base + (ins >>> 24)] instanceof Double p) st[base + a] = knum[(ins >>> 16) & 0xff] * p;
                        else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 30: { // DIVNV
                        if (st[base + (ins >>> 24)] instanceof Double p) st[base + a] = knum[(ins >>> 16) & 0xff] / p;
                        else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 32: { // ADDVV
                        if (st[base + (ins >>> 24)] instanceof Double p && st[base + ((ins >>> 16) & 0xff)] instanceof Double q) {
                            st[base + a] = p + q;
                        } else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 33: { // SUBVV
                        if (st[base + (ins >>> 24)] instanceof Double p && st[base + ((ins >>> 16) & 0xff)] instanceof Double q) {
                            st[base + a] = p - q;
                        } else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 34: { // MULVV
                        if (st[base + (ins >>> 24)] instanceof Double p && st[base + ((ins >>> 16) & 0xff)] instanceof Double q) {
                            st[base + a] = p * q;
                        } else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 35: { // DIVVV
                        if (st[base + (ins >>> 24)] instanceof Double p && st[base + ((ins >>> 16) & 0xff)] instanceof Double q) {
                            st[base + a] = p / q;
                        } else if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 26: // MODVN
                    case 31: // MODNV
                    case 36: // MODVV
                    case 37: // POW
                        if (arithInsn(L, f, pc, ins)) continue reload;
                        break;
                    case 38: // CAT
                        if (!catOp(L, f, a, ins >>> 24, (ins >>> 16) & 0xff, pc)) continue reload;
                        break;
                    case 39: // KSTR
                        st[base + a] = kgc[ins >>> 16];
                        break;
                    case 40: // KCDATA
                        st[base + a] = kcdata(kgc[ins >>> 16]);
                        break;
                    case 41: // KSHORT
                        st[base + a] = num((short) (ins >>> 16));
                        break;
                    case 42: // KNUM
                        st[base + a] = cl.kbox[ins >>> 16];
                        break;
                    case 43: // KPRI
                        st[base + a] = pri(ins >>> 16);
                        break;
                    case 44: { // KNIL
                        int d = ins >>> 16;
                        for (int i = a; i <= d; i++) st[base + i] = null;
                        break;
                    }
                    case 45: // UGET
                        st[base + a] = uv[ins >>> 16].get();
                        break;
                    case 46: // USETV
                        uv[a].set(st[base + (ins >>> 16)]);
                        break;
                    case 47: // USETS
                        uv[a].set(kgc[ins >>> 16]);
                        break;
                    case 48: // USETN
                        uv[a].set(cl.kbox[ins >>> 16]);
                        break;
                    case 49: // USETP
                        uv[a].set(pri(ins >>> 16));
                        break;
                    case 50: // UCLO
                        uclo(L, base + a);
                        pc += Op.j(ins);
                        break;
                    case 51: // FNEW
                        fnew(L, f, st, a, (Proto) kgc[ins >>> 16], pc);
                        break;
                    case 52: // TNEW
                        tnew(L, f, st, a, ins >>> 16, pc);
                        break;
                    case 53: // TDUP
                        tdup(L, f, st, a, (TemplateTable) kgc[ins >>> 16], pc);
                        break;
                    case 54: { // GGET
                        LuaTable env = cl.env;
                        Object v = env.getStr((LuaString) kgc[ins >>> 16]);
                        if (v != null || env.metatable == null) st[base + a] = v;
                        else if (indexInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 55: { // GSET
                        LuaTable env = cl.env;
                        if (env.metatable == null) env.setStr((LuaString) kgc[ins >>> 16], st[base + a]);
                        else if (newindexInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 56: { // TGETV
                        Object v;
                        if (st[base + (ins >>> 24)] instanceof LuaTable t
                                && ((v = t.get(st[base + ((ins >>> 16) & 0xff)])) != null || t.metatable == null)) {
                            st[base + a] = v;
                        } else if (indexInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 57: { // TGETS
                        Object v;
                        if (st[base + (ins >>> 24)] instanceof LuaTable t) {
                            LuaString k = (LuaString) kgc[(ins >>> 16) & 0xff];
                            if ((v = t.getStr(k)) == null && t.metatable != null) {
                                f.pc = pc;
                                if ((v = indexMiss(L, t, k, base + a, ins >>> 24)) == PENDING) continue reload;
                            }
                            st[base + a] = v;
                        } else if (indexInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 58: { // TGETB
                        Object v;
                        if (st[base + (ins >>> 24)] instanceof LuaTable t
                                && ((v = t.getInt((ins >>> 16) & 0xff)) != null || t.metatable == null)) {
                            st[base + a] = v;
                        } else if (indexInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 59: // TGETR
                        st[base + a] = ((LuaTable) st[base + (ins >>> 24)]).get(st[base + ((ins >>> 16) & 0xff)]);
                        break;
                    case 60: { // TSETV
                        if (st[base + (ins >>> 24)] instanceof LuaTable t && t.metatable == null) {
                            f.pc = pc; // a bad key (nil, NaN) raises an error at this instruction
                            t.set(st[base + ((ins >>> 16) & 0xff)], st[base + a]);
                        } else if (newindexInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 61: { // TSETS
                        if (st[base + (ins >>> 24)] instanceof LuaTable t && t.metatable == null) {
                            t.setStr((LuaString) kgc[(ins >>> 16) & 0xff], st[base + a]);
                        } else if (newindexInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 62: { // TSETB
                        if (st[base + (ins >>> 24)] instanceof LuaTable t && t.metatable == null) {
                            t.setInt((ins >>> 16) & 0xff, st[base + a]);
                        } else if (newindexInsn(L, f, pc, ins)) continue reload;
                        break;
                    }
                    case 63: // TSETM
                        tsetm(L, st, base + a, knum[ins >>> 16]);
                        break;
                    case 64: { // TSETR
                        f.pc = pc;
                        Object o = st[base + (ins >>> 24)];
                        ((LuaTable) o).set(st[base + ((ins >>> 16) & 0xff)], st[base + a]);
                        break;
                    }
                    case 65: // CALLM
                    case 66: { // CALL
                        f.pc = pc;
                        int fs = base + a;
                        int nargs = (ins & 0xff) == 66 ? ((ins >>> 16) & 0xff) - 1
                                : L.top - (fs + fsl);
                        int nres = (ins >>> 24) - 1;
                        Object fn = st[fs];
                        if (fn instanceof LuaClosure c2) {
                            pushLua(L, c2, fs, nargs, fs, nres, K_NORMAL, 0);
                        } else {
                            precall(L, fs, nargs, fs, nres, K_NORMAL, 0);
                        }
                        continue reload;
                    }
                    case 67: // CALLMT
                    case 68: // CALLT
                        tailCall(L, f, pc, ins);
                        continue reload;
                    case 69: // ITERC
                        if (ipairsStep(st, base + a, ins)) break;
                        itercInsn(L, f, pc, ins);
                        continue reload;
                    case 70: // ITERN
                        pc = itern(st, base + a) ? pc + 1 + Op.j(bc[pc]) : pc + 1;
                        break;
                    case 71: // VARG
                        varg(L, f, a, (ins >>> 24) - 1, pc);
                        st = L.stack;
                        break;
                    case 72: // ISNEXT
                        isnext(st, base + a, pt, pc - 1);
                        pc += Op.j(ins);
                        break;
                    case 73: // RETM
                    case 74: // RET
                    case 75: // RET0
                    case 76: // RET1
                        retInsn(L, f, ins);
                        continue reload;
                    case 77: // FORI
                    case 78: // JFORI
                        pc = forPrep(L, f, pc, ins);
                        break;
                    case 79: // FORL
                    case 80: // IFORL
                    case 81: { // JFORL
                        double s = (Double) st[base + a + 2];
                        double x = (Double) st[base + a] + s;
                        double l = (Double) st[base + a + 1];
                        if (s >= 0 ? x <= l : x >= l) {
                            Double bx = x;
                            st[base + a] = bx;
                            st[base + a + 3] = bx;
                            pc += (ins >>> 16) - 0x8000;
                            if (vm.interrupted) {
                                f.pc = pc;
                                continue reload;
                            }
                            if ((pt.hotcount += 2) >= hotLimit && hotLoop(f, pt, pc)) continue reload;
                        }
                        break;
                    }
                    case 82: // ITERL
                    case 83: // IITERL
                    case 84: { // JITERL
                        Object v = st[base + a];
                        if (v != null) {
                            st[base + a - 1] = v;
                            pc += (ins >>> 16) - 0x8000;
                            if ((pt.hotcount += 2) >= hotLimit && hotLoop(f, pt, pc)) continue reload;
                        }
                        break;
                    }
                    case 85: // LOOP
                    case 86: // ILOOP
                    case 87: // JLOOP
                        // Loops without calls must still notice an interrupt (Ctrl-C).
                        if (vm.interrupted) {
                            f.pc = pc;
                            continue reload;
                        }
                        if ((pt.hotcount += 2) >= hotLimit && hotLoop(f, pt, pc)) continue reload;
                        break;
                    case 88: // JMP
                        pc += (ins >>> 16) - 0x8000;
                        break;
                    default:
                        f.pc = pc;
                        throw rtError(L, "bad opcode " + (ins & 0xff));
                }
            }
        }
    }

    // ======================================================================== instructions shared with the compile tier

    /** A prototype got hot: compile it (failures leave it interpreted); its code, or null. */
    private Object hot(Proto pt) {
        pt.hotcount = 0;
        vm.jit.compile(pt);
        return pt.compiled;
    }

    /** A loop back-edge made pt hot: true when the frame should continue in compiled code (from f.pc = pc). */
    private boolean hotLoop(Frame f, Proto pt, int pc) {
        Object code = pt.compiled != null ? pt.compiled : hot(pt);
        if (code == null) return false;
        pt.hotcount = 0;
        if (hooks.onIns || hooks.onCall) return false;
        f.pc = pc;
        return true;
    }

    /** CAT (f.pc = pc, the next instruction): false when a __concat frame is pending. */
    boolean catOp(LuaThread L, Frame f, int a, int b, int c, int pc) {
        f.pc = pc;
        if (!cat(L, f, a, b, c)) return false;
        f.pc = pc;
        vm.heap.gcCheck();
        return true;
    }

    /** KCDATA: no ffi yet, 64-bit integers become numbers. */
    static Object kcdata(Object k) {
        return k instanceof CDataConst cd
                ? (Object) (cd.kind() == CDataConst.Kind.COMPLEX ? cd.imag() : (double) cd.bits()) : k;
    }

    static void uclo(LuaThread L, int level) {
        if (L.openUpvals != null) closeUpvals(L, level);
    }

    void fnew(LuaThread L, Frame f, Object[] st, int a, Proto child, int pc) {
        int base = f.base;
        UpVal[] uv = f.cl.upvals;
        int[] desc = child.uv;
        UpVal[] ups = desc == null || desc.length == 0 ? LuaClosure.NO_UPVALS : new UpVal[desc.length];
        for (int i = 0; i < ups.length; i++) {
            int u = desc[i];
            ups[i] = (u & 0x8000) != 0 ? findUpval(L, base + (u & 0xff)) : uv[u & 0x3fff];
        }
        st[base + a] = vm.newClosure(child, ups, f.cl.env);
        f.pc = pc;
        vm.heap.gcCheck();
    }

    void tnew(LuaThread L, Frame f, Object[] st, int a, int d, int pc) {
        st[f.base + a] = LuaTable.fromTNEW(vm.heap, d);
        f.pc = pc;
        vm.heap.gcCheck();
    }

    void tdup(LuaThread L, Frame f, Object[] st, int a, TemplateTable tpl, int pc) {
        st[f.base + a] = new LuaTable(vm.heap, tpl);
        f.pc = pc;
        vm.heap.gcCheck();
    }

    /** TSETM: t[k], t[k+1], ... = the values from slot ra to the top (t in ra-1; kv's low 32 bits are k). */
    static void tsetm(LuaThread L, Object[] st, int ra, double kv) {
        LuaTable t = (LuaTable) st[ra - 1];
        int start = kv >= 4503599627370496.0 ? (int) (kv - 4503599627370496.0) : (int) kv;
        int n = L.top - ra;
        if (n == 0) return;
        // As LuaJIT's BC_TSETM: values that do not fit the array part first grow it to fit them exactly.
        if ((long) start + n > t.arraySize()) t.reasize(start + n);
        for (int i = 0; i < n; i++) t.setInt(start + i, st[ra + i]);
    }

    /** ITERN over (t, index) in ra-2, ra-1: true with the next key/value in ra, ra+1 (loop continues). */
    static boolean itern(Object[] st, int ra) {
        LuaTable t = (LuaTable) st[ra - 2];
        int idx = (int) (double) (Double) st[ra - 1];
        int i = t.iterNext(idx);
        if (i < 0) return false;
        st[ra - 1] = num(i);
        st[ra] = t.iterKey(i);
        st[ra + 1] = t.iterValue(i);
        return true;
    }

    /** VARG (f.pc = pc, the next instruction): want < 0 copies all varargs and sets the top; may grow the stack. */
    void varg(LuaThread L, Frame f, int a, int want, int pc) {
        f.pc = pc;
        Object[] st = L.stack;
        int base = f.base;
        int n = f.nvarargs, src = f.varargStart;
        if (want < 0) {
            if (base + a + n + EXTRA > st.length) {
                checkStack(L, base + a + n, n);
                st = L.stack;
            }
            move(st, src, base + a, n);
            L.top = base + a + n;
        } else {
            for (int i = 0; i < want; i++) st[base + a + i] = i < n ? st[src + i] : null;
        }
    }

    /**
     * ISNEXT at pc: true when the pairs loop stays specialized to next. Otherwise it is despecialized, as LuaJIT
     * does (ISNEXT becomes JMP, its ITERN becomes ITERC), and compiled code of the prototype is dropped.
     */
    boolean isnext(Object[] st, int ra, Proto pt, int pc) {
        if (st[ra - 3] == vm.nextFn && st[ra - 2] instanceof LuaTable && st[ra - 1] == null) {
            st[ra - 1] = num(-1);
            return true;
        }
        int[] bc = pt.bc;
        int ins = bc[pc];
        bc[pc] = (ins & ~0xff) | Op.JMP.ordinal();
        int target = pc + 1 + Op.j(ins);
        bc[target] = (bc[target] & ~0xff) | Op.ITERC.ordinal();
        pt.compiled = null;
        return false;
    }


    private Object forNum(LuaThread L, Object o, String msg) {
        if (o instanceof Double) return o;
        if (o instanceof LuaString s) {
            Double d = Conv.parseNumber(s);
            if (d != null) return d;
        }
        throw rtError(L, msg);
    }

    static Object pri(int d) {
        return d == 0 ? null : d == 1 ? Boolean.FALSE : Boolean.TRUE;
    }
}
