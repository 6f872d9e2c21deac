package org.jresty.heap;

/** What a block of heap bytes belongs to, for per-kind statistics (--mem-stats). */
public enum HeapKind {
    STRING("strings"),
    TABLE("tables"),
    TABLE_ARRAY("table array parts"),
    TABLE_HASH("table hash parts"),
    FUNCTION("closures"),
    UPVALUE("upvalues"),
    PROTO("prototypes"),
    THREAD("threads"),
    STACK("thread stacks"),
    USERDATA("userdata"),
    CDATA("cdata"),
    STRING_TABLE("string table"),
    STRING_BUFFER("string buffer"),
    TRACE("traces"),
    STATE("global state");

    public final String label;

    HeapKind(String label) {
        this.label = label;
    }
}
