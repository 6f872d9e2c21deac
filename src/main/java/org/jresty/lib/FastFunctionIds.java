package org.jresty.lib;

import java.util.HashMap;
import java.util.Map;

/**
 * LuaJIT's fast-function ids (ffid), which {@code tostring} prints for a fast function as {@code builtin#N}
 * and jit.util.funcinfo reports as {@code ffid}.
 *
 * <p>Where the numbers come from: LuaJIT's buildvm ({@code host/buildvm_lib.c}, modes ffdef/vmdef) reads the
 * library sources in the Makefile's {@code LJLIB_C} order (lib_base.c lib_math.c lib_bit.c lib_string.c
 * lib_table.c lib_io.c lib_os.c lib_package.c lib_debug.c lib_jit.c lib_ffi.c lib_buffer.c) and numbers every
 * {@code LJLIB_CF}, {@code LJLIB_ASM} and {@code LJLIB_ASM_} in order of appearance, starting at 2 (FF_LUA = 0
 * and FF_C = 1 come first); {@code LJLIB_NOREG}/{@code LJLIB_NOREGUV} functions are numbered too (they are the
 * iterators and the require-able extras), {@code LJLIB_LUA} functions are Lua bytecode and get none. Its
 * one-level preprocessor drops {@code #if LJ_52} blocks and keeps {@code #if LJ_HASJIT} / {@code #if LJ_HASFFI}
 * blocks in a JIT+FFI build; any other {@code #if} is kept. Functions made with lua_pushcfunction / luaL_Reg
 * (require, module, package.*, preload loaders, io.lines' iterator) have FF_C and print an address.
 *
 * <p>The table below is OpenResty's build (openresty/luajit2, v2.1 branch as of its 2.1-20240314 release, the
 * one jresty follows; x64 Linux with JIT and FFI): upstream LuaJIT 2.1's list plus OpenResty's thread.exdata and
 * thread.exdata2 (end of lib_base.c), table.clone/isarray/nkeys/isempty (lib_table.c, between concat and sort)
 * and jit.prngstate (lib_jit.c, after attach). Upstream's list was checked against the jit/vmdef.lua of Debian's
 * luajit 2.1.0~beta3+git20220320 and its tostring output; OpenResty's numbers (from 38 on) are derived, not
 * recorded: no OpenResty luajit was at hand.
 *
 * <p>Names are vmdef.lua's: the module prefix with dots ("string.gmatch_aux", "io.method.close").
 */
public final class FastFunctionIds {
    private FastFunctionIds() {
    }

