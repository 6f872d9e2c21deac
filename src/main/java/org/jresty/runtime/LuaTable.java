package org.jresty.runtime;

import java.util.Arrays;

import org.jresty.bytecode.TemplateTable;
import org.jresty.heap.Heap;
import org.jresty.heap.HeapKind;
import org.jresty.heap.Layout;

/**
 * A Lua table laid out as LuaJIT's GCtab, so that {@code #t} and the byte count are LuaJIT's.
 *
 * <p>Array part: {@code asize} slots for the integer keys {@code 0 .. asize-1} (slot 0 included, as in LuaJIT:
 * {@code {1}} has 2 slots). Hash part: a power-of-two number of nodes (key, value, next) with LuaJIT's collision
 * scheme (main position, Brent's variation, a free pointer that only moves down), or none at all (LuaJIT's shared
 * nil node). A key set to nil keeps its node (a dead key) until the next rehash, exactly as in LuaJIT, so the
 * moments when the table grows are LuaJIT's. Numbers hash with LuaJIT's function; strings and objects with ours
 * (so only {@code next}'s order can differ from LuaJIT's).
 *
 * <p>Public API (stable): constructors by LuaJIT's raw sizes, by TNEW's operand ({@link #fromTNEW}), by
 * {@code table.new}/lua_createtable sizes ({@link #createTable}), by a TDUP template; raw access
 * {@link #get}, {@link #getInt}, {@link #getStr}, {@link #set}, {@link #setInt}, {@link #setStr}
 * ({@code set} throws "table index is nil" / "table index is NaN"); {@link #length} ({@code #});
 * iteration by index ({@link #iterIndexOf}, {@link #iterNext}, {@link #iterKey}, {@link #iterValue}) or
 * {@link #next}. Values: nil = null, numbers = Double; integral doubles are integer keys, -0 is 0, NaN is never a
 * key. {@link #metatable} may be read directly; write it with {@link #setMetatable} (GC barrier). {@link #nomm}
 * is LuaJIT's negative metamethod cache: a bit per fast metamethod, cleared by every raw store.
 */
public final class LuaTable extends GCObject {
    private static final Object[] NO_SLOTS = new Object[0];
    private static final Double ZERO = 0.0;
    /** LJ_MAX_ABITS: array parts are at most 2^28 slots. */
    private static final int MAX_ABITS = 28;

    // The first three byte fields fill the gap after the collector's mark (HotSpot places them first fit), in the
    // object's first 16 bytes: the sweep frees a dead table reading that line only, never its arrays.
    /** Colocated array slots (at most 16): > 0 colocated, < 0 colocated once and since separated, 0 never colocated. */
    private byte colo;
    /** log2 of the hash nodes plus one, 0 without a hash part (lookups and the sweep need no array's length). */
    private byte hlog;
    /** The array part is a block of its own (not colocated, not empty): its bytes count apart. */
    private boolean arrayBlock;

    /** The metatable (read freely; assign through {@link #setMetatable}). */
    public LuaTable metatable;
    /** Negative metamethod cache (LuaJIT's nomm): bit i set = metamethod i known absent. Raw stores clear it. */
    public byte nomm;

    public final Heap heap;
    private Object[] array = NO_SLOTS;
    /**
     * Hash nodes: node i's key in hnode[2i] and its value in hnode[2i+1], side by side (a lookup reads one line,
     * the collector one array); its next-link in hnext[i] (-1 = end of chain). Null while there is no hash part.
     */
    private Object[] hnode;
    private int[] hnext;
    /**
     * hnext is a TDUP template's, shared by its copies until one of them lays out a key (copy on write): most
     * copies only ever store into the keys they were born with.
     */
    private boolean nextShared;
    /** Free search starts below this node (LuaJIT's freetop). */
    private int freetop;
    /** Weak mode found by the collector (bit 1 = weak keys, bit 2 = weak values). */
    public byte gcWeak;
    /**
     * Length hint: n when array slots 1..n hold values and every later array slot is nil (then n is the only
     * border in the array part, the one lj_tab_len's binary search finds), -1 when unknown. Kept up to date by
     * every array store; recomputed by resizes.
     */
    private int filled;

