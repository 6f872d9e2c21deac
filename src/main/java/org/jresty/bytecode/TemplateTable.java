package org.jresty.bytecode;

/**
 * A constant table built by the parser for TDUP (and stored as a table constant in dumps). Keys and values are
 * only nil, booleans (Boolean), numbers (Double) and strings (LuaString). {@code array[i]} is the value at
 * integer key i (index 0 included, as in LuaJIT's array part; null = nil). Hash entries are kept in the order
 * the parser inserted them; {@code hashBits} is the size the parser gave the hash part (LuaJIT's hsize2hbits),
 * so that TDUP copies LuaJIT's sizes.
 *
 * <p>A hash entry whose value is null is LuaJIT's nil-value marker: a constant string key whose value the
 * constructor stores at run time ({@code {f = function() end}}). TDUP copies it as a nil value; dumps keep the key
 * (written as nil, read back as a marker). A constant nil value ({@code {a = nil}}) is not an entry at all.
 * {@link TemplateTables#put} stores entries the way lj_tab_set does.
 */
public final class TemplateTable {
    public Object[] array;
    public Object[] hashKeys;
    public Object[] hashValues;
    public int hashCount;
    public int hashBits;
    /** The node layout TDUP copies, built by the runtime at the first TDUP (LuaTable.dup); templates never change. */
    public Object dupShape;

    public TemplateTable(int arraySize, int hashBits) {
        this.array = new Object[arraySize];
        this.hashBits = hashBits;
        int cap = hashBits == 0 ? 0 : 1 << hashBits;
        this.hashKeys = new Object[Math.max(cap, 1)];
        this.hashValues = new Object[Math.max(cap, 1)];
    }
}
