package org.jresty.runtime;

import java.util.Arrays;

import org.jresty.heap.Heap;
import org.jresty.heap.HeapKind;
import org.jresty.heap.Layout;

/**
 * The VM's string table (LuaJIT's g->str): every live string once, in power-of-two chains linked through
 * {@link LuaString#chainNext}. Interning equal bytes returns the existing string (allocating nothing); a new string
 * costs LuaJIT's header + ((len + 4) &amp; ~3) bytes. The table starts at 256 slots, doubles when it holds more
 * strings than slots, and halves after a sweep that leaves it at most a quarter full (never below 512 slots
 * before halving); it does not resize while the collector sweeps it, as in LuaJIT. Its slots are counted (one
 * reference each).
 *
 * <p>Strings are chained by the constant-time sparse hash ({@link StrHash#sparse}). As in LuaJIT 2.1, a chain that
 * collects more than {@link #MAX_COLL} collisions (long strings that agree on the sampled words) moves to the full
 * hash: its slot is marked, and the strings whose sparse hash lands on a marked slot are chained by their full
 * hash instead. The marks are re-decided at each resize.
 */
public final class StringTable implements Interner {
    /** LJ_STR_MAXCOLL: chain entries (plus equal-hash mismatches) tolerated before a chain turns dense. */
    static final int MAX_COLL = 32;

    private final Heap heap;
    private LuaString[] chains = new LuaString[0];
    /**
     * Per chain, a summary that lets most lookups of a new string skip the chain (each entry is a cache miss):
     * tags has bit (sparse hash &gt;&gt;&gt; 29) set for every string in the chain, lens counts them (saturating at
     * 255). A lookup whose bit is clear in a chain of at most MAX_COLL strings could only walk it to find nothing
     * and no reason to turn it dense, so it does not. Recounted exactly whenever a chain is swept or rechained.
     */
    private byte[] tags = new byte[0];
    private byte[] lens = new byte[0];
    private int mask = -1;
    private int count;
    /** Slots whose strings are chained by full hash (LuaJIT's low bit in a chain head); null while none is. */
    private long[] denseSlots;
    /** The empty string lives in the global state (costs nothing, never collected). */
    public final LuaString empty = new LuaString(new byte[0], 0);

    public StringTable(Heap heap) {
        this.heap = heap;
        empty.gcMark = Heap.FIXED;
        resize(Layout.MIN_STRTAB - 1);
    }

    @Override
    public LuaString intern(byte[] b, int off, int len) {
        if (len == 0) {
            return empty;
        }
        int sparse = StrHash.sparse(b, off, len);
        LuaString s = lookup(b, off, len, sparse);
        return s != null ? s : add(Arrays.copyOfRange(b, off, off + len), sparse);
    }

    /** Interns a fresh array, keeping it (no copy) when the string is new. The caller must not touch it again. */
    @Override
    public LuaString internOwned(byte[] b) {
        int len = b.length;
        if (len == 0) {
            return empty;
        }
        int sparse = StrHash.sparse(b, 0, len);
        LuaString s = lookup(b, 0, len, sparse);
        return s != null ? s : add(b, sparse);
    }