    /** lj_ffdef.h's order; index 0 is ffid 2. */
    private static final String[] ORDER = {
        // lib_base.c: base
        "assert", "type", "next", "pairs", "ipairs_aux", "ipairs", "getmetatable", "setmetatable", "getfenv",
        "setfenv", "rawget", "rawset", "rawequal", "unpack", "select", "tonumber", "tostring", "error", "pcall",
        "xpcall", "loadfile", "load", "loadstring", "dofile", "gcinfo", "collectgarbage", "newproxy", "print",
        // lib_base.c: coroutine (wrap_aux is NOREG), then OpenResty's NOREG thread_exdata/exdata2 (LJ_HASFFI)
        "coroutine.status", "coroutine.running", "coroutine.isyieldable", "coroutine.create", "coroutine.yield",
        "coroutine.resume", "coroutine.wrap_aux", "coroutine.wrap", "thread.exdata", "thread.exdata2",
        // lib_math.c (deg and rad are LJLIB_LUA)
        "math.abs", "math.floor", "math.ceil", "math.sqrt", "math.log10", "math.exp", "math.sin", "math.cos",
        "math.tan", "math.asin", "math.acos", "math.atan", "math.sinh", "math.cosh", "math.tanh", "math.frexp",
        "math.modf", "math.log", "math.atan2", "math.pow", "math.fmod", "math.ldexp", "math.min", "math.max",
        "math.random", "math.randomseed",
        // lib_bit.c
        "bit.tobit", "bit.bnot", "bit.bswap", "bit.lshift", "bit.rshift", "bit.arshift", "bit.rol", "bit.ror",
        "bit.band", "bit.bor", "bit.bxor", "bit.tohex",
        // lib_string.c (len is LJLIB_LUA; gmatch_aux is NOREG)
        "string.byte", "string.char", "string.sub", "string.rep", "string.reverse", "string.lower",
        "string.upper", "string.dump", "string.find", "string.match", "string.gmatch_aux", "string.gmatch",
        "string.gsub", "string.format",
        // lib_table.c (foreachi, foreach, getn, remove, move are LJLIB_LUA; clone..isempty, new, clear NOREG)
        "table.maxn", "table.insert", "table.concat", "table.clone", "table.isarray", "table.nkeys",
        "table.isempty", "table.sort", "table.new", "table.clear",
        // lib_io.c
        "io.method.close", "io.method.read", "io.method.write", "io.method.flush", "io.method.seek",
        "io.method.setvbuf", "io.method.lines", "io.method.__gc", "io.method.__tostring",
        "io.open", "io.popen", "io.tmpfile", "io.close", "io.read", "io.write", "io.flush", "io.input",
        "io.output", "io.lines", "io.type",
        // lib_os.c
        "os.execute", "os.remove", "os.rename", "os.tmpname", "os.getenv", "os.exit", "os.clock", "os.date",
        "os.time", "os.difftime", "os.setlocale",
        // lib_package.c has none; lib_debug.c
        "debug.getregistry", "debug.getmetatable", "debug.setmetatable", "debug.getfenv", "debug.setfenv",
        "debug.getinfo", "debug.getlocal", "debug.setlocal", "debug.getupvalue", "debug.setupvalue",
        "debug.upvalueid", "debug.upvaluejoin", "debug.sethook", "debug.gethook", "debug.debug",
        "debug.traceback",
        // lib_jit.c
        "jit.on", "jit.off", "jit.flush", "jit.status", "jit.security", "jit.attach", "jit.prngstate",
        "jit.util.funcinfo", "jit.util.funcbc", "jit.util.funck", "jit.util.funcuvname", "jit.util.traceinfo",
        "jit.util.traceir", "jit.util.tracek", "jit.util.tracesnap", "jit.util.tracemc",
        "jit.util.traceexitstub", "jit.util.ircalladdr", "jit.opt.start",
        "jit.profile.start", "jit.profile.stop", "jit.profile.dumpstack",
        // lib_ffi.c (jresty has no FFI; they still take their numbers)
        "ffi.meta.__index", "ffi.meta.__newindex", "ffi.meta.__eq", "ffi.meta.__len", "ffi.meta.__lt",
        "ffi.meta.__le", "ffi.meta.__concat", "ffi.meta.__call", "ffi.meta.__add", "ffi.meta.__sub",
        "ffi.meta.__mul", "ffi.meta.__div", "ffi.meta.__mod", "ffi.meta.__pow", "ffi.meta.__unm",
        "ffi.meta.__tostring", "ffi.meta.__pairs", "ffi.meta.__ipairs", "ffi.clib.__index",
        "ffi.clib.__newindex", "ffi.clib.__gc", "ffi.callback.free", "ffi.callback.set", "ffi.cdef", "ffi.new",
        "ffi.cast", "ffi.typeof", "ffi.typeinfo", "ffi.istype", "ffi.sizeof", "ffi.alignof", "ffi.offsetof",
        "ffi.errno", "ffi.string", "ffi.copy", "ffi.fill", "ffi.abi", "ffi.metatype", "ffi.gc", "ffi.load",
        // lib_buffer.c (putcdata, reserve, commit, ref are LJ_HASFFI; buf:tostring is __tostring itself)
        "buffer.method.free", "buffer.method.reset", "buffer.method.skip", "buffer.method.set",
        "buffer.method.put", "buffer.method.putf", "buffer.method.get", "buffer.method.putcdata",
        "buffer.method.reserve", "buffer.method.commit", "buffer.method.ref", "buffer.method.encode",
        "buffer.method.decode", "buffer.method.__gc", "buffer.method.__tostring", "buffer.method.__len",
        "buffer.new", "buffer.encode", "buffer.decode",
    };

    private static final Map<String, Integer> IDS = new HashMap<>();

    static {
        for (int i = 0; i < ORDER.length; i++) {
            if (IDS.put(ORDER[i], i + 2) != null) throw new AssertionError("duplicate " + ORDER[i]);
        }
    }

    /** The ffid of LuaJIT's fast function with vmdef name {@code name}, or 0 when LuaJIT has none by that name. */
    public static int id(String name) {
        return IDS.getOrDefault(name, 0);
    }

    /** The ffid of {@code name} in module {@code module} ("_G" or "base" for the base library), or 0. */
    public static int id(String module, String name) {
        return id(module.equals("_G") || module.equals("base") ? name : module + "." + name);
    }
}
