package org.jresty.runtime;

import java.util.Arrays;

import org.jresty.heap.Heap;
import org.jresty.heap.HeapKind;
import org.jresty.heap.Layout;

/**
 * The VM's string table (LuaJIT's g->str): every live string once, in power-of-two chains. Interning equal bytes
 * returns the existing string (allocating nothing); a new string costs LuaJIT's header + ((len + 4) &amp; ~3) bytes.
 * The table starts at 256 slots, doubles when it holds more strings than slots, and halves after a sweep that
 * leaves it at most a quarter full (never below 512 slots before halving); it does not resize while the collector
 * sweeps it, as in LuaJIT. Its slots are counted (one reference each).
 *
 * <p>The strings and their chains live in a pool beside them: entry k holds a string, its sparse hash and the entry
 * after it in its chain, in three arrays, in the order the strings were made. A lookup compares hashes without
 * touching the strings it passes; a resize rechains from the arrays alone. The collector's sweep of the strings
 * walks the pool in order (the strings were allocated in that order, so the walk reads memory forwards instead of
 * jumping from chain to chain): the sweep of chains [i, j) of the table's n sweeps the same share, [i, j) / n, of
 * the pool, which keeps LuaJIT's cost and pace (one unit per chain). A swept string leaves a dead entry in its chain;
 * lookups skip it, and the next rebuild drops it: a resize, or a compaction once the dead entries outnumber the live
 * strings and the slots (or fill the pool).
 *
 * <p>Each chain's head packs the first entry with a summary that lets most lookups of a new string skip the chain:
 * a tag bit (three bits of a mix of the sparse hash) for every entry in the chain, and their count, saturating at
 * 255. A lookup whose bit is clear in a chain of at most MAX_COLL entries could only walk it to find nothing and no
 * reason to turn it dense, so it does not. Dead entries stay in the summary until the next rebuild: it
 * over-approximates.
 *
 * <p>Strings are chained by the constant-time sparse hash ({@link StrHash#sparse}). As in LuaJIT 2.1, a chain that
 * collects more than {@link #MAX_COLL} collisions (long strings that agree on the sampled words) moves to the full
 * hash: its slot is marked, and the strings whose sparse hash lands on a marked slot are chained by their full
 * hash instead. The marks are re-decided at each resize.
 */
public final class StringTable implements Interner {
    /** LJ_STR_MAXCOLL: chain entries (plus equal-hash mismatches) tolerated before a chain turns dense. */
    static final int MAX_COLL = 32;
    /** In a pool entry's next link: the entry's string was swept (the entry waits in its chain for a rebuild). */
    private static final int DEAD = 0x80000000;
    private static final long TAGS = 0xffL << 32;

