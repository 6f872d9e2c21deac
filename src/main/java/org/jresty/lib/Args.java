package org.jresty.lib;

import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.Debug;
import org.jresty.vm.Frame;

/**
 * Argument checks for builtins, with LuaJIT's texts (lj_lib.c / lj_err.c). Arguments are numbered from 1 and
 * read from the running builtin's frame: {@code Args.checkTable(L, 1)}. Errors name the function the way the
 * caller's debug info names it ("bad argument #1 to 'insert' (table expected, got nil)"; a method call that
 * fails on its self says "calling 'm' on bad self") and carry the caller's "chunk:line: " position.
 */
public final class Args {
    private Args() {
    }

    private static Frame frame(LuaThread L) {
        return L.frames[L.depth - 1];
    }

    /** Number of arguments of the running builtin. */
    public static int count(LuaThread L) {
        return frame(L).nargs;
    }

    /** Argument n (1-based), or null when absent. */
    public static Object arg(LuaThread L, int n) {
        Frame f = frame(L);
        return n <= f.nargs ? L.stack[f.base + n - 1] : null;
    }

    public static boolean isNoneOrNil(LuaThread L, int n) {
        return arg(L, n) == null;
    }

    public static Object checkAny(LuaThread L, int n) {
        Frame f = frame(L);
        if (n > f.nargs) throw argError(L, n, "value expected");
        return L.stack[f.base + n - 1];
    }

    public static LuaTable checkTable(LuaThread L, int n) {
        if (arg(L, n) instanceof LuaTable t) return t;
        throw typeError(L, n, "table");
    }

    public static LuaTable optTable(LuaThread L, int n) {
        Object v = arg(L, n);
        if (v == null) return null;
        if (v instanceof LuaTable t) return t;
        throw typeError(L, n, "table");
    }

    public static LuaFunction checkFunction(LuaThread L, int n) {
        if (arg(L, n) instanceof LuaFunction fn) return fn;
        throw typeError(L, n, "function");
    }

    /** A number; strings convertible to numbers are accepted (lj_lib_checknum). */
    public static double checkNumber(LuaThread L, int n) {
        Object v = arg(L, n);
        if (v instanceof Double d) return d;
        if (v instanceof LuaString s) {
            Double d = Conv.parseNumber(s);
            if (d != null) return d;
        }
        throw typeError(L, n, "number");
    }

    public static double optNumber(LuaThread L, int n, double def) {
        return arg(L, n) == null ? def : checkNumber(L, n);
    }

    /** An integer: the number truncated as LuaJIT's lj_num2int does (out of range gives INT_MIN). */
    public static int checkInt(LuaThread L, int n) {
        return toInt(checkNumber(L, n));
    }

    public static int optInt(LuaThread L, int n, int def) {
        return arg(L, n) == null ? def : checkInt(L, n);
    }

    /** C's (int32_t) conversion of a double on x86-64 (cvttsd2si): truncation, out of range -> INT_MIN. */
    public static int toInt(double d) {
        if (d >= -2147483648.0 && d < 2147483648.0) return (int) d;
        return Integer.MIN_VALUE;
    }

    /** A string; numbers are converted to their string (and the argument slot updated, as LuaJIT does). */
    public static LuaString checkString(LuaThread L, int n) {
        Object v = arg(L, n);
        if (v instanceof LuaString s) return s;
        if (v instanceof Double d) {
            LuaString s = L.vm.intern(Conv.numberToString(d));
            L.stack[frame(L).base + n - 1] = s;
            return s;
        }
        throw typeError(L, n, "string");
    }

    public static LuaString optString(LuaThread L, int n, LuaString def) {
        return arg(L, n) == null ? def : checkString(L, n);
    }

    /** "bad argument #n to 'name' (T expected, got X)", X = "no value" when the argument is missing. */
    public static LuaError typeError(LuaThread L, int n, String expected) {
        Frame f = frame(L);
        String got = n > f.nargs ? "no value" : Conv.typeName(L.stack[f.base + n - 1]);
        return argError(L, n, expected + " expected, got " + got);
    }

    /** LuaJIT's lj_err_arg: "bad argument #n to 'name' (msg)" at the caller's position. */
    public static LuaError argError(LuaThread L, int n, String msg) {
        Debug.Name fn = Debug.funcName(L, L.depth - 1);
        String fname = fn == null ? "?" : fn.name();
        String text;
        if (fn != null && fn.kind().equals("method") && --n == 0) {
            text = "calling '" + fname + "' on bad self (" + msg + ")";
        } else {
            text = "bad argument #" + n + " to '" + fname + "' (" + msg + ")";
        }
        return error(L, text);
    }

    /** LuaJIT's lj_err_caller: the message prefixed with the position of the running builtin's Lua caller. */
    public static LuaError error(LuaThread L, String msg) {
        String loc = "";
        if (L.depth >= 2) loc = Debug.location(L.frames[L.depth - 2]);
        return new LuaError(L.vm.intern(loc + msg));
    }
}
