package org.jresty.bytecode;

import org.jresty.runtime.GCObject;
import org.jresty.runtime.LuaString;

/**
 * A function prototype: what the compiler produces and the dump reader loads, and what the interpreter runs.
 * Field meanings follow LuaJIT's GCproto.
 *
 * <p>{@code bc[0]} is the function header (FUNCF for fixed arguments, FUNCV for vararg functions, A = framesize),
 * so that instruction indexes equal LuaJIT's pcs and listings' numbers; dumps omit it. {@code kgc[i]} is the GC
 * constant that a D operand {@code i} names (LuaJIT stores these from the end of its constant array; the dump
 * writes them from index sizekgc-1 down to 0). {@code knum[i]} is the number constant of operand i.
 */
public final class Proto extends GCObject {
    // Flags as LuaJIT's PROTO_* (dumps keep CHILD, VARARG and FFI).
    public static final int CHILD = 0x01, VARARG = 0x02, FFI = 0x04, NOJIT = 0x08, ILOOP = 0x10,
            HAS_RETURN = 0x20, FIXUP_RETURN = 0x40;

    public int flags;
    public int numparams;
    public int framesize;
    /** Instructions, bc[0] being the FUNCF/FUNCV header. */
    public int[] bc;
    /** Upvalue descriptors as LuaJIT encodes them (16 bits: 0x8000 = local slot of the parent, 0x4000 = immutable). */
    public int[] uv;
    /** GC constants by operand index: LuaString, Proto (child), TemplateTable, CDataConst. */
    public Object[] kgc;
    /** Number constants by operand index. */
    public double[] knum;
    /** knum boxed once for the VM (KNUM, USETN), shared by all closures of the prototype; see {@link #boxedKnum}. */
    private Double[] kbox;

    // ---- debug info (absent when loaded from a stripped dump: lineinfo == null) ----
    public LuaString chunkname;
    public int firstline;
    /** Number of lines spanned: lastline - firstline. */
    public int numline;
    /** Absolute line of each instruction, same length as bc (lineinfo[0] = firstline), or null when stripped. */
    public int[] lineinfo;
    /** Upvalue names, or null when stripped. */
    public String[] uvnames;
    /** Local variables in LuaJIT's order, or null when stripped. */
    public VarInfo[] varinfo;

    // ---- compile tier (org.jresty.jit): not part of LuaJIT's prototype ----
    /** Hotness (LuaJIT's hotcount, counting up): +1 per call, +2 per loop back-edge in the interpreter. */
    public int hotcount;
    /** The compiled code of this prototype (an org.jresty.vm.Compiled), or null. */
    public Object compiled;
    /** The bytes the heap counts for this prototype and its templates (org.jresty.heap: set when registered). */
    public long heapBytes;
    /** Times its compiled code found a number it speculated on missing (see vm.Compiled#deopt). */
    public int jitDeopts;

    /** The number constants as the VM's values (boxed on first use; numbers are the same in every VM). */
    public Double[] boxedKnum() {
        Double[] k = kbox;
        if (k == null) {
            double[] kn = knum == null ? new double[0] : knum;
            k = new Double[kn.length];
            for (int i = 0; i < kn.length; i++) k[i] = kn[i];
            kbox = k;
        }
        return k;
    }

    public int sizebc() {
        return bc.length;
    }

    public boolean isVararg() {
        return (flags & VARARG) != 0;
    }

    public boolean hasDebugInfo() {
        return lineinfo != null;
    }

    /** The line of instruction pc, or -1 without debug info (LuaJIT prints '?' then). */
    public int lineOf(int pc) {
        return lineinfo == null || pc < 0 || pc >= lineinfo.length ? -1 : lineinfo[pc];
    }

    public int lastline() {
        return firstline + numline;
    }
}