    /** lj_tab_new: {@code asize} array slots (0-based, slot 0 included) and 2^hbits hash nodes (0 = none). */
    public LuaTable(Heap heap, int asize, int hbits) {
        this.heap = heap;
        if (asize < 0 || asize > Layout.MAX_ASIZE || hbits > Layout.MAX_HBITS) {
            throw new LuaError("table overflow");
        }
        Layout layout = heap.layout;
        if (asize > 0 && asize <= Layout.MAX_COLOSIZE) {
            heap.newObject(this, HeapKind.TABLE, layout.tableSize(asize));
            colo = (byte) asize;
        } else {
            heap.newObject(this, HeapKind.TABLE, layout.tableSize(0));
            if (asize > 0) {
                heap.allocBlock(HeapKind.TABLE_ARRAY, Layout.arraySize(asize));
                arrayBlock = true;
            }
        }
        if (asize > 0) {
            array = new Object[asize];
        }
        if (hbits > 0) {
            newHashPart(hbits);
        }
    }

    /** An empty table ({@code {}}, TNEW 0). */
    public LuaTable(Heap heap) {
        this(heap, 0, 0);
    }

    /**
     * TDUP: a copy of a constant template with the template's sizes. The first copy lays the template's keys
     * out as lj_tab_set would and keeps that layout in the template; later copies clone it (LuaJIT's lj_tab_dup
     * copies the template's nodes the same way).
     */
    public LuaTable(Heap heap, TemplateTable tpl) {
        this(heap, tpl.array.length, 0);
        if (tpl.dupShape instanceof DupShape shape) {
            copyShape(shape);
        } else {
            layOut(tpl);
        }
    }

    /** A later TDUP copy: the laid-out values cloned, keys and links shared (kept small so that the VM can inline it). */
    private void copyShape(DupShape shape) {
        System.arraycopy(shape.array, 0, array, 0, shape.array.length);
        filled = shape.filled;
        if (shape.node != null) {
            int n = shape.next.length;
            heap.allocBlock(HeapKind.TABLE_HASH, Layout.hashSize(n));
            hnode = shape.node.clone();
            hnext = shape.next;
            hlog = (byte) (Integer.numberOfTrailingZeros(n) + 1);
            nextShared = true;
            freetop = shape.freetop;
        }
    }

    /** Before the first write to shared links: this table's own copy. */
    private void ownNext() {
        hnext = hnext.clone();
        nextShared = false;
    }

    /** The first TDUP copy: stores the template's entries as lj_tab_set would, then keeps the layout. */
    private void layOut(TemplateTable tpl) {
        System.arraycopy(tpl.array, 0, array, 0, tpl.array.length);
        if (tpl.hashBits > 0) {
            newHashPart(tpl.hashBits);
        }
        filled = -1;
        for (int i = 0; i < tpl.hashCount; i++) {
            rawStore(normalizeKey(tpl.hashKeys[i]), tpl.hashValues[i]);
        }
        filled = scanFilled();
        if (array.length == tpl.array.length && hashSize() == (tpl.hashBits > 0 ? 1 << tpl.hashBits : 0)) {
            tpl.dupShape = new DupShape(this);
        }
    }

    /** A template's table as TDUP first built it: what every later copy clones. */
    private static final class DupShape {
        final Object[] array;
        final int filled;
        final Object[] node;
        final int[] next;
        final int freetop;

        DupShape(LuaTable t) {
            array = t.array.clone();
            filled = t.filled;
            node = t.hnode == null ? null : t.hnode.clone();
            next = t.hnext == null ? null : t.hnext.clone();
            freetop = t.freetop;
        }
    }

    /** TNEW's operand D: low 11 bits array size (0x7ff means 0x801), high bits hash bits. */
    public static LuaTable fromTNEW(Heap heap, int d) {
        int asize = d & 0x7ff;
        if (asize == 0x7ff) {
            asize = 0x801;
        }
        return new LuaTable(heap, asize, d >>> 11);
    }

    /** lua_createtable / table.new(narr, nrec): room for keys 1..narr and nrec other keys. */
    public static LuaTable createTable(Heap heap, int narr, int nrec) {
        return new LuaTable(heap, narr > 0 ? narr + 1 : 0, hsize2hbits(nrec));
    }

