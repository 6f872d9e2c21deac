package org.jresty.compiler;

/** A block scope of a function (LuaJIT's FuncScope). */
final class FuncScope {
    static final int LOOP = 0x01, BREAK = 0x02, GOLA = 0x04, UPVAL = 0x08, NOCLOSE = 0x10;

    FuncScope prev;
    int vstart;
    int nactvar;
    int flags;
}
