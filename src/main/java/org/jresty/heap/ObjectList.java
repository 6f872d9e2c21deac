package org.jresty.heap;

import java.util.Arrays;

import org.jresty.runtime.GCObject;

/**
 * One of LuaJIT's object lists (the root list, the userdata list) as an array in allocation order: the list's
 * head, its newest object, is the last element. The sweep walks it from the end, as LuaJIT walks the list from
 * its head, but loads independent slots instead of chasing one object's link to the next; it leaves holes (null),
 * which {@link #closeHoles} removes once the list is swept.
 */
final class ObjectList {
    GCObject[] items;
    int count;

    ObjectList(int capacity) {
        items = new GCObject[capacity];
    }

    /** Puts o at the head of the list (a new object, or a userdata back from finalization). */
    void add(GCObject o) {
        if (count == items.length) {
            items = Arrays.copyOf(items, count * 2);
        }
        items[count++] = o;
    }

    /** Removes the holes, keeping the order; halves an array left mostly empty. */
    void closeHoles() {
        GCObject[] a = items;
        int n = count;
        int j = 0;
        for (int i = 0; i < n; i++) {
            GCObject o = a[i];
            if (o != null) {
                a[j++] = o;
            }
        }
        Arrays.fill(a, j, n, null);
        count = j;
        if (a.length > 4096 && j < a.length / 4) {
            try {
                items = Arrays.copyOf(a, a.length / 2);
            } catch (OutOfMemoryError e) {
                // Only a saving: the collector must not fail (it runs while an out-of-memory error unwinds too).
            }
        }
    }
}
