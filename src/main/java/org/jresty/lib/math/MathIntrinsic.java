package org.jresty.lib.math;

/**
 * The one-number functions of the math library that compiled code may do in place of the call
 * ({@code Builtin.intrinsic}): when the callee of a one-argument, one-result CALL is such a builtin and the
 * argument is a number, the generated code computes {@link #apply} and stores the result, with no frame pushed
 * (as LuaJIT's fast functions run without one). Each id computes exactly what the builtin's body computes.
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
            case MIN -> x < y ? x : y;
            case MAX -> x > y ? x : y;
            case FMOD -> x % y;
            case POW -> org.jresty.vm.Interp.pow(x, y);
            default -> Elementary.atan2(x, y);
        };
    }
}