    /** Interns a Java string's chars as Latin-1 bytes. */
    @Override
    public LuaString intern(String s) {
        return internOwned(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The live string with these bytes, or null; turns an over-long sparse chain dense on the way. */
    private LuaString lookup(byte[] b, int off, int len, int sparse) {
        int i = sparse & mask;
        boolean dense = isDense(denseSlots, i);
        if (dense) {
            i = StrHash.keyHash(sparse, b, off, len) & mask;
        }
        if ((tags[i] & tagBit(sparse)) == 0 && (lens[i] & 0xff) <= MAX_COLL) {
            return null;
        }
        int coll = 0;
        for (LuaString s = chains[i]; s != null; s = s.chainNext) {
            if (s.sparseHash() == sparse && s.length() == len) {
                if (s.contentEquals(b, off, len)) {
                    heap.collector().resurrect(s);
                    return s;
                }
                coll++;
            }
            coll++;
        }
        if (coll > MAX_COLL && !dense) {
            rechainDense(i);
        }
        return null;
    }

    /** Links a new string (owned bytes, len &gt; 0) into its chain and accounts it. */
    private LuaString add(byte[] owned, int sparse) {
        int len = owned.length;
        if (len > Layout.MAX_STR) {
            throw new LuaError("string length overflow");
        }
        heap.newString(len);
        LuaString s = new LuaString(owned, sparse);
        s.gcMark = (byte) (heap.collector().currentWhite() | Heap.LISTED);
        int i = sparse & mask;
        if (isDense(denseSlots, i)) {
            s.denseChained = true;
            i = s.hashCode() & mask;
        }
        link(s, i);
        if (++count > mask) {
            resize((mask << 1) + 1);
        }
        return s;
    }

    /** lj_str_rehash_chain: marks slot i dense and rechains its strings by full hash (sweeping them if due). */
    private void rechainDense(int i) {
        if (denseSlots == null) {
            denseSlots = new long[(mask >> 6) + 1];
        }
        denseSlots[i >> 6] |= 1L << i;
        boolean sweeping = sweepingStrings();
        LuaString s = chains[i];
        chains[i] = null;
        tags[i] = 0;
        lens[i] = 0;
        while (s != null) {
            LuaString next = s.chainNext;
            if (!sweeping || !sweepDead(s, heap.collector().otherWhite(), heap.collector().currentWhite())) {
                s.denseChained = true;
                link(s, s.hashCode() & mask);
            }
            s = next;
        }
    }

    /** Puts s at the head of chain i, in the chain's summary too. */
    private void link(LuaString s, int i) {
        s.chainNext = chains[i];
        chains[i] = s;
        tags[i] |= tagBit(s.sparseHash());
        if (lens[i] != (byte) 255) {
            lens[i]++;
        }
    }

    private static int tagBit(int sparse) {
        return 1 << (sparse >>> 29);
    }

    /** Marks a string as never collected (reserved words, metamethod names: LuaJIT's fixstring). */
    public LuaString fix(LuaString s) {
        s.gcMark |= Heap.FIXED;
        return s;
    }

    /** Number of strings held. */
    public int size() {
        return count;
    }

    /** Number of slots (mask + 1). */
    public int slots() {
        return mask + 1;
    }

    /** Number of slots whose strings are chained by full hash (for tests). */
    public int denseSlotCount() {
        int n = 0;
        if (denseSlots != null) {
            for (long bits : denseSlots) {
                n += Long.bitCount(bits);
            }
        }
        return n;
    }

    private int slotOf(LuaString s, int m) {
        return (s.denseChained ? s.hashCode() : s.sparseHash()) & m;
    }

    /** lj_str_resize: rechains every string; with dense chains about, re-decides which slots stay dense. */
    private void resize(int newMask) {
        if (sweepingStrings()) {
            return;
        }
        heap.allocBlock(HeapKind.STRING_TABLE, heap.layout.stringTableSize(newMask + 1));
        long[] newDense = denseSlots == null ? null : markDenseSlots(newMask);
        LuaString[] old = chains;
        chains = new LuaString[newMask + 1];
        tags = new byte[newMask + 1];
        lens = new byte[newMask + 1];
        for (LuaString head : old) {
            LuaString o = head;
            while (o != null) {
                LuaString next = o.chainNext;
                if (newDense != null) {
                    o.denseChained = isDense(newDense, o.sparseHash() & newMask);
                }
                link(o, slotOf(o, newMask));
                o = next;
            }
        }
        heap.freeBlock(HeapKind.STRING_TABLE, heap.layout.stringTableSize(mask + 1));
        mask = newMask;
        denseSlots = newDense;
    }

    private static boolean isDense(long[] slots, int i) {
        return slots != null && (slots[i >> 6] & 1L << i) != 0;
    }

    /** The slots of a table of newMask + 1 that more than MAX_COLL strings reach by sparse hash; null if none. */
    private long[] markDenseSlots(int newMask) {
        byte[] lengths = new byte[newMask + 1]; // saturates just above MAX_COLL
        for (LuaString head : chains) {
            for (LuaString o = head; o != null; o = o.chainNext) {
                int i = o.sparseHash() & newMask;
                if (lengths[i] <= MAX_COLL) {
                    lengths[i]++;
                }
            }
        }
        long[] dense = null;
        for (int i = 0; i <= newMask; i++) {
            if (lengths[i] > MAX_COLL) {
                if (dense == null) {
                    dense = new long[(newMask >> 6) + 1];
                }
                dense[i >> 6] |= 1L << i;
            }
        }
        return dense;
    }

    private boolean sweepingStrings() {
        return heap.collector().sweepingStrings();
    }

    /** Sweeps one string: frees it (true) when it has the dead white, else gives it the current white. */
    private boolean sweepDead(LuaString s, byte deadWhite, byte currentWhite) {
        byte m = s.gcMark;
        if ((m & Heap.FIXED) == 0 && (m & deadWhite) != 0) {
            s.chainNext = null;
            count--;
            heap.freeString(s.length());
            return true;
        }
        s.gcMark = (byte) ((m & ~(Heap.WHITES | Heap.BLACK)) | currentWhite);
        return false;
    }

    /**
     * Sweeps up to n chains from chain i on (the collector's sweep-string phase): frees strings of the dead white,
     * turns the others to the current white. Stops after the last chain; returns the index after the last chain
     * swept (one past the table once it is done, see {@link #sweptAll}). An index past the table counts as one
     * chain, as LuaJIT's sweep of a chain beyond a shrunk mask does.
     */
    public int sweepChains(int i, int n, byte deadWhite, byte currentWhite) {
        LuaString[] chains = this.chains;
        int last = (int) Math.min(mask, (long) i + n - 1);
        if (i > mask) {
            return i + 1;
        }
        for (int j = i; j <= last; j++) {
            LuaString o = chains[j];
            if (o != null) {
                sweepChain(chains, j, o, deadWhite, currentWhite);
            }
        }
        return last + 1;
    }

    /** Whether a string sweep that reached index {@code next} is done. */
    public boolean sweptAll(int next) {
        return next > mask;
    }

    private void sweepChain(LuaString[] chains, int i, LuaString first, byte deadWhite, byte currentWhite) {
        LuaString prev = null;
        LuaString o = first;
        int tag = 0;
        int n = 0;
        while (o != null) {
            LuaString next = o.chainNext;
            if (sweepDead(o, deadWhite, currentWhite)) {
                if (prev == null) {
                    chains[i] = next;
                } else {
                    prev.chainNext = next;
                }
            } else {
                prev = o;
                tag |= tagBit(o.sparseHash());
                n++;
            }
            o = next;
        }
        tags[i] = (byte) tag;
        lens[i] = (byte) Math.min(n, 255);
    }

    /** After a sweep: halve a table that is at most a quarter full (lj_str_resize from the sweep phase). */
    public void shrinkIfSparse() {
        if (count <= (mask >> 2) && mask > Layout.MIN_STRTAB * 2 - 1) {
            resize(mask >> 1);
        }
    }
}
