package org.jresty.runtime;

import org.jresty.heap.Heap;
import org.jresty.heap.HeapKind;
import org.jresty.heap.Layout;

/**
 * The VM's string table (LuaJIT's g->strhash): every live string once, in power-of-two chains linked through
 * {@link GCObject#gcNext}. Interning equal bytes returns the existing string (allocating nothing); a new string
 * costs LuaJIT's header + ((len + 4) &amp; ~3) bytes. The table starts at 256 slots, doubles when it holds more
 * strings than slots, and halves after a sweep that leaves it at most a quarter full (never below 512 slots
 * before halving); its slots are counted (one reference each).
 */
public final class StringTable implements Interner {
    private final Heap heap;
    private GCObject[] chains = new GCObject[0];
    private int mask = -1;
    private int count;
    /** The empty string lives in the global state (costs nothing, never collected). */
    public final LuaString empty = new LuaString(new byte[0], 0, 0);

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
        int h = LuaString.hashOf(b, off, len);
        for (GCObject o = chains[h & mask]; o != null; o = o.gcNext) {
            LuaString s = (LuaString) o;
            if (s.hashCode() == h && s.contentEquals(b, off, len)) {
                heap.collector().resurrect(s);
                return s;
            }
        }
        if (len > Layout.MAX_STR) {
            throw new LuaError("string length overflow");
        }
        heap.newString(len);
        LuaString s = new LuaString(b, off, len);
        s.gcMark = (byte) (heap.collector().currentWhite() | Heap.LISTED);
        int i = h & mask;
        s.gcNext = chains[i];
        chains[i] = s;
        if (++count > mask) {
            resize((mask << 1) + 1);
        }
        return s;
    }

    /** Interns a Java string's chars as Latin-1 bytes. */
    @Override
    public LuaString intern(String s) {
        return intern(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
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

    private void resize(int newMask) {
        heap.allocBlock(HeapKind.STRING_TABLE, heap.layout.stringTableSize(newMask + 1));
        GCObject[] fresh = new GCObject[newMask + 1];
        for (GCObject head : chains) {
            GCObject o = head;
            while (o != null) {
                GCObject next = o.gcNext;
                int i = o.hashCode() & newMask;
                o.gcNext = fresh[i];
                fresh[i] = o;
                o = next;
            }
        }
        heap.freeBlock(HeapKind.STRING_TABLE, heap.layout.stringTableSize(mask + 1));
        chains = fresh;
        mask = newMask;
    }

    /**
     * Sweeps chain i (the collector's sweep-string phase): frees strings of the dead white, turns the others to
     * the current white. Returns true when i was the last chain.
     */
    public boolean sweepChain(int i, byte deadWhite, byte currentWhite) {
        if (i > mask) {
            return true;
        }
        GCObject prev = null;
        GCObject o = chains[i];
        while (o != null) {
            GCObject next = o.gcNext;
            byte m = o.gcMark;
            if ((m & Heap.FIXED) == 0 && (m & deadWhite) != 0) {
                if (prev == null) {
                    chains[i] = next;
                } else {
                    prev.gcNext = next;
                }
                o.gcNext = null;
                count--;
                heap.freeString(((LuaString) o).length());
            } else {
                o.gcMark = (byte) ((m & ~(Heap.WHITES | Heap.BLACK)) | currentWhite);
                prev = o;
            }
            o = next;
        }
        return i >= mask;
    }

    /** After a sweep: halve a table that is at most a quarter full (lj_str_resize from the sweep phase). */
    public void shrinkIfSparse() {
        if (count <= (mask >> 2) && mask > Layout.MIN_STRTAB * 2 - 1) {
            resize(mask >> 1);
        }
    }
}
