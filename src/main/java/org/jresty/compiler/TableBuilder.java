package org.jresty.compiler;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jresty.bytecode.TemplateTable;

/**
 * Builds a template table for TDUP the way LuaJIT fills its GCtab while parsing a constructor, including
 * its rehashes, so that the final array size and hash size equal LuaJIT's.
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
    private LinkedHashMap<Object, Object> hash = new LinkedHashMap<>();

    TableBuilder(int asize, int hbits) {
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
        if (hash.containsKey(key)) {
            hash.put(key, value);
            return;
        }
        int capacity = hbits == 0 ? 0 : 1 << hbits;
        if (hash.size() >= capacity) {
            rehash(key);
            set(key, value);
            return;
        }
        hash.put(key, value);
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
        for (Map.Entry<Object, Object> en : hash.entrySet()) {
            if (en.getValue() != null) {
                nint += countInt(en.getKey(), bins);
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
        LinkedHashMap<Object, Object> oldhash = hash;
        if (newasize > oldasize) {
            array = java.util.Arrays.copyOf(array, newasize);
            asize = newasize;
        }
        hbits = newhbits;
        hash = new LinkedHashMap<>();
        if (newasize < oldasize) {
            asize = newasize;
            array = java.util.Arrays.copyOf(oldarray, newasize);
            for (int i = newasize; i < oldasize; i++) {
                if (oldarray[i] != null) set((double) i, oldarray[i]);
            }
        }
        for (Map.Entry<Object, Object> en : oldhash.entrySet()) {
            if (en.getValue() != null) set(en.getKey(), en.getValue());
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
        for (Map.Entry<Object, Object> en : hash.entrySet()) {
            // Keys whose value is nil stay (LuaJIT keeps the node and dumps it with a nil value).
            Object v = en.getValue();
            t.hashKeys[n] = en.getKey();
            t.hashValues[n] = v == DUMMY ? null : v;
            n++;
        }
        t.hashCount = n;
        return t;
    }
}
