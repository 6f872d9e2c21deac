package org.jresty.runtime;

/**
 * Base of every object the Lua heap manages (strings, tables, functions, upvalues, prototypes, threads,
 * userdata, cdata). The heap links each one into its collector's list and accounts its size for the active mode.
 */
public abstract class GCObject {
    /** Next object in the heap's list of all objects (owned by the collector). */
    public GCObject gcNext;
    /** Collector colour/flag bits (owned by the collector). */
    public byte gcMark;
}
