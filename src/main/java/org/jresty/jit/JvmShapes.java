package org.jresty.jit;

import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;

import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/** What generated code and its generators agree on: the VM types it names, run()'s signature, its local slots. */
final class JvmShapes {
    private JvmShapes() {
    }

    static final String VM = "org.jresty.vm.";
    static final ClassDesc CD_INTERP = ClassDesc.of(VM + "Interp"), CD_FRAME = ClassDesc.of(VM + "Frame"),
            CD_COMPILED = ClassDesc.of(VM + "Compiled"),
            CD_LUAVM = ClassDesc.of(VM + "LuaVM"),
            CD_THREAD = ClassDesc.of("org.jresty.runtime.LuaThread"),
            CD_CLOSURE = ClassDesc.of("org.jresty.runtime.LuaClosure"),
            CD_UPVAL = ClassDesc.of("org.jresty.runtime.UpVal"),
            CD_TABLE = ClassDesc.of("org.jresty.runtime.LuaTable"),
            CD_STRING = ClassDesc.of("org.jresty.runtime.LuaString"),
            CD_PROTO = ClassDesc.of("org.jresty.bytecode.Proto"),
            CD_TEMPLATE = ClassDesc.of("org.jresty.bytecode.TemplateTable"),
            CD_BUILTIN = ClassDesc.of("org.jresty.runtime.Builtin"),
            CD_MATH_INTRINSIC = ClassDesc.of("org.jresty.lib.math.MathIntrinsic"),
            CD_OBJS = CD_Object.arrayType(), CD_UPVALS = CD_UPVAL.arrayType(), CD_DOUBLES = CD_Double.arrayType();
    static final MethodTypeDesc MTD_RUN = MethodTypeDesc.of(CD_int, CD_INTERP, CD_THREAD, CD_FRAME);

    // Local variable slots of run(): M0.. hold the entry loader's register mask (4 longs), register r's cached
    // number is in local DREG + 2r, TB is boxing's temporary.
    static final int IN = 1, L = 2, F = 3, ST = 4, BASE = 5, CL = 6, UV = 7, T1 = 8, T2 = 9, I1 = 10,
            D1 = 11, D2 = 13, D3 = 15, K = 17, TB = 18, M0 = 19, DREG = 27;
}
