package org.jresty.runtime;

/**
 * Base of every object the Lua heap manages (strings, tables, functions, upvalues, prototypes, threads,
 * userdata, cdata). The heap keeps each one in its collector's lists and accounts its size for the active mode.
 * Only the mark is kept in the object: the lists are arrays, the string table chains strings through their own link.
 */
public abstract class GCObject {
    /** Collector colour/flag bits (owned by the collector). */
    public byte gcMark;
}