    private final Heap heap;
    /** Per chain: the first pool entry (low 32 bits, 0 = empty), the tag bits (bits 32-39), the count (40-47). */
    private long[] heads = new long[0];
    /** The pool; entry 0 is never used, so that 0 ends a chain. */
    private LuaString[] pool = new LuaString[2];
    private int[] poolNext = new int[2];
    private int[] poolHash = new int[2];
    /** Entries below this are in use (live, or dead and still chained). */
    private int poolTop = 1;
    /** Dead entries still in chains (lookups pass them until the next rebuild drops them). */
    private int dead;
    /** The pool's top when the current string sweep started: later entries are new and need no sweep. */
    private int sweepTop;
    private int mask = -1;
    private int count;
    /** Slots whose strings are chained by full hash (LuaJIT's low bit in a chain head); null while none is. */
    private long[] denseSlots;
    /**
     * Strings found again lately, by sparse hash: a lookup that hits here loads the string and its bytes only,
     * not the chain head, the pool entries and then the string. Only strings in the table are here (the sweep
     * clears a string's place when it frees it).
     */
    private final LuaString[] recent = new LuaString[RECENT];
    private static final int RECENT = 4096;
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
        return s != null ? s : add(Arrays.copyOfRange(b, off, off + len), len, sparse, LuaString.PLAIN);
    }

    /** Interns a fresh array, keeping it (no copy) when the string is new. The caller must not touch it again. */
    @Override
    public LuaString internOwned(byte[] b) {
        int len = b.length;
        return len == 0 ? empty : internConcat(b, len, LuaString.PLAIN);
    }

    /**
     * Interns b[0, len) (len &gt; 0), keeping the array when the string is new: as {@link #internOwned}, but the
     * array may be longer (a concatenation's, its bytes past len left for in-place appends); a new string gets the
     * given growth (see {@link LuaString}).
     */
    @Override
    public LuaString internConcat(byte[] b, int len, byte growth) {
        int sparse = StrHash.sparse(b, 0, len);
        LuaString s = lookup(b, 0, len, sparse);
        return s != null ? s : add(b, len, sparse, growth);
    }

    /** Interns a Java string's chars as Latin-1 bytes. */
    @Override
    public LuaString intern(String s) {
        return internOwned(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The live string with these bytes, or null; turns an over-long sparse chain dense on the way. */
    private LuaString lookup(byte[] b, int off, int len, int sparse) {
        LuaString r = recent[sparse & (RECENT - 1)];
        if (r != null && r.sparseHash() == sparse && r.contentEquals(b, off, len)) {
            heap.collector().resurrect(r);
            return r;
        }
        int i = sparse & mask;
        boolean dense = isDense(denseSlots, i);
        if (dense) {
            i = StrHash.keyHash(sparse, b, off, len) & mask;
        }
        long head = heads[i];
        if ((head & tagBit(sparse)) == 0 && chainCount(head) <= MAX_COLL) {
            return null;
        }
        int[] next = poolNext;
        int[] hash = poolHash;
        int coll = 0;
        for (int k = (int) head; k != 0; ) {
            int after = next[k];
            if (after >= 0) { // a live entry
                if (hash[k] == sparse) {
                    LuaString s = pool[k];
                    if (s.length() == len) {
                        if (s.contentEquals(b, off, len)) {
                            heap.collector().resurrect(s);
                            recent[sparse & (RECENT - 1)] = s;
                            return s;
                        }
                        coll++;
                    }
                }
                coll++;
            }
            k = after & ~DEAD;
        }
        if (coll > MAX_COLL && !dense) {
            rechainDense(i);
        }
        return null;
    }

    /** Links a new string (owned bytes, len &gt; 0) into its chain and accounts it. */
    private LuaString add(byte[] owned, int len, int sparse, byte growth) {
        if (len > Layout.MAX_STR) {
            throw new LuaError("string length overflow");
        }
        heap.newString(len);
        LuaString s = new LuaString(owned, len, sparse, growth);
        s.gcMark = (byte) (heap.collector().currentWhite() | Heap.LISTED);
        if (poolTop == pool.length || dead > count + mask) {
            makeRoom();
        }
        int k = poolTop++;
        pool[k] = s;
        poolHash[k] = sparse;
        int i = sparse & mask;
        link(heads, k, isDense(denseSlots, i) ? s.hashCode() & mask : i);
        if (++count > mask) {
            resize((mask << 1) + 1);
        }
        return s;
    }

    /**
     * The pool is full, or its chains hold more dead entries than live ones and slots together: rebuilds it without
     * its dead entries when at least half of it is dead, else (or while a string sweep is under way, whose positions
     * must not move) doubles it when full.
     */
    private void makeRoom() {
        if (!sweepingStrings() && poolTop - 1 - count >= poolTop >> 1) {
            rebuild(mask, denseSlots);
        } else if (poolTop == pool.length) {
            int cap = pool.length << 1;
            pool = Arrays.copyOf(pool, cap);
            poolNext = Arrays.copyOf(poolNext, cap);
            poolHash = Arrays.copyOf(poolHash, cap);
        }
    }

    /** lj_str_rehash_chain: marks slot i dense and rechains its live strings by full hash. */
    private void rechainDense(int i) {
        if (denseSlots == null) {
            denseSlots = new long[(mask >> 6) + 1];
        }
        denseSlots[i >> 6] |= 1L << i;
        int k = (int) heads[i];
        heads[i] = 0;
        while (k != 0) {
            int after = poolNext[k];
            if (after >= 0) {
                link(heads, k, pool[k].hashCode() & mask);
            } else {
                poolNext[k] = DEAD; // unlinked for good; the next rebuild drops it
                dead--;
            }
            k = after & ~DEAD;
        }
    }

    /** Puts pool entry k at the head of chain i of heads, in the chain's summary too. */
    private void link(long[] heads, int k, int i) {
        long head = heads[i];
        poolNext[k] = (int) head;
        long n = Math.min(chainCount(head) + 1, 255);
        heads[i] = (head & TAGS) | tagBit(poolHash[k]) | k | n << 40;
    }

    /**
     * The summary bit of a sparse hash, in a chain head: three bits of a multiplicative mix of it (the hash's own
     * high bits hardly vary between short strings, and its low bits are the slot).
     */
    private static long tagBit(int sparse) {
        return 1L << (32 + ((sparse * 0x9E3779B9) >>> 29));
    }

    private static int chainCount(long head) {
        return (int) (head >>> 40) & 0xff;
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

    /** Dead entries still chained (for tests: a rebuild bounds them by the live strings and slots). */
    int deadEntries() {
        return dead;
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

    /** lj_str_resize: rechains every string; with dense chains about, re-decides which slots stay dense. */
    private void resize(int newMask) {
        if (sweepingStrings()) {
            return;
        }
        heap.allocBlock(HeapKind.STRING_TABLE, heap.layout.stringTableSize(newMask + 1));
        rebuild(newMask, denseSlots == null ? null : markDenseSlots(newMask));
        heap.freeBlock(HeapKind.STRING_TABLE, heap.layout.stringTableSize(mask + 1));
        mask = newMask;
    }

    /**
     * Rechains the live strings into a table of newMask + 1 chains with these dense slots, in a pool that keeps
     * their order and has room for as many again (at least a table's worth): the same arrays, compacted in place,
     * unless they are too small or far too large.
     */
    private void rebuild(int newMask, long[] newDense) {
        int cap = Math.max(count << 1, newMask + 2);
        LuaString[] oldPool = pool;
        int[] oldHash = poolHash;
        int top = poolTop;
        if (pool.length < cap || pool.length > cap << 2) {
            pool = new LuaString[cap];
            poolHash = new int[cap];
            poolNext = new int[cap];
        }
        long[] newHeads = newMask == mask ? heads : new long[newMask + 1];
        if (newHeads == heads) {
            Arrays.fill(newHeads, 0);
        }
        int k = 1;
        for (int j = 1; j < top; j++) { // k <= j: compacting in place never overwrites an entry still to move
            LuaString s = oldPool[j];
            if (s != null) {
                int h = oldHash[j];
                pool[k] = s;
                poolHash[k] = h;
                int i = h & newMask;
                link(newHeads, k, isDense(newDense, i) ? s.hashCode() & newMask : i);
                k++;
            }
        }
        if (pool == oldPool) {
            Arrays.fill(pool, k, top, null);
        }
        poolTop = k;
        dead = 0;
        heads = newHeads;
        denseSlots = newDense;
    }

    private static boolean isDense(long[] slots, int i) {
        return slots != null && (slots[i >> 6] & 1L << i) != 0;
    }

    /** The slots of a table of newMask + 1 that more than MAX_COLL strings reach by sparse hash; null if none. */
    private long[] markDenseSlots(int newMask) {
        byte[] lengths = new byte[newMask + 1]; // saturates just above MAX_COLL
        for (int j = 1; j < poolTop; j++) {
            if (pool[j] != null) {
                int i = poolHash[j] & newMask;
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

    /**
     * Sweeps the share of up to n chains from chain i on (the collector's sweep-string phase): frees strings of the
     * dead white, turns the others to the current white. Stops after the last chain; returns the index after the
     * last chain swept (one past the table once it is done, see {@link #sweptAll}). An index past the table counts
     * as one chain, as LuaJIT's sweep of a chain beyond a shrunk mask does.
     */
    public int sweepChains(int i, int n, byte deadWhite, byte currentWhite) {
        if (i > mask) {
            return i + 1;
        }
        if (i == 0) {
            sweepTop = poolTop;
        }
        int last = (int) Math.min(mask, (long) i + n - 1);
        long chains = mask + 1L;
        int from = (int) (i * (sweepTop - 1L) / chains) + 1;
        int to = (int) ((last + 1L) * (sweepTop - 1L) / chains) + 1;
        LuaString[] pool = this.pool;
        int[] next = poolNext;
        int keep = ~(Heap.WHITES | Heap.BLACK);
        for (int k = from; k < to; k++) {
            LuaString s = pool[k];
            if (s == null) {
                continue;
            }
            byte m = s.gcMark;
            if ((m & Heap.FIXED) == 0 && (m & deadWhite) != 0) {
                pool[k] = null;
                next[k] |= DEAD;
                count--;
                dead++;
                int slot = s.sparseHash() & (RECENT - 1);
                if (recent[slot] == s) {
                    recent[slot] = null;
                }
                heap.freeString(s.length());
            } else {
                s.gcMark = (byte) ((m & keep) | currentWhite);
            }
        }
        return last + 1;
    }

    /** Whether a string sweep that reached index {@code next} is done. */
    public boolean sweptAll(int next) {
        return next > mask;
    }

    /** After a sweep: halve a table that is at most a quarter full (lj_str_resize from the sweep phase). */
    public void shrinkIfSparse() {
        if (count <= (mask >> 2) && mask > Layout.MIN_STRTAB * 2 - 1) {
            resize(mask >> 1);
        }
    }
}
