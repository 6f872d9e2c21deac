package org.jresty.heap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;

import org.jresty.bytecode.Proto;
import org.jresty.runtime.GCObject;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.LuaUserdata;
import org.jresty.runtime.UpVal;

/**
 * LuaJIT's incremental mark &amp; sweep collector (lj_gc.c's state machine) over the heap's objects: pause,
 * propagate (one gray object per unit of work), atomic (roots again, weak tables, userdata to finalize, temp
 * buffer shrink, white flip), sweep of the string chains then of the object lists (40 objects per step),
 * finalization of userdata with {@code __gc} (newest first, each resurrected for one more cycle). Paced as LuaJIT:
 * pause 200, stepmul 200, steps of 1024 bytes of debt. Weak tables ({@code __mode} with k and/or v) lose
 * entries whose key or value is collected; strings are never weak references.
 *
 * <p>The VM supplies the roots ({@link RootSet}) and the traversal of its objects ({@link Traversable}).
 */
public final class Collector {
    static final int STEPSIZE = 1024, SWEEPMAX = 40, SWEEPCOST = 10, FINALIZECOST = 100;
    private static final int WEAKKEY = 1, WEAKVAL = 2;

    enum State { PAUSE, PROPAGATE, ATOMIC, SWEEPSTRING, SWEEP, FINALIZE }

    private final Heap heap;
    RootSet roots;
    State state = State.PAUSE;
    byte currentWhite = Heap.WHITE0;
    long threshold;
    long estimate;
    long debt;
    int pause = 200;
    int stepmul = 200;
    long cycles;

    private final ArrayDeque<GCObject> gray = new ArrayDeque<>();
    private final ArrayDeque<GCObject> grayAgain = new ArrayDeque<>();
    private final ArrayList<LuaTable> weak = new ArrayList<>();
    /** Userdata whose finalizer is due, oldest-separated first (LuaJIT's mmudata). */
    private final ArrayDeque<GCObject> toFinalize = new ArrayDeque<>();
    /** Sizes of objects the collector cannot ask (registered leaves). */
    private final IdentityHashMap<GCObject, long[]> leafSizes = new IdentityHashMap<>();
    /** Objects outside the heap's lists reached in this cycle. */
    private final java.util.Set<GCObject> unlisted =
            java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private LuaString modeKey;
    private LuaString gcKey;

    /**
     * Next slot to sweep, downwards, in the root list and then in the userdata list; -1 until the sweep's next
     * visit takes the list's newest object (LuaJIT reads the list's head only then).
     */
    private int sweepPos;
    private boolean sweepingUdata;
    private int sweepString;
    /** A mark phase ran since the last cycle ended (a preserving sweep is not a cycle). */
    private boolean marked;

    Collector(Heap heap) {
        this.heap = heap;
    }

    public byte currentWhite() {
        return currentWhite;
    }

    /** The white that is not current: during a sweep, the mark of dead objects. */
    public byte otherWhite() {
        return (byte) (currentWhite ^ Heap.WHITES);
    }

    /** LuaJIT's g->gc.state == GCSsweepstring: the string table must not be resized now. */
    public boolean sweepingStrings() {
        return state == State.SWEEPSTRING;
    }

    boolean canCollect() {
        return roots != null;
    }

    void rememberLeafSize(GCObject o, HeapKind kind, long bytes) {
        leafSizes.put(o, new long[] {kind.ordinal(), bytes});
    }

    /** A string found dead but not swept yet is used again: make it live (LuaJIT flips its white). */
    public void resurrect(GCObject o) {
        if ((o.gcMark & otherWhite()) != 0 && (o.gcMark & Heap.FIXED) == 0) {
            o.gcMark ^= Heap.WHITES;
        }
    }

    // ----------------------------------------------------------------------------------------------- marking