    /** LuaJIT's hsize2hbits: hash bits for s keys (0 for none, 1 for one key, else 1 + floor(log2(s-1))). */
    public static int hsize2hbits(int s) {
        if (s <= 0) {
            return 0;
        }
        return s == 1 ? 1 : 1 + (31 - Integer.numberOfLeadingZeros(s - 1));
    }

    // ------------------------------------------------------------------------------------------------ sizes

    /** Array slots (LuaJIT's asize, slot 0 included). */
    public int arraySize() {
        return array.length;
    }

    /** Hash nodes (0 when the table has no hash part). */
    public int hashSize() {
        return hlog == 0 ? 0 : 1 << (hlog - 1);
    }

    /** True while the array part lives inside the table object. */
    public boolean isColocated() {
        return colo > 0;
    }

    /** The bytes this table holds in the count: object (with colocated slots), separate array, hash nodes. */
    public long heapBytes() {
        long b = heap.layout.tableSize(Math.abs(colo)) + Layout.hashSize(hashSize());
        if (colo <= 0) {
            b += Layout.arraySize(array.length);
        }
        return b;
    }

    // ------------------------------------------------------------------------------------------------ reads

    /** Raw t[k] for any key (nil when absent). */
    public Object get(Object key) {
        if (key instanceof LuaString s) {
            return getStr(s);
        }
        if (key instanceof Double d) {
            double v = d;
            int k = (int) v;
            if (k == v) {
                return getInt(k);
            }
            return v != v ? null : getNum(v);
        }
        if (key == null || hnode == null) {
            return null;
        }
        for (int i = mainPosition(key); i >= 0; i = hnext[i]) {
            if (hnode[2 * i] == key) {
                return hnode[2 * i + 1];
            }
        }
        return null;
    }

    /** Raw t[k] for an integer key. */
    public Object getInt(int k) {
        Object[] a = array;
        if (k >= 0 && k < a.length) {
            return a[k];
        }
        return hnode == null ? null : getNum(k);
    }

    /** Raw t[s] for a string key. */
    public Object getStr(LuaString key) {
        Object[] node = hnode;
        if (node == null) {
            return null;
        }
        int i = key.hashCode() & hmask();
        do {
            Object k = node[2 * i];
            if (k == key || (k instanceof LuaString ks && ks.hashCode() == key.hashCode() && ks.equals(key))) {
                return node[2 * i + 1];
            }
            i = hnext[i];
        } while (i >= 0);
        return null;
    }

    private Object getNum(double v) {
        if (hnode == null) {
            return null;
        }
        for (int i = hashNum(v) & hmask(); i >= 0; i = hnext[i]) {
            if (hnode[2 * i] instanceof Double d && d == v) {
                return hnode[2 * i + 1];
            }
        }
        return null;
    }

    // ----------------------------------------------------------------------------------------------- writes

    /** Raw t[k] = v. Throws "table index is nil" / "table index is NaN". Storing nil keeps the key's node. */
    public void set(Object key, Object val) {
        if (key instanceof LuaString s) {
            setStr(s, val);
            return;
        }
        nomm = 0;
        if (key instanceof Double d) {
            double v = d;
            int k = (int) v;
            if (k == v) {
                setInt(k, val);
                return;
            }
            if (v != v) {
                throw new LuaError("table index is NaN");
            }
        } else if (key == null) {
            throw new LuaError("table index is nil");
        }
        barrier();
        storeInHash(key, val);
    }

    /** Raw t[k] = v for an integer key. */
    public void setInt(int k, Object val) {
        Object[] a = array;
        if (k >= 0 && k < a.length) {
            a[k] = val;
            trackFilled(k, val);
            if ((gcMark & Heap.BLACK) != 0) {
                heap.barrierBack(this);
            }
            return;
        }
        barrier();
        double v = k;
        int i = findNum(v);
        if (i >= 0) {
            hnode[2 * i + 1] = val;
        } else {
            newKey(v == 0 ? ZERO : Double.valueOf(v), val);
        }
    }

