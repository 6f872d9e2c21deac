package org.jresty.heap;

import org.jresty.Mode;

/**
 * Byte sizes of LuaJIT's heap structures in one mode (OpenResty's LuaJIT 2.1 on x86-64, measured). The only
 * difference between the modes is the width of a GC reference (4 bytes in x64 mode, 8 in GC64 mode) and what
 * follows from it. All sizes here are what LuaJIT adds to its GC total for the structure.
 */
public final class Layout {
    public static final Layout X64 = new Layout(Mode.X64);
    public static final Layout GC64 = new Layout(Mode.GC64);

    public static Layout of(Mode mode) {
        return mode == Mode.GC64 ? GC64 : X64;
    }

    public final Mode mode;
    /** GCRef / MRef width. */
    public final int ref;
    /** A value slot (array slot, stack slot, number constant): NaN-tagged, 8 bytes in both modes. */
    public static final int TVALUE = 8;
    /** A hash node: value, key, next-link (24 bytes in both modes). */
    public static final int NODE = 24;

    public final int strHeader;
    public final int tabHeader;
    public final int funcCHeader;
    public final int funcLHeader;
    public final int upval;
    public final int protoHeader;
    /** lua_State (OpenResty's, which carries exdata/exdata2 pointers). */
    public final int thread;
    public final int udataHeader;
    public final int cdataHeader;
    /** LJ_STACK_EXTRA: 5 + 3*FR2. */
    public final int stackExtra;
    /** GG_State: what exists before anything else is allocated. */
    public final int ggState;

    /** LuaJIT's limits (lj_def.h). */
    public static final int MAX_COLOSIZE = 16;
    public static final int MAX_ASIZE = (1 << 28) + 1;
    public static final int MAX_HBITS = 26;
    public static final int MIN_STRTAB = 256;
    public static final int MIN_SBUF = 32;
    public static final int STACK_MIN = 20;
    public static final int STACK_START = 2 * STACK_MIN;
    public static final int MAX_STACK = 65500;
    public static final long MAX_STR = 0x7fffff00L;

    private Layout(Mode mode) {
        this.mode = mode;
        boolean g = mode == Mode.GC64;
        ref = g ? 8 : 4;
        strHeader = g ? 24 : 20;
        tabHeader = g ? 64 : 32;
        funcCHeader = g ? 48 : 32;
        funcLHeader = g ? 40 : 20;
        upval = g ? 48 : 24;
        protoHeader = g ? 104 : 64;
        thread = g ? 112 : 80;
        udataHeader = g ? 48 : 24;
        cdataHeader = g ? 16 : 8;
        stackExtra = g ? 8 : 5;
        ggState = g ? 6384 : 5560;
    }

    /** lj_str_size: header + room for the bytes and the terminator, rounded to 4. */
    public long stringSize(int len) {
        return strHeader + ((len + 4L) & ~3L);
    }

    /** A table object (header plus a colocated array of colo slots, colo = 0 when none). */
    public long tableSize(int colo) {
        return tabHeader + (long) colo * TVALUE;
    }

    /** A separately allocated array part of asize slots. */
    public static long arraySize(int asize) {
        return (long) asize * TVALUE;
    }

    /** A hash part of 2^hbits nodes (0 bits: the shared nil node, costs nothing). */
    public static long hashSize(int nodes) {
        return (long) nodes * NODE;
    }

    /** A builtin closure with nupvalues upvalue slots. */
    public long funcCSize(int nupvalues) {
        return funcCHeader + (long) nupvalues * TVALUE;
    }

    /** A Lua closure with nupvalues upvalue references. */
    public long funcLSize(int nupvalues) {
        return funcLHeader + (long) nupvalues * ref;
    }

    public long userdataSize(long payload) {
        return udataHeader + payload;
    }

    public long cdataSize(long payload) {
        return cdataHeader + payload;
    }

    /** Slots of a new thread's stack: LJ_STACK_START + LJ_STACK_EXTRA. */
    public int initialStackSlots() {
        return STACK_START + stackExtra;
    }

    /** A new thread: lua_State plus its initial stack. */
    public long newThreadSize() {
        return thread + (long) initialStackSlots() * TVALUE;
    }

    /** The string table: one reference per slot. */
    public long stringTableSize(int slots) {
        return (long) slots * ref;
    }
}