    /** Marks a Lua value (does nothing for non-objects and objects already marked). */
    public void mark(Object v) {
        if (v instanceof GCObject o) {
            if ((o.gcMark & Heap.WHITES) != 0) {
                markObject(o);
            } else if ((o.gcMark & Heap.LISTED) == 0 && hasReferences(o) && unlisted.add(o)) {
                // Not the heap's (the main thread, objects made without the heap): traversed once per cycle.
                gray.push(o);
            }
        }
    }

    private void markObject(GCObject o) {
        o.gcMark &= ~Heap.WHITES;
        if (o instanceof LuaString) {
            return; // strings stay non-black (and, having no references, are never gray)
        }
        if (hasReferences(o)) {
            gray.push(o);
        } else {
            o.gcMark |= Heap.BLACK;
        }
    }

    /** Objects the collector traverses (the others are leaves); the frequent classes are tested first. */
    private static boolean hasReferences(GCObject o) {
        return o instanceof LuaTable || o instanceof LuaClosure || o instanceof UpVal || o instanceof Proto
                || o instanceof LuaThread || o instanceof Traversable || o instanceof LuaUserdata;
    }

    /** Traverses one gray object and returns its size (the unit of work). */
    private long propagateOne() {
        GCObject o = gray.pop();
        o.gcMark |= Heap.BLACK;
        if (o instanceof LuaTable t) {
            if (traverseTable(t) > 0) {
                o.gcMark &= ~Heap.BLACK;
            }
            return heap.layout.tabHeader + 8L * t.arraySize() + 24L * Math.max(1, t.hashSize());
        }
        if (o instanceof LuaClosure) {
            return heap.runtime.traverse(o, this);
        }
        if (o instanceof Proto p) {
            mark(p.chunkname);
            for (Object k : p.kgc) {
                mark(k);
            }
            return heap.protoBytes(p);
        }
        if (o instanceof Traversable tr) {
            if (tr.gcAlwaysGray()) {
                o.gcMark &= ~Heap.BLACK;
                grayAgain.push(o);
            }
            tr.gcTraverse(this);
            return tr.gcBytes(heap.layout);
        }
        if (o instanceof LuaThread || o instanceof UpVal || o instanceof LuaUserdata) {
            // Never black, so stores into them need no barrier: threads' stacks, upvalues' values and userdata's
            // metatable/environment are traversed again in the atomic phase.
            o.gcMark &= ~Heap.BLACK;
            grayAgain.push(o);
        }
        return heap.runtime.traverse(o, this);
    }

    private int traverseTable(LuaTable t) {
        LuaTable mt = t.metatable;
        int w = 0;
        if (mt != null) {
            mark(mt);
            if (modeKey == null) {
                modeKey = heap.strings.fix(heap.strings.intern("__mode"));
            }
            if (mt.getStr(modeKey) instanceof LuaString mode) {
                for (int i = 0; i < mode.length(); i++) {
                    int c = mode.byteAt(i);
                    if (c == 'k') {
                        w |= WEAKKEY;
                    } else if (c == 'v') {
                        w |= WEAKVAL;
                    }
                }
            }
        }
        t.gcWeak = (byte) w;
        if (w != 0) {
            weak.add(t);
        }
        if (w == (WEAKKEY | WEAKVAL)) {
            return w;
        }
        if ((w & WEAKVAL) == 0) {
            for (Object v : t.gcArray()) {
                mark(v);
            }
        }
        Object[] node = t.gcHashNodes();
        if (node != null) {
            for (int i = 0; i < node.length; i += 2) {
                Object v = node[i + 1];
                if (v != null) {
                    if ((w & WEAKKEY) == 0) {
                        mark(node[i]);
                    }
                    if ((w & WEAKVAL) == 0) {
                        mark(v);
                    }
                }
            }
        }
        return w;
    }

    private long propagateAll() {
        long m = 0;
        while (!gray.isEmpty()) {
            m += propagateOne();
        }
        return m;
    }

