package org.jresty.lib.debug;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.Frame;
import org.jresty.vm.LuaVM;

/**
 * debug.sethook's state and events, as LuaJIT keeps them: one hook per VM (global_State, shared by all
 * coroutines), no hook events while a hook runs, and lj_dispatch.c's rules for when each event fires.
 *
 * <p>The interpreter reports three things (see {@link #onIns} / {@link #onCall}):
 * <ul>
 *   <li>{@link #instruction(LuaThread, Frame, int)} before each instruction of a Lua function while
 *       {@code onIns} is set (line, count and return events; RET* instructions give the return event);</li>
 *   <li>{@link #call(LuaThread)} once a function's frame is on the stack (Lua functions before their first
 *       instruction, builtins before their body), while {@code onCall} is set.</li>
 * </ul>
 * An event calls the hook function with (event name, line or nil), LuaJIT's hookf, directly above the hooked
 * frame, so that inside the hook level 1 is the hook and level 2 the hooked function.
 *
 * <p>Wiring in {@code org.jresty.vm.Interp} (tested with these exact lines; HookEventsTest runs once they are in):
 * <pre>
 *   field:        final org.jresty.lib.debug.Hooks hooks;
 *   constructor:  this.hooks = org.jresty.lib.debug.Hooks.of(vm);
 *   pushLua, after f.nvarargs = vn:          f.nargs = nargs;  if (hooks.onCall) hooks.call(L);
 *   callBuiltin, before b.call(...):         if (hooks.onCall) hooks.call(L);
 *   special, after L.top = base + nargs:     if (hooks.onCall) hooks.call(L);
 *   execute, first thing in the inner loop, before "final int ins = bc[pc++];":
 *       if (hooks.onIns) { hooks.instruction(L, f, pc); st = L.stack; }
 * </pre>
 */
public final class Hooks {
    public static final int MASK_CALL = 1, MASK_RET = 2, MASK_LINE = 4, MASK_COUNT = 8;

    /** Weakly held: the interpreter (or else the debug library's builtins) keeps a VM's Hooks alive. */
    private static final Map<LuaVM, WeakReference<Hooks>> ALL = new WeakHashMap<>();

    /** The interpreter must call {@link #instruction} before each instruction while this is set. */
    public boolean onIns;
    /** The interpreter must call {@link #call} on each function entry while this is set. */
    public boolean onCall;

    private final LuaVM vm;
    private LuaFunction hookFn;
    /** What debug.gethook returns: the function last given to sethook, kept even when its mask was empty. */
    private LuaFunction given;
    private int mask;
    private int count, countStart;
    private boolean active;
    /** Last dispatched instruction per thread and nesting level (LuaJIT keeps it in each C frame). */
    private final Map<LuaThread, LastPc> last = new WeakHashMap<>();

    private Hooks(LuaVM vm) {
        this.vm = vm;
    }

    /** The hook state of a VM (created on first use). */
    public static Hooks of(LuaVM vm) {
        synchronized (ALL) {
            WeakReference<Hooks> ref = ALL.get(vm);
            Hooks h = ref == null ? null : ref.get();
            if (h == null) {
                h = new Hooks(vm);
                ALL.put(vm, new WeakReference<>(h));
            }
            return h;
        }
    }

    /** debug.sethook: fn null or mask 0 turns hook events off (gethook still returns fn). */
    public void set(LuaFunction fn, int mask, int count) {
        if (given != null) vm.pinned.remove(given);
        given = fn;
        if (fn != null) vm.pinned.add(fn);
        if (fn == null || mask == 0) {
            fn = null;
            mask = 0;
        }
        this.hookFn = fn;
        this.mask = mask;
        this.count = count;
        this.countStart = count;
        last.clear();
        onIns = (mask & (MASK_LINE | MASK_COUNT | MASK_RET)) != 0;
        onCall = (mask & MASK_CALL) != 0;
    }

    /** The function debug.gethook reports. */
    public LuaFunction function() {
        return given;
    }

    public int mask() {
        return mask;
    }

    public int countStart() {
        return countStart;
    }

