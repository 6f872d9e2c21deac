package org.jresty.lib.strings;

/**
 * Where {@link StringFormatter} gets its arguments from. Argument numbers are Lua's (the format string is #1,
 * so the first value is #2). Implementations throw LuaJIT's errors ("bad argument #2 to 'format' (number
 * expected, got nil)") themselves.
 */
public interface FormatArgs {
    /** Total number of arguments including the format string. */
    int count();

    /** The number at arg (strings convertible to numbers accepted), or a "number expected" error. */
    double checkNumber(int arg);

    /** tostring(arg) as %s shows it: __tostring honoured, numbers as "%.14g". */
    byte[] tostring(int arg);

    /** %p's text for arg: "NULL" for non-object values, else the object's address as "0x..." . */
    String pointer(int arg);

    /** Raised when a conversion has no argument left: "bad argument #arg to 'format' (value expected)". */
    RuntimeException missing(int arg);
}