    void barrierBack(GCObject t) {
        t.gcMark &= ~Heap.BLACK;
        grayAgain.push(t);
    }

    void barrierForward(GCObject o, GCObject v) {
        if (state == State.PROPAGATE || state == State.ATOMIC) {
            markObject(v);
        } else {
            o.gcMark = (byte) ((o.gcMark & ~(Heap.WHITES | Heap.BLACK)) | currentWhite);
        }
    }

    private void markStart() {
        unlisted.clear();
        gray.clear();
        grayAgain.clear();
        weak.clear();
        roots.markRoots(this);
        state = State.PROPAGATE;
        marked = true;
    }

    private void atomic() {
        propagateAll();
        // Weak tables are traversed again (they may have changed), then the roots and the 2nd-chance list.
        ArrayList<LuaTable> w = new ArrayList<>(weak);
        weak.clear();
        for (LuaTable t : w) {
            gray.push(t);
        }
        roots.markRoots(this);
        propagateAll();
        while (!grayAgain.isEmpty()) {
            gray.push(grayAgain.pop());
        }
        propagateAll();
        long udsize = separateUserdata();
        for (GCObject u : toFinalize) {
            u.gcMark = (byte) ((u.gcMark & ~(Heap.WHITES | Heap.BLACK)) | currentWhite);
            markObject(u);
        }
        udsize += propagateAll();
        clearWeak();
        heap.bufferShrink();
        currentWhite = otherWhite();
        sweepPos = -1;
        sweepingUdata = false;
        estimate = heap.total() - udsize;
    }

    /** Moves unreached userdata with a __gc metamethod to the finalization queue (newest first). */
    private long separateUserdata() {
        long m = 0;
        GCObject[] ud = heap.udata.items;
        for (int i = heap.udata.count - 1; i >= 0; i--) {
            GCObject o = ud[i];
            if ((o.gcMark & Heap.WHITES) == 0 || (o.gcMark & Heap.FINALIZED) != 0) {
                continue;
            }
            o.gcMark |= Heap.FINALIZED;
            if (gcMetamethod(o) != null) {
                m += o instanceof Traversable t ? t.gcBytes(heap.layout) : heap.runtime.bytes(o);
                ud[i] = null;
                toFinalize.addLast(o);
            }
        }
        heap.udata.closeHoles();
        return m;
    }

    private Object gcMetamethod(GCObject o) {
        LuaTable mt = o instanceof Traversable t ? t.gcMetatable()
                : o instanceof LuaUserdata u ? u.metatable : null;
        if (mt == null) {
            return null;
        }
        if (gcKey == null) {
            gcKey = heap.strings.fix(heap.strings.intern("__gc"));
        }
        return mt.getStr(gcKey);
    }

    private static boolean mayClear(Object v, boolean isValue) {
        if (v instanceof GCObject o) {
            if (o instanceof LuaString) {
                o.gcMark &= ~Heap.WHITES;
                return false;
            }
            if ((o.gcMark & Heap.WHITES) != 0) {
                return true;
            }
            return isValue && (o.gcMark & Heap.FINALIZED) != 0 && (o instanceof LuaUserdata
                    || o instanceof Traversable t && t.gcKind() == HeapKind.USERDATA);
        }
        return false;
    }