    /** Raw t[s] = v for a string key. */
    public void setStr(LuaString key, Object val) {
        nomm = 0;
        barrier();
        Object[] node = hnode;
        if (node != null) {
            int i = key.hashCode() & hmask();
            do {
                Object k = node[2 * i];
                if (k == key) {
                    node[2 * i + 1] = val;
                    return;
                }
                if (k instanceof LuaString ks && ks.hashCode() == key.hashCode() && ks.equals(key)) {
                    node[2 * i] = key; // a twin instance: keep the current one
                    node[2 * i + 1] = val;
                    return;
                }
                i = hnext[i];
            } while (i >= 0);
        }
        newKey(key, val);
    }

    /** Sets the metatable with the collector's barrier (setmetatable, debug.setmetatable). */
    public void setMetatable(LuaTable mt) {
        metatable = mt;
        nomm = 0;
        barrier();
    }

    /** Keeps {@link #filled} true after array slot k received val. */
    private void trackFilled(int k, Object val) {
        int n = filled;
        if (n >= 0 && k > 0) {
            if (val != null) {
                if (k > n) {
                    filled = k == n + 1 ? k : -1;
                }
            } else if (k <= n) {
                filled = k == n ? n - 1 : -1;
            }
        }
    }

    /** The value {@link #filled} has for the array as it is: a full scan. */
    private int scanFilled() {
        Object[] a = array;
        int n = 1;
        while (n < a.length && a[n] != null) {
            n++;
        }
        for (int i = n + 1; i < a.length; i++) {
            if (a[i] != null) {
                return -1;
            }
        }
        return Math.max(n - 1, 0);
    }

    private void barrier() {
        if ((gcMark & Heap.BLACK) != 0) {
            heap.barrierBack(this);
        }
    }

    /** Clears every slot, keeping the sizes (OpenResty's table.clear). */
    public void clear() {
        Arrays.fill(array, null);
        filled = 0;
        if (hnode != null) {
            if (nextShared) {
                ownNext();
            }
            Arrays.fill(hnode, null);
            Arrays.fill(hnext, -1);
            freetop = hnext.length;
        }
    }

    // ----------------------------------------------------------------------------------------------- length

    /** The border {@code #t} returns: LuaJIT's lj_tab_len, holes included. */
    public int length() {
        Object[] a = array;
        int j = a.length;
        int n = filled;
        if (n >= 0 && n < j - 1) {
            return n;
        }
        if (j > 1 && a[j - 1] == null) {
            int i = 1;
            while (j - i > 1) {
                int m = (i + j) >>> 1;
                if (a[m - 1] == null) {
                    j = m;
                } else {
                    i = m;
                }
            }
            return i - 1;
        }
        if (j > 0) {
            j--;
        }
        return hnode == null ? j : unboundSearch(j);
    }

    private int unboundSearch(int start) {
        long i = start;
        long j = start + 1L;
        while (getInt((int) j) != null) {
            i = j;
            j *= 2;
            if (j > Integer.MAX_VALUE - 2) {
                int k = 1;
                while (getInt(k) != null) {
                    k++;
                }
                return k - 1;
            }
        }
        while (j - i > 1) {
            long m = (i + j) / 2;
            if (getInt((int) m) != null) {
                i = m;
            } else {
                j = m;
            }
        }
        return (int) i;
    }

    // -------------------------------------------------------------------------------------------- iteration

    /**
     * The iteration index of a key: -1 for nil (start), array slots 0..asize-1, then asize + node index. Throws
     * "invalid key to 'next'" for a key that is not in the table.
     */
    public int iterIndexOf(Object key) {
        if (key == null) {
            return -1;
        }
        if (key instanceof Double d) {
            double v = d;
            int k = (int) v;
            if (k == v && k >= 0 && k < array.length) {
                return k;
            }
        }
        int i = findNode(key);
        if (i < 0) {
            throw new LuaError("invalid key to 'next'");
        }
        return array.length + i;
    }

    /** The next iteration index after {@code idx} whose value is not nil, or -1 at the end. */
    public int iterNext(int idx) {
        Object[] a = array;
        int i = idx + 1;
        for (; i < a.length; i++) {
            if (a[i] != null) {
                return i;
            }
        }
        Object[] node = hnode;
        if (node != null) {
            for (int n = i - a.length; 2 * n < node.length; n++) {
                if (node[2 * n + 1] != null) {
                    return a.length + n;
                }
            }
        }
        return -1;
    }

