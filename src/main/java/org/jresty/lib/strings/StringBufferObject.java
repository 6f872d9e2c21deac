package org.jresty.lib.strings;

import java.util.Arrays;

import org.jresty.heap.Collector;
import org.jresty.heap.Heap;
import org.jresty.heap.HeapKind;
import org.jresty.heap.Layout;
import org.jresty.heap.Traversable;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaUserdata;

/**
 * A string.buffer object (LuaJIT's SBufExt inside a userdata): bytes [r, w) of data are readable. Its storage
 * is counted as LuaJIT counts the buffer's memory: a block that grows by doubling from 32 bytes when a write
 * does not fit, given back by free() or when the collector frees the object. After set(str) the buffer reads
 * the string's bytes in place (copy-on-write) until the next write.
 */
public final class StringBufferObject extends LuaUserdata implements Traversable {
    /** LJ_MAX_BUF. */
    public static final long MAX_BUF = 0x7fffff00L;
    private static final int MIN_SBUF = 32;

    private final Heap heap;
    byte[] data = new byte[0];
    int r;
    int w;
    /** Bytes counted for the storage (0 while empty or borrowing a string). */
    private long capacity;
    /** The string borrowed by set() (copy-on-write), or null. */
    private LuaString cowRef;
    public LuaTable dictStr;
    public LuaTable dictMt;

    public StringBufferObject(Heap heap, LuaTable metatable, LuaTable env) {
        super(metatable, null);
        this.heap = heap;
        this.env = env;
        this.size = heap.mode.fr2 ? 72 : 56; // sizeof(SBufExt)
        heap.newUserdata(this, heap.layout.userdataSize(size));
    }

    public int length() {
        return w - r;
    }

    public byte[] array() {
        return data;
    }

    public int readPos() {
        return r;
    }

    /** Makes room for n more bytes (lj_buf_more2 on an extended buffer): compacts or grows the storage. */
    public void more(long n) {
        long len = w - r;
        if (n > MAX_BUF || len + n > MAX_BUF) {
            throw Heap.notEnoughMemory();
        }
        if (cowRef != null || len + n > capacity) {
            long nsz = Math.max(capacity, MIN_SBUF);
            while (nsz < len + n) {
                nsz += nsz;
            }
            // Java arrays stop short of 2^31 bytes, where LuaJIT's doubling may land.
            int alloc = (int) Math.min(nsz, Integer.MAX_VALUE - 16);
            if (alloc < len + n) {
                throw Heap.notEnoughMemory();
            }
            byte[] nd = new byte[alloc];
            System.arraycopy(data, r, nd, 0, (int) len);
            heap.reallocBlock(HeapKind.STRING_BUFFER, capacity, nsz);
            capacity = nsz;
            data = nd;
            cowRef = null;
            r = 0;
            w = (int) len;
        } else if (w + n > capacity) {
            System.arraycopy(data, r, data, 0, (int) len);
            r = 0;
            w = (int) len;
        }
    }

    public void put(byte[] b, int off, int n) {
        more(n);
        System.arraycopy(b, off, data, w, n);
        w += n;
    }

    public void put(int b) {
        more(1);
        data[w++] = (byte) b;
    }

    /** Consumes up to n readable bytes and returns where they start in {@link #array()}. */
    public int take(int n) {
        int at = r;
        r += n;
        return at;
    }

    /** After reads: an emptied private buffer starts again at its beginning. */
    public void settle() {
        if (r == w && cowRef == null) {
            r = w = 0;
        }
    }

    public void skip(long n) {
        if (n < w - r) {
            r += (int) n;
        } else if (cowRef != null) {
            r = w;
        } else {
            r = w = 0;
        }
    }

    public void reset() {
        if (cowRef != null) {
            cowRef = null;
            data = new byte[0];
        }
        r = w = 0;
    }

    /** Gives the storage back (buffer:free() and __gc). */
    public void free() {
        if (capacity > 0) {
            heap.freeBlock(HeapKind.STRING_BUFFER, capacity);
        }
        capacity = 0;
        cowRef = null;
        data = new byte[0];
        r = w = 0;
    }

    /** set(str): read the string's bytes in place until the next write. */
    public void setCow(LuaString s) {
        free();
        cowRef = s;
        data = s.bytes();
        r = 0;
        w = data.length;
    }

    public byte[] readable() {
        return Arrays.copyOfRange(data, r, w);
    }

    @Override
    public void gcTraverse(Collector c) {
        c.mark(metatable);
        c.mark(env);
        c.mark(cowRef);
        c.mark(dictStr);
        c.mark(dictMt);
    }

    @Override
    public HeapKind gcKind() {
        return HeapKind.USERDATA;
    }

    @Override
    public long gcBytes(Layout layout) {
        return layout.userdataSize(size);
    }

    @Override
    public void gcFreed(Heap h) {
        free();
    }

    @Override
    public LuaTable gcMetatable() {
        return metatable;
    }
}