    private void clearWeak() {
        for (LuaTable t : weak) {
            if ((t.gcWeak & WEAKVAL) != 0) {
                Object[] a = t.gcArray();
                for (int i = 0; i < a.length; i++) {
                    if (mayClear(a[i], true)) {
                        a[i] = null;
                    }
                }
            }
            Object[] node = t.gcHashNodes();
            if (node != null) {
                for (int i = 0; i < node.length; i += 2) {
                    if (node[i + 1] != null && (mayClear(node[i], false) || mayClear(node[i + 1], true))) {
                        node[i + 1] = null;
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ sweep

    /**
     * Sweeps up to {@code limit} objects, the root list's newest first, then the userdata list; returns true when
     * both are done. As in LuaJIT, objects made before the sweep reaches a list are swept, later ones are not, and
     * passing from one list to the other costs one object (LuaJIT visits the main thread there).
     */
    private boolean sweep(int limit) {
        if (!sweepingUdata) {
            int pos = sweepPos < 0 ? heap.objects.count : sweepPos;
            int n = Math.min(limit, pos);
            sweepPos = sweepSlots(heap.objects.items, pos, n);
            limit -= n;
            if (limit == 0) {
                return false;
            }
            heap.objects.closeHoles();
            sweepingUdata = true;
            sweepPos = -1;
            if (--limit == 0) {
                return heap.udata.count == 0;
            }
        }
        int pos = sweepPos < 0 ? heap.udata.count : sweepPos;
        sweepPos = sweepSlots(heap.udata.items, pos, Math.min(limit, pos));
        if (sweepPos > 0) {
            return false;
        }
        heap.udata.closeHoles();
        return true;
    }

    /** Sweeps objs[pos-n, pos), the newest first: frees the dead (nulls their slots), whitens the rest. */
    private int sweepSlots(GCObject[] objs, int pos, int n) {
        // Dead: the other white and not fixed. Survivors get the current white.
        final int dead = otherWhite();
        final int deadOrFixed = dead | Heap.FIXED;
        final int keep = ~(Heap.WHITES | Heap.BLACK);
        final byte white = currentWhite;
        final int end = pos - n;
        while (pos > end) {
            GCObject o = objs[--pos];
            int m = o.gcMark;
            if ((m & deadOrFixed) == dead) {
                objs[pos] = null;
                free(o);
            } else {
                o.gcMark = (byte) ((m & keep) | white);
            }
        }
        return pos;
    }

    /** Gives back a dead object's bytes (Traversable takes precedence over the VM classes it may extend). */
    private void free(GCObject o) {
        if (o instanceof LuaTable t) {
            t.gcFree();
        } else if (o instanceof LuaClosure f) {
            heap.freeObject(HeapKind.FUNCTION, heap.layout.funcLSize(f.nupvals));
        } else if (o instanceof UpVal) {
            heap.freeObject(HeapKind.UPVALUE, heap.layout.upval);
        } else if (o instanceof Proto p) {
            heap.freeObject(HeapKind.PROTO, heap.protoBytes(p));
        } else if (o instanceof Traversable t) {
            heap.freeObject(t.gcKind(), t.gcBytes(heap.layout));
            t.gcFreed(heap);
        } else if (RuntimeObjects.knows(o)) {
            heap.runtime.free(o);
        } else {
            long[] ks = leafSizes.remove(o);
            if (ks != null) {
                heap.freeObject(HeapKind.values()[(int) ks[0]], ks[1]);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- stepping

    /** One unit of the current phase; {@code budget} is the work the step may still do (string sweeps batch). */
    private long oneStep(long budget) {
        switch (state) {
            case PAUSE:
                markStart();
                return 0;
            case PROPAGATE:
                if (!gray.isEmpty()) {
                    return propagateOne();
                }
                state = State.ATOMIC;
                return 0;
            case ATOMIC:
                atomic();
                state = State.SWEEPSTRING;
                sweepString = 0;
                return 0;
            case SWEEPSTRING: {
                // One chain costs SWEEPCOST, as in LuaJIT. The chains the step's budget covers are swept in one
                // call: the same chains, in the same order, that one call per chain would sweep, minus the
                // per-call overhead that dominated string-heavy programs (the table has a slot per string).
                long chains = Math.max(1, budget / SWEEPCOST + (budget % SWEEPCOST != 0 ? 1 : 0)); // no overflow
                long old = heap.total();
                int next = heap.strings.sweepChains(sweepString, (int) Math.min(chains, Integer.MAX_VALUE),
                        otherWhite(), currentWhite);
                long swept = next - sweepString;
                sweepString = next;
                if (heap.strings.sweptAll(next)) {
                    state = State.SWEEP;
                }
                estimate -= old - heap.total();
                return swept * SWEEPCOST;
            }
            case SWEEP: {
                long old = heap.total();
                if (sweep(SWEEPMAX)) {
                    heap.strings.shrinkIfSparse();
                    if (!toFinalize.isEmpty()) {
                        state = State.FINALIZE;
                    } else {
                        endCycle();
                    }
                }
                estimate -= old - heap.total();
                return (long) SWEEPMAX * SWEEPCOST;
            }
            case FINALIZE:
                if (!toFinalize.isEmpty()) {
                    finalizeOne();
                    if (estimate > FINALIZECOST) {
                        estimate -= FINALIZECOST;
                    }
                    return FINALIZECOST;
                }
                endCycle();
                return 0;
            default:
                throw new IllegalStateException(state.name());
        }
    }

    private void endCycle() {
        state = State.PAUSE;
        debt = 0;
        if (marked) {
            cycles++;
            marked = false;
        }
        heap.retakeOomReserve();
    }

    /** Puts the oldest queued userdata back in the userdata list (white) and calls its __gc. */
    private void finalizeOne() {
        GCObject o = toFinalize.pollFirst();
        heap.udata.add(o);
        o.gcMark = (byte) ((o.gcMark & ~(Heap.WHITES | Heap.BLACK)) | currentWhite);
        Object mo = gcMetamethod(o);
        if (mo != null) {
            long oldThreshold = threshold;
            threshold = Long.MAX_VALUE;
            try {
                roots.callFinalizer(mo, o);
            } finally {
                threshold = oldThreshold;
            }
        }
    }

    /** lj_gc_step: work proportional to stepmul; returns 1 when a cycle finished, 0 or -1 otherwise. */
    int step() {
        if (roots == null) {
            threshold = heap.total() + STEPSIZE;
            return -1;
        }
        long lim = (STEPSIZE / 100) * (long) stepmul;
        if (lim == 0) {
            lim = Long.MAX_VALUE;
        }
        if (heap.total() > threshold) {
            debt += heap.total() - threshold;
        }
        do {
            lim -= oneStep(lim);
            if (state == State.PAUSE) {
                threshold = (estimate / 100) * pause;
                return 1;
            }
        } while (lim > 0);
        if (debt < STEPSIZE) {
            threshold = heap.total() + STEPSIZE;
            return -1;
        }
        debt -= STEPSIZE;
        threshold = heap.total();
        return 0;
    }

    /** collectgarbage("step", n): true when a cycle finished. */
    boolean userStep(int kb) {
        long a = (long) kb << 10;
        threshold = a <= heap.total() ? heap.total() - a : 0;
        while (heap.total() >= threshold) {
            if (roots == null) {
                return false;
            }
            if (step() > 0) {
                return true;
            }
        }
        return false;
    }

    /** lj_gc_fullgc: finishes any sweep in progress, then runs a whole cycle. */
    void fullGc() {
        if (roots == null) {
            return;
        }
        if (state.ordinal() <= State.ATOMIC.ordinal()) {
            // Caught in the middle of marking: sweep everything, keeping it (nothing has the dead white yet).
            sweepPos = -1;
            sweepingUdata = false;
            gray.clear();
            grayAgain.clear();
            weak.clear();
            state = State.SWEEPSTRING;
            sweepString = 0;
        }
        while (state == State.SWEEPSTRING || state == State.SWEEP) {
            oneStep(Long.MAX_VALUE);
        }
        state = State.PAUSE;
        do {
            oneStep(Long.MAX_VALUE);
        } while (state != State.PAUSE);
        threshold = (estimate / 100) * pause;
    }

    /** The collector's phase, for tests and --mem-stats. */
    public String phase() {
        return state.name().toLowerCase();
    }
}