    /** The key at an iteration index from {@link #iterNext}. */
    public Object iterKey(int idx) {
        return idx < array.length ? Double.valueOf(idx) : hnode[2 * (idx - array.length)];
    }

    /** The value at an iteration index from {@link #iterNext}. */
    public Object iterValue(int idx) {
        return idx < array.length ? array[idx] : hnode[2 * (idx - array.length) + 1];
    }

    /** next(t, key): stores the following key and value in out[0], out[1]; false at the end. */
    public boolean next(Object key, Object[] out) {
        int i = iterNext(iterIndexOf(key));
        if (i < 0) {
            return false;
        }
        out[0] = iterKey(i);
        out[1] = iterValue(i);
        return true;
    }

    /** Number of non-nil entries (OpenResty's table.nkeys). */
    public int nkeys() {
        int n = 0;
        for (Object o : array) {
            if (o != null) {
                n++;
            }
        }
        if (hnode != null) {
            for (int i = 1; i < hnode.length; i += 2) {
                if (hnode[i] != null) {
                    n++;
                }
            }
        }
        return n;
    }

    // --------------------------------------------------------------------------------- collector access

    /** Array slots for the collector (do not resize; clearing weak values through it drops the length hint). */
    public Object[] gcArray() {
        if (gcWeak != 0) {
            filled = -1;
        }
        return array;
    }

    /** Hash nodes for the collector: key of node i at 2i, value at 2i+1 (null without hash part). */
    public Object[] gcHashNodes() {
        return hnode;
    }

    // ------------------------------------------------------------------------------------------- internals

    private static Object normalizeKey(Object key) {
        if (key instanceof Double d) {
            double v = d;
            if (v == 0) {
                return ZERO;
            }
        }
        return key;
    }

    /** Stores into a key known to be valid and normalized (no barrier, no nomm): after rehash, TDUP. */
    private void rawStore(Object key, Object val) {
        if (!storeInArray(key, val)) {
            storeInHash(key, val);
        }
    }

    /** Stores into the key's node, laying the key out first when the table has none for it. */
    private void storeInHash(Object key, Object val) {
        int i = findNode(key);
        if (i >= 0) {
            hnode[2 * i + 1] = val;
        } else {
            newKey(key, val);
        }
    }

    /** rawStore of a key the table cannot hold yet (resize moving its old nodes): no lookup first. */
    private void reinsert(Object key, Object val) {
        if (!storeInArray(key, val)) {
            newKey(key, val);
        }
    }

    /** Stores into the array part when the key is an integer it covers; false otherwise. */
    private boolean storeInArray(Object key, Object val) {
        if (key instanceof Double d) {
            double v = d;
            int k = (int) v;
            if (k == v && k >= 0 && k < array.length) {
                array[k] = val;
                trackFilled(k, val);
                return true;
            }
        }
        return false;
    }

    /** Node index of a normalized key, or -1. */
    private int findNode(Object key) {
        if (hnode == null) {
            return -1;
        }
        if (key instanceof Double d) {
            return findNum(d);
        }
        for (int i = mainPosition(key); i >= 0; i = hnext[i]) {
            Object k = hnode[2 * i];
            if (k == key || (key instanceof LuaString && key.equals(k))) {
                return i;
            }
        }
        return -1;
    }

    private int findNum(double v) {
        if (hnode == null) {
            return -1;
        }
        for (int i = hashNum(v) & hmask(); i >= 0; i = hnext[i]) {
            if (hnode[2 * i] instanceof Double d && d == v) {
                return i;
            }
        }
        return -1;
    }

    private int mainPosition(Object key) {
        return hashOf(key) & hmask();
    }

    /** Hash nodes less one, with a hash part (read from the object, not from an array's length). */
    private int hmask() {
        return (1 << (hlog - 1)) - 1;
    }

    private static int hashOf(Object key) {
        if (key instanceof LuaString s) {
            return s.hashCode();
        }
        if (key instanceof Double d) {
            return hashNum(d);
        }
        if (key instanceof Boolean b) {
            return b ? 1 : 0;
        }
        int h = System.identityHashCode(key);
        return hashRot(h, h + 0x1e5f3b47);
    }

    /** LuaJIT's number hash: the two halves of the double (high half shifted) mixed by rotations. */
    static int hashNum(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return hashRot((int) bits, (int) (bits >>> 32) << 1);
    }

