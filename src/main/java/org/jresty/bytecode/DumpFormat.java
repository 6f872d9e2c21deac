package org.jresty.bytecode;

/** Constants of LuaJIT 2.1's bytecode dump format (lj_bcdump.h, OpenResty's flavour: no BITOP flag). */
final class DumpFormat {
    static final int HEAD1 = 0x1b, HEAD2 = 'L', HEAD3 = 'J', VERSION = 2;

    static final int F_BE = 0x01, F_STRIP = 0x02, F_FFI = 0x04, F_FR2 = 0x08;
    static final int F_KNOWN = F_FR2 * 2 - 1;

    /** Prototype flags a dump may carry. */
    static final int PROTO_DUMP_FLAGS = Proto.CHILD | Proto.VARARG | Proto.FFI;

    // GC constant type codes; a string's code is KGC_STR + its length.
    static final int KGC_CHILD = 0, KGC_TAB = 1, KGC_I64 = 2, KGC_U64 = 3, KGC_COMPLEX = 4, KGC_STR = 5;

    // Template table key/value type codes; a string's code is KTAB_STR + its length.
    static final int KTAB_NIL = 0, KTAB_FALSE = 1, KTAB_TRUE = 2, KTAB_INT = 3, KTAB_NUM = 4, KTAB_STR = 5;

    /** Codes of the internal variable names in debug info (VARNAME_*), index = code. */
    static final String[] VARNAMES = {null, "(for index)", "(for limit)", "(for step)", "(for generator)",
            "(for state)", "(for control)"};

    static final String ERR_INCOMPATIBLE = "cannot load incompatible bytecode";
    static final String ERR_MALFORMED = "cannot load malformed bytecode";

    private DumpFormat() {
    }

    /** Bytes per line delta in the debug info for a function spanning numline lines. */
    static int lineWidth(int numline) {
        return numline < 256 ? 1 : numline < 65536 ? 2 : 4;
    }

    /** LuaJIT's hsize2hbits: hash bits for a hash part of n entries. */
    static int hashBitsFor(int n) {
        return n == 0 ? 0 : n == 1 ? 1 : 1 + (31 - Integer.numberOfLeadingZeros(n - 1));
    }

    /** The internal-variable code of a name (1..6), or 0 for an ordinary name. */
    static int varnameCode(String name) {
        for (int i = 1; i < VARNAMES.length; i++) {
            if (VARNAMES[i].equals(name)) {
                return i;
            }
        }
        return 0;
    }
}
