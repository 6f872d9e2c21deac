package org.jresty;

/**
 * The two 64-bit flavours of LuaJIT. A VM is created in one mode and never changes it. The mode decides three
 * things and nothing else: the compiler's frame convention (FR2: GC64 call frames take two slots), the byte
 * sizes of heap objects, and the memory ceiling.
 */
public enum Mode {
    /** Old x64 mode: 32-bit GC references, every GC object below 2 GB, one slot per call frame. */
    X64(false),
    /** GC64 mode (the default): 64-bit references, a call frame takes two slots (function and frame link). */
    GC64(true);

    /** LJ_FR2: true when a call frame occupies two stack slots. */
    public final boolean fr2;

    Mode(boolean fr2) {
        this.fr2 = fr2;
    }

    /** Stack slots a call frame takes below its arguments: 1 in x64 mode, 2 in GC64 mode. */
    public int frameSlots() {
        return fr2 ? 2 : 1;
    }

    public static final Mode DEFAULT = GC64;
}