    private static int hashRot(int lo, int hi) {
        lo ^= hi;
        hi = Integer.rotateLeft(hi, 14);
        lo -= hi;
        hi = Integer.rotateLeft(hi, 5);
        hi ^= lo;
        hi -= Integer.rotateLeft(lo, 27);
        return hi;
    }

    private void newHashPart(int hbits) {
        if (hbits > Layout.MAX_HBITS) {
            throw new LuaError("table overflow");
        }
        int n = 1 << hbits;
        heap.allocBlock(HeapKind.TABLE_HASH, Layout.hashSize(n));
        hnode = new Object[2 * n];
        hlog = (byte) (hbits + 1);
        hnext = new int[n];
        nextShared = false;
        Arrays.fill(hnext, -1);
        freetop = n;
    }

    /** Inserts a key that is not in the table (normalized, not nil/NaN), growing the table when no node is free. */
    private void newKey(Object key, Object val) {
        Object[] node = hnode;
        if (node == null) {
            rehash(key);
            rawStore(key, val);
            return;
        }
        int n = mainPosition(key);
        int free = freetop;
        if (node[2 * n + 1] != null) {
            do {
                if (free == 0) {
                    rehash(key);
                    rawStore(key, val);
                    return;
                }
                free--;
            } while (node[2 * free] != null);
            freetop = free;
        }
        if (nextShared) {
            ownNext();
        }
        int[] next = hnext;
        if (node[2 * n + 1] != null) {
            int other = mainPosition(node[2 * n]);
            if (other != n) {
                // The occupant is not in its main position: move it to the free node, take its place.
                while (next[other] != n) {
                    other = next[other];
                }
                next[other] = free;
                node[2 * free] = node[2 * n];
                node[2 * free + 1] = node[2 * n + 1];
                next[free] = next[n];
                next[n] = -1;
                node[2 * n + 1] = null;
                rechainFrom(free, n);
            } else {
                // The occupant owns this position: chain the new key behind it in the free node.
                next[free] = next[n];
                next[n] = free;
                n = free;
            }
        }
        node[2 * n] = key;
        node[2 * n + 1] = val;
    }

    /**
     * After moving a node away from main position n: live keys further down the moved chain whose main position
     * is n (reinserted over dead nodes) must hang off n again, and so must every live key not in its own chain.
     */
    private void rechainFrom(int free, int n) {
        int[] next = hnext;
        while (next[free] >= 0) {
            int nn = next[free];
            if (hnode[2 * nn + 1] != null && mainPosition(hnode[2 * nn]) == n) {
                next[free] = next[nn];
                next[nn] = next[n];
                next[n] = nn;
                while ((nn = next[free]) >= 0) {
                    if (hnode[2 * nn + 1] != null) {
                        int mn = mainPosition(hnode[2 * nn]);
                        if (mn != free && mn != nn) {
                            next[free] = next[nn];
                            next[nn] = next[mn];
                            next[mn] = nn;
                            continue;
                        }
                    }
                    free = nn;
                }
                return;
            }
            free = nn;
        }
    }

    private static int countInt(Object key, int[] bins) {
        if (key instanceof Double d) {
            double v = d;
            int k = (int) v;
            if (k == v && k >= 0 && k < Layout.MAX_ASIZE) {
                bins[k > 2 ? 31 - Integer.numberOfLeadingZeros(k - 1) : 0]++;
                return 1;
            }
        }
        return 0;
    }

    /** Counts non-nil array slots per power-of-two slice (slice b holds keys up to 2^(b+1)). */
    private int countArray(int[] bins) {
        int asize = array.length;
        if (asize == 0) {
            return 0;
        }
        int na = 0;
        int i = 0;
        for (int b = 0; b < MAX_ABITS; b++) {
            int top = 2 << b;
            if (top >= asize) {
                top = asize - 1;
                if (i > top) {
                    break;
                }
            }
            int n = 0;
            for (; i <= top; i++) {
                if (array[i] != null) {
                    n++;
                }
            }
            bins[b] += n;
            na += n;
        }
        return na;
    }

