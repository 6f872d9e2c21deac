package org.jresty.compiler;

import java.util.Arrays;
import java.util.HashMap;

import org.jresty.bytecode.TemplateTable;

/**
 * Builds a template table for TDUP the way LuaJIT fills its GCtab while parsing a constructor, including
 * its rehashes, so that the final array size and hash size equal LuaJIT's. Keys: numbers (Double, by value),
 * booleans (the Boolean constants), interned strings and other objects (by identity). Also used to size a
 * function's constant-lookup table (fs->kt).
 */
final class TableBuilder {
    /** Value of keys whose value is not constant: kept during construction, a nil-valued key in the result. */
    static final Object DUMMY = new Object();
    private static final int MAX_ABITS = 28;
    private static final int MAX_ASIZE = (1 << (MAX_ABITS - 1)) + 1;

    int asize;
    private Object[] array;
    private int hbits;
    /** Hash nodes in use (keys present), in insertion order; values may be null. */
    private Object[] hkeys = new Object[4];
    private Object[] hvals = new Object[4];
    private int hcount;
    /** Key to position in hkeys, built once the hash part is no longer tiny: numbers by value, others by identity. */
    private HashMap<Double, Integer> numIndex;
    private java.util.IdentityHashMap<Object, Integer> refIndex;

    int hbits() {
        return hbits;
    }

    /** Array slots allocated inside the GCtab at creation (LuaJIT colocates 1..16 slots); they stay allocated. */
    final int colo;
    /** True once the array part moved out of the colocated slots into its own allocation. */
    private boolean grew;

    /** Array slots in a separate allocation (0 while the colocated slots hold the array). */
    int separateSlots() {
        return colo == 0 || grew ? asize : 0;
    }

    TableBuilder(int asize, int hbits) {
        this.colo = asize > 0 && asize <= 16 ? asize : 0;
        this.asize = asize;
        this.array = new Object[asize];
        this.hbits = hbits;
    }

    private static int arrayIndex(Object key) {
        if (key instanceof Double d) {
            double n = d;
            int k = FuncState.num2int(n);
            if (n == (double) k) return k;
        }
        return -1;
    }

    void set(Object key, Object value) {
        int k = arrayIndex(key);
        if (k >= 0 && k < asize) {
            array[k] = value;
            return;
        }
        int at = find(key);
        if (at >= 0) {
            hvals[at] = value;
            return;
        }
        int capacity = hbits == 0 ? 0 : 1 << hbits;
        if (hcount >= capacity) {
            rehash(key);
            set(key, value);
            return;
        }
        add(key, value);
    }

    private int find(Object key) {
        if (numIndex != null) {
            Integer i = key instanceof Double d ? numIndex.get(d) : refIndex.get(key);
            return i == null ? -1 : i;
        }
        boolean num = key instanceof Double;
        for (int i = 0; i < hcount; i++) {
            Object k = hkeys[i];
            if (k == key || (num && key.equals(k))) return i;
        }
        return -1;
    }

    private void index(Object key, int i) {
        if (key instanceof Double d) {
            numIndex.put(d, i);
        } else {
            refIndex.put(key, i);
        }
    }

    private void add(Object key, Object value) {
        if (hcount == hkeys.length) {
            hkeys = Arrays.copyOf(hkeys, hcount * 2);
            hvals = Arrays.copyOf(hvals, hcount * 2);
        }
        hkeys[hcount] = key;
        hvals[hcount] = value;
        if (numIndex != null) {
            index(key, hcount);
        } else if (hcount >= 16) {
            numIndex = new HashMap<>();
            refIndex = new java.util.IdentityHashMap<>();
            for (int i = 0; i <= hcount; i++) index(hkeys[i], i);
        }
        hcount++;
    }

    private static int countInt(Object key, int[] bins) {
        if (key instanceof Double d) {
            double n = d;
            int k = FuncState.num2int(n);
            if (Integer.compareUnsigned(k, MAX_ASIZE) < 0 && n == (double) k) {
                bins[k > 2 ? 31 - Integer.numberOfLeadingZeros(k - 1) : 0]++;
                return 1;
            }
        }
        return 0;
    }

    private void rehash(Object ek) {
        int[] bins = new int[MAX_ABITS];
        int na = countArray(bins);
        int total = 1 + na;
        int nint = na;
        for (int i = 0; i < hcount; i++) {
            if (hvals[i] != null) {
                nint += countInt(hkeys[i], bins);
                total++;
            }
        }
        nint += countInt(ek, bins);
        // bestasize
        int sz = 0, best = 0, sum = 0;
        for (int b = 0; 2L * nint > (1L << b) && sum != nint; b++) {
            if (bins[b] > 0 && 2 * (sum += bins[b]) > (1 << b)) {
                sz = (2 << b) + 1;
                best = sum;
            }
        }
        total -= best;
        resize(sz, hsize2hbits(total));
    }

    private static int hsize2hbits(int s) {
        return s == 0 ? 0 : s == 1 ? 1 : 1 + (31 - Integer.numberOfLeadingZeros(s - 1));
    }

    private int countArray(int[] bins) {
        if (asize == 0) return 0;
        int na = 0, i = 0;
        for (int b = 0; b < MAX_ABITS; b++) {
            int top = 2 << b;
            if (top >= asize) {
                top = asize - 1;
                if (i > top) break;
            }
            int n = 0;
            for (; i <= top; i++) {
                if (array[i] != null) n++;
            }
            bins[b] += n;
            na += n;
        }
        return na;
    }

    private void resize(int newasize, int newhbits) {
        Object[] oldarray = array;
        int oldasize = asize;
        Object[] oldkeys = hkeys, oldvals = hvals;
        int oldcount = hcount;
        if (newasize > oldasize) {
            if (colo > 0) grew = true;
            array = Arrays.copyOf(array, newasize);
            asize = newasize;
        }
        hbits = newhbits;
        hkeys = new Object[Math.max(4, oldcount)];
        hvals = new Object[hkeys.length];
        hcount = 0;
        numIndex = null;
        refIndex = null;
        if (newasize < oldasize) {
            asize = newasize;
            array = Arrays.copyOf(oldarray, newasize);
            for (int i = newasize; i < oldasize; i++) {
                if (oldarray[i] != null) set((double) i, oldarray[i]);
            }
        }
        for (int i = 0; i < oldcount; i++) {
            if (oldvals[i] != null) set(oldkeys[i], oldvals[i]);
        }
    }

    /** lj_tab_reasize: grows the array part to n slots, keeping the hash size. */
    void resizeArray(int n) {
        resize(n, hbits);
    }

    TemplateTable build() {
        TemplateTable t = new TemplateTable(asize, hbits);
        for (int i = 0; i < asize; i++) {
            t.array[i] = array[i] == DUMMY ? null : array[i];
        }
        int n = 0;
        for (int i = 0; i < hcount; i++) {
            // Keys whose value is nil stay (LuaJIT keeps the node and dumps it with a nil value).
            Object v = hvals[i];
            t.hashKeys[n] = hkeys[i];
            t.hashValues[n] = v == DUMMY ? null : v;
            n++;
        }
        t.hashCount = n;
        return t;
    }
}
