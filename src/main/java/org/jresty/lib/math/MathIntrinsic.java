package org.jresty.lib.math;

/**
 * The math library's functions of one or two numbers, by id ({@code Builtin.intrinsic}): the builtins compute
 * them here, and so does compiled code in place of a call, when the callee of a CALL with that many arguments and
 * one result is such a builtin and the arguments are numbers (no frame is pushed, as LuaJIT's fast functions run
 * without one).
 */
public final class MathIntrinsic {
    private MathIntrinsic() {
    }

    /** Functions of one number (ids below TWO_ARGS). */
    public static final int NONE = 0, ABS = 1, FLOOR = 2, CEIL = 3, SQRT = 4, LOG10 = 5, EXP = 6, SIN = 7, COS = 8,
            TAN = 9, ASIN = 10, ACOS = 11, ATAN = 12, SINH = 13, COSH = 14, TANH = 15;
    /** Functions of two numbers (ids from TWO_ARGS on). */
    public static final int TWO_ARGS = 32, MIN = 32, MAX = 33, FMOD = 34, POW = 35, ATAN2 = 36;

    /** Function id of x (id is a one-number function's). */
    public static double apply(int id, double x) {
        return switch (id) {
            case ABS -> Math.abs(x);
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case SQRT -> Math.sqrt(x);
            case LOG10 -> PreciseLog.log10(x);
            case EXP -> Elementary.exp(x);
            case SIN -> Elementary.sin(x);
            case COS -> Elementary.cos(x);
            case TAN -> Elementary.tan(x);
            case ASIN -> Elementary.asin(x);
            case ACOS -> Elementary.acos(x);
            case ATAN -> Elementary.atan(x);
            case SINH -> Elementary.sinh(x);
            case COSH -> Elementary.cosh(x);
            default -> StrictMath.tanh(x);
        };
    }

    /** Function id of x and y (id is a two-number function's). */
    public static double apply2(int id, double x, double y) {
        return switch (id) {
            case MIN -> x < y ? x : y; // NaN and signed zeros as LuaJIT's interpreter (minsd/maxsd)
            case MAX -> x > y ? x : y;
            case FMOD -> x % y; // Java's % on doubles is C's fmod
            case POW -> org.jresty.vm.Interp.pow(x, y);
            default -> Elementary.atan2(x, y);
        };
    }
}