    /** Recomputes both parts' sizes from the live keys plus the key being inserted (LuaJIT's rehashtab). */
    private void rehash(Object extraKey) {
        if (array.length == 0 && !(extraKey instanceof Double) && rehashRecord()) {
            return;
        }
        int[] bins = new int[MAX_ABITS];
        int na = countArray(bins);
        int total = 1 + na;
        Object[] node = hnode;
        if (node != null) {
            for (int i = 0; i < node.length; i += 2) {
                if (node[i + 1] != null) {
                    na += countInt(node[i], bins);
                    total++;
                }
            }
        }
        na += countInt(extraKey, bins);
        // bestasize: the largest power of two that is more than half used.
        int sum = 0;
        int used = 0;
        int asize = 0;
        for (int b = 0; 2L * na > (1L << b) && sum != na; b++) {
            if (bins[b] > 0 && 2L * (sum += bins[b]) > (1L << b)) {
                asize = (2 << b) + 1;
                used = sum;
            }
        }
        resize(asize, hsize2hbits(total - used));
    }

    /**
     * rehash's outcome for a table without array part whose keys are not numbers (a record growing key by key):
     * no array part, a hash part for the keys plus one. False, having done nothing, when a key is a number.
     */
    private boolean rehashRecord() {
        int total = 1;
        Object[] node = hnode;
        if (node != null) {
            for (int i = 0; i < node.length; i += 2) {
                if (node[i + 1] != null) {
                    if (node[i] instanceof Double) {
                        return false;
                    }
                    total++;
                }
            }
        }
        resize(0, hsize2hbits(total));
        return true;
    }

    /** lj_tab_reasize: an array part for keys up to nasize (nasize + 1 slots), the hash part kept as large. */
    public void reasize(long nasize) {
        if (nasize >= Layout.MAX_ASIZE) {
            throw new LuaError("table overflow");
        }
        int hsize = hashSize();
        resize((int) nasize + 1, hsize > 1 ? Integer.numberOfTrailingZeros(hsize) : 0);
    }

    /** lj_tab_resize: new array size (slots) and hash bits; reinserts what no longer fits. */
    public void resize(int asize, int hbits) {
        if (asize > Layout.MAX_ASIZE) {
            throw new LuaError("table overflow");
        }
        Object[] oldArray = array;
        int oldAsize = oldArray.length;
        Object[] oldNode = hnode;
        if (asize > oldAsize) {
            if (colo > 0) {
                heap.allocBlock(HeapKind.TABLE_ARRAY, Layout.arraySize(asize));
                colo = (byte) -colo;
            } else {
                heap.reallocBlock(HeapKind.TABLE_ARRAY, Layout.arraySize(oldAsize), Layout.arraySize(asize));
            }
            array = Arrays.copyOf(oldArray, asize);
        }
        if (hbits > 0) {
            newHashPart(hbits);
        } else {
            hnode = null;
            hlog = 0;
            hnext = null;
            nextShared = false;
            freetop = 0;
        }
        if (asize < oldAsize) {
            array = Arrays.copyOf(oldArray, asize);
            for (int i = asize; i < oldAsize; i++) {
                if (oldArray[i] != null) {
                    rawStore(Double.valueOf(i), oldArray[i]);
                }
            }
            if (colo <= 0) {
                heap.reallocBlock(HeapKind.TABLE_ARRAY, Layout.arraySize(oldAsize), Layout.arraySize(asize));
            }
        }
        if (oldNode != null) {
            for (int i = 0; i < oldNode.length; i += 2) {
                if (oldNode[i + 1] != null) {
                    reinsert(oldNode[i], oldNode[i + 1]);
                }
            }
            heap.freeBlock(HeapKind.TABLE_HASH, Layout.hashSize(oldNode.length >> 1));
        }
        if (asize != oldAsize) {
            filled = scanFilled(); // keys moved in from the hash part arrive in any order
            arrayBlock = colo <= 0 && asize > 0;
        }
    }

    /** Called by the collector when it frees this table: gives back every byte the table holds. */
    public void gcFree() {
        // Read from the object's first line only, unless the array part is a block of its own.
        heap.freeTable(heap.layout.tableSize(Math.abs(colo)), arrayBlock ? Layout.arraySize(array.length) : 0,
                Layout.hashSize(hashSize()));
    }
}
