package org.jresty.runtime;

/** Value conversions shared by the VM and the libraries: type names, truth, string/number coercions. */
public final class Conv {
    private Conv() {
    }

    /** LuaJIT's lj_typename: "nil", "boolean", "number", "string", "table", "function", "userdata", "thread". */
    public static String typeName(Object v) {
        if (v == null) return "nil";
        if (v instanceof Boolean) return "boolean";
        if (v instanceof Double) return "number";
        if (v instanceof LuaString) return "string";
        if (v instanceof LuaTable) return "table";
        if (v instanceof LuaFunction) return "function";
        if (v instanceof LuaThread) return "thread";
        if (v instanceof LuaUserdata) return "userdata";
        return "userdata";
    }

    public static boolean isFalsy(Object v) {
        return v == null || v == Boolean.FALSE;
    }

    /** A number or a string convertible to one (arithmetic coercion), else null. */
    public static Double toNumber(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof LuaString s) return parseNumber(s);
        return null;
    }

    /** The number a string denotes as LuaJIT's lj_strscan_num reads it (used by tonumber and coercions), else null. */
    public static Double parseNumber(LuaString s) {
        return StrScan.toNumber(s);
    }

    /** Number text as tostring/print/concatenation write it ("%.14g"). */
    public static String numberToString(double d) {
        return NumberFormat.tostring(d);
    }
}