    /**
     * Function entry: the new frame is the thread's top frame. For Lua functions the interpreter should have
     * stored the argument count in {@code Frame.nargs} (vararg frames derive it from their layout).
     */
    public void call(LuaThread L) {
        if (active || (mask & MASK_CALL) == 0) return;
        // LuaJIT's call hook saves the callee's pc in the C frame: the caller's next instruction is a new line.
        lastPc(L).invalidate(L.cCalls);
        Frame f = L.frames[L.depth - 1];
        if (f.cl == null) {
            fire(L, "call", -1, Math.max(L.top, f.base + f.nargs));
            return;
        }
        // LuaJIT runs the hook before FUNCV moves a vararg frame up: the hook sees the arguments in place
        // (extra ones as temporaries), missing parameters as nil, and changes it makes to parameters stick.
        Proto pt = f.cl.proto;
        int np = pt.numparams;
        int origBase = f.funcSlot + L.vm.frameSlots;
        boolean vararg = pt.isVararg();
        int nargs = vararg ? f.base - L.vm.frameSlots - origBase : f.nargs;
        Object[] st = L.stack;
        if (vararg) {
            for (int i = nargs; i < np; i++) st[origBase + i] = null;
        }
        int movedBase = f.base;
        f.base = origBase;
        try {
            fire(L, "call", -1, origBase + Math.max(nargs, np));
        } finally {
            f.base = movedBase;
            if (vararg) System.arraycopy(L.stack, origBase, L.stack, movedBase, np);
        }
    }

    /** Before instruction pc (index into the prototype's bytecode) of frame f, the thread's top frame. */
    public void instruction(LuaThread L, Frame f, int pc) {
        if (active) return;
        int op = Op.op(f.cl.proto.bc[pc]);
        boolean isRet = op >= Op.RETM.ordinal() && op <= Op.RET1.ordinal();
        if ((mask & (MASK_LINE | MASK_COUNT)) != 0) {
            // lj_vm_inshook: count down; dispatch when it runs out or when line events are on.
            if ((mask & MASK_COUNT) != 0 && --count == 0) {
                dispatch(L, f, pc, isRet);
            } else if ((mask & MASK_LINE) != 0) {
                dispatch(L, f, pc, isRet);
            }
        } else if (isRet && (mask & MASK_RET) != 0) {
            dispatch(L, f, pc, true);
        }
    }

    /** lj_dispatch_ins: count, line and return events of one instruction. */
    private void dispatch(LuaThread L, Frame f, int pc, boolean isRet) {
        Proto pt = f.cl.proto;
        LastPc lp = lastPc(L);
        int level = L.cCalls;
        Proto oldProto = lp.proto(level);
        int oldPc = lp.pc(level);
        lp.set(level, pt, pc);
        if (isYieldCall(L, f, pt.bc[pc])) lp.invalidate(level); // a resume starts a new C frame
        f.pc = pc + 1;
        if ((mask & MASK_COUNT) != 0 && count == 0) {
            count = countStart;
            fire(L, "count", -1);
        }
        if ((mask & MASK_LINE) != 0) {
            int line = StackLevels.line(pt, pc);
            if (oldProto != pt || pc <= oldPc || line != StackLevels.line(pt, oldPc)) fire(L, "line", line);
        }
        if (isRet && (mask & MASK_RET) != 0) fire(L, "return", -1);
    }

    private static boolean isYieldCall(LuaThread L, Frame f, int ins) {
        int op = Op.op(ins);
        if (op != Op.CALL.ordinal() && op != Op.CALLM.ordinal()) return false;
        return L.stack[f.base + Op.a(ins)] instanceof Builtin b && b.special == Builtin.SPECIAL_YIELD;
    }

    /** hookf: calls the hook function with the event name and the line (nil when negative). */
    private void fire(LuaThread L, String event, int line) {
        fire(L, event, line, -1);
    }

    /** Calls the hook at slot fs (-1: above what the top frame uses). */
    private void fire(LuaThread L, String event, int line, int fs) {
        LuaFunction fn = hookFn;
        if (fn == null) return;
        active = true;
        try {
            HookCall.invoke(L, fn, vm.intern(event), line >= 0 ? (Object) (double) line : null, fs);
        } finally {
            active = false;
        }
    }

    private LastPc lastPc(LuaThread L) {
        return last.computeIfAbsent(L, t -> new LastPc());
    }

    /** Per nesting level: the prototype and position of the last dispatched instruction. */
    private static final class LastPc {
        Proto[] protos = new Proto[8];
        int[] pcs = new int[8];

        private void ensure(int level) {
            if (level >= protos.length) {
                int n = Math.max(level + 1, protos.length * 2);
                protos = java.util.Arrays.copyOf(protos, n);
                pcs = java.util.Arrays.copyOf(pcs, n);
            }
        }

        Proto proto(int level) {
            return level < protos.length ? protos[level] : null;
        }

        int pc(int level) {
            return level < pcs.length ? pcs[level] : 0;
        }

        void set(int level, Proto p, int pc) {
            ensure(level);
            protos[level] = p;
            pcs[level] = pc;
        }

        void invalidate(int level) {
            if (level < protos.length) protos[level] = null;
        }
    }
}
