package org.jresty.lib.strings;

import org.jresty.lib.Args;
import org.jresty.lib.PackageLib;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.NumberFormat;
import org.jresty.vm.LuaVM;

/**
 * LuaJIT's string.buffer module (lib_buffer.c), available through {@code require("string.buffer")}: new,
 * encode, decode, and the buffer methods free reset skip set put putf get encode decode tostring, __len,
 * __tostring, __gc, with "buffer" as __metatable. The FFI methods (putcdata, reserve, commit, ref) are left out
 * until jresty has an FFI. LuaJIT's concatenation accepts buffers natively; here a __concat metamethod does it.
 */
public final class BufferLib {
    private BufferLib() {
    }

    /** Registers package.preload["string.buffer"]. */
    public static void preload(LuaVM vm) {
        Builtin loader = Builtin.of("string.buffer", (L, base, nargs) -> {
            L.stack[base] = open(L.vm);
            return 1;
        });
        org.jresty.lib.LibRegistry.account(vm, loader);  // lj_lib_prereg: a GCfuncC, counted from startup
        PackageLib.preload(vm, "string.buffer", loader);
    }

    private static LuaError callerError(LuaThread L, StringLibError e) {
        return Args.error(L, e.getMessage());
    }

    private static LuaTable open(LuaVM vm) {
        LuaTable mt = new LuaTable(vm.heap);
        LuaTable module = new LuaTable(vm.heap);
        reg(vm, mt, "buffer.method", "free", (L, base, nargs) -> {
            check(L).free();
            return 1;
        });
        reg(vm, mt, "buffer.method", "reset", (L, base, nargs) -> {
            check(L).reset();
            return 1;
        });
        reg(vm, mt, "buffer.method", "skip", (L, base, nargs) -> {
            StringBufferObject b = check(L);
            b.skip(checkRange(L, 2));
            return 1;
        });
        reg(vm, mt, "buffer.method", "set", (L, base, nargs) -> {
            StringBufferObject b = check(L);
            if (!(Args.arg(L, 2) instanceof LuaString s)) {
                throw Args.typeError(L, 2, "string");
            }
            b.setCow(s);
            return 1;
        });
        reg(vm, mt, "buffer.method", "put", BufferLib::put);
        reg(vm, mt, "buffer.method", "putf", (L, base, nargs) -> {
            StringBufferObject b = check(L);
            LuaString fmt = Args.checkString(L, 2);
            ByteBuf out = new ByteBuf(fmt.length() + 32);
            try {
                StringFormatter.format(out, fmt.bytes(), fmt.length(), formatArgs(L), 2);
            } catch (StringLibError e) {
                throw callerError(L, e);
            }
            b.put(out.array(), 0, out.length());
            L.vm.heap.gcCheck();
            return 1;
        });
        reg(vm, mt, "buffer.method", "get", BufferLib::get);
        reg(vm, mt, "buffer.method", "encode", (L, base, nargs) -> {
            StringBufferObject b = check(L);
            Object o = Args.checkAny(L, 2);
            try {
                new Serializer(L.vm, b.dictStr, b.dictMt).put(Serializer.sink(b), o);
            } catch (StringLibError e) {
                throw callerError(L, e);
            }
            L.vm.heap.gcCheck();
            return 1;
        });
        reg(vm, mt, "buffer.method", "decode", (L, base, nargs) -> {
            StringBufferObject b = check(L);
            Serializer s = new Serializer(L.vm, b.dictStr, b.dictMt);
            Object v;
            try {
                v = s.get(b.array(), b.readPos(), b.readPos() + b.length());
            } catch (StringLibError e) {
                throw callerError(L, e);
            }
            b.take(s.position() - b.readPos());
            L.stack[base] = v;
            return 1;
        });
        Builtin tostring = reg(vm, mt, "buffer.method", "__tostring", (L, base, nargs) -> {
            StringBufferObject b = check(L);
            L.stack[base] = L.vm.intern(b.array(), b.readPos(), b.length());
            return 1;
        });
        mt.setStr(vm.intern("tostring"), tostring);
        reg(vm, mt, "buffer.method", "__len", (L, base, nargs) -> {
            L.stack[base] = (double) check(L).length();
            return 1;
        });
        reg(vm, mt, "buffer.method", "__gc", (L, base, nargs) -> {
            check(L).free();
            return 0;
        });
        reg(vm, mt, "buffer.method", "__concat", BufferLib::concat);
        mt.setStr(vm.intern("__metatable"), vm.intern("buffer"));
        mt.setStr(vm.MM_INDEX, mt);

        reg(vm, module, "buffer", "new", (L, base, nargs) -> newBuffer(L, base, nargs, mt));
        reg(vm, module, "buffer", "encode", (L, base, nargs) -> {
            Object o = Args.checkAny(L, 1);
            ByteBuf out = new ByteBuf();
            try {
                new Serializer(L.vm, null, null).put(Serializer.sink(out), o);
            } catch (StringLibError e) {
                throw callerError(L, e);
            }
            TempBuffer.need(L, out.length());
            L.stack[base] = L.vm.intern(out.array(), 0, out.length());
            L.vm.heap.gcCheck();
            return 1;
        });
        reg(vm, module, "buffer", "decode", (L, base, nargs) -> {
            if (!(Args.arg(L, 1) instanceof LuaString str)) {
                throw Args.typeError(L, 1, "string");
            }
            Serializer s = new Serializer(L.vm, null, null);
            Object v;
            try {
                v = s.get(str.bytes(), 0, str.length());
                if (s.position() != str.length()) {
                    throw new StringLibError("left-over data in buffer");
                }
            } catch (StringLibError e) {
                throw callerError(L, e);
            }
            L.stack[base] = v;
            return 1;
        });
        return module;
    }

    /** Stores a new function in t; module is vmdef's name ("buffer.method", "buffer") for its LuaJIT ffid. */
    private static Builtin reg(LuaVM vm, LuaTable t, String module, String name, Builtin.Body body) {
        Builtin b = org.jresty.lib.LibRegistry.assignId(module, Builtin.of(name, body));
        t.setStr(vm.intern(name), b);
        return b;
    }

    private static StringBufferObject check(LuaThread L) {
        if (Args.arg(L, 1) instanceof StringBufferObject b) {
            return b;
        }
        throw Args.typeError(L, 1, "buffer");
    }

    /** lj_lib_checkintrange(L, n, 0, LJ_MAX_BUF). */
    private static long checkRange(LuaThread L, int n) {
        double d = Args.checkNumber(L, n);
        long k = Args.toInt(d);
        if (k < 0 || k > StringBufferObject.MAX_BUF) {
            throw Args.argError(L, n, "number out of range");
        }
        return k;
    }

    private static int newBuffer(LuaThread L, int base, int nargs, LuaTable mt) {
        long size = 0;
        int targ = 1;
        if (nargs >= 1 && !(Args.arg(L, 1) instanceof LuaTable)) {
            targ = 2;
            if (Args.arg(L, 1) != null) {
                size = checkRange(L, 1);
            }
        }
        LuaTable dictStr = null;
        LuaTable dictMt = null;
        if (nargs >= targ) {
            LuaTable options = Args.checkTable(L, targ);
            if (options.getStr(L.vm.intern("dict")) instanceof LuaTable d) {
                dictStr = d;
            }
            if (options.getStr(L.vm.intern("metatable")) instanceof LuaTable m) {
                dictMt = m;
            }
            try {
                if (dictStr != null) {
                    Serializer.checkDict(dictStr, true);
                }
                if (dictMt != null) {
                    Serializer.checkDict(dictMt, false);
                }
            } catch (StringLibError e) {
                throw callerError(L, e);
            }
        }
        StringBufferObject b = new StringBufferObject(L.vm.heap, mt, mt);
        b.dictStr = dictStr;
        b.dictMt = dictMt;
        if (size > 0) {
            b.more(size);
        }
        L.stack[base] = b;
        L.vm.heap.gcCheck();
        return 1;
    }

    private static int put(LuaThread L, int base, int nargs) {
        StringBufferObject b = check(L);
        for (int arg = 2; arg <= nargs; arg++) {
            Object o = L.stack[base + arg - 1];
            boolean retried = false;
            while (true) {
                if (o instanceof LuaString s) {
                    b.put(s.bytes(), 0, s.length());
                } else if (o instanceof Double d) {
                    byte[] t = NumberFormat.tostring(d).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                    b.put(t, 0, t.length);
                } else if (o instanceof StringBufferObject other) {
                    if (other == b) {
                        throw Args.argError(L, arg, "cannot put buffer into itself");
                    }
                    b.put(other.array(), other.readPos(), other.length());
                } else {
                    Object mm = retried ? null : L.vm.getMetatable(o) == null ? null
                            : L.vm.getMetatable(o).getStr(L.vm.MM_TOSTRING);
                    if (mm != null) {
                        o = L.vm.interp.call1(L, mm, o, null, 1);
                        L.stack[base + arg - 1] = o;
                        retried = true;
                        continue;
                    }
                    throw Args.typeError(L, arg, "string/number/__tostring");
                }
                break;
            }
        }
        L.vm.heap.gcCheck();
        return 1;
    }

    private static int get(LuaThread L, int base, int nargs) {
        StringBufferObject b = check(L);
        int n = Math.max(nargs, 2);
        L.ensureStack(base + n);
        for (int arg = 2; arg <= n; arg++) {
            Object o = arg <= nargs ? L.stack[base + arg - 1] : null;
            long want = o == null ? StringBufferObject.MAX_BUF : checkRange(L, arg);
            int len = (int) Math.min(want, b.length());
            int at = b.take(len);
            L.stack[base + arg - 1] = L.vm.intern(b.array(), at, len);
        }
        b.settle();
        // Results are in the argument slots 2..n: move them down over the buffer argument.
        System.arraycopy(L.stack, base + 1, L.stack, base, n - 1);
        L.vm.heap.gcCheck();
        return n - 1;
    }

    /** a .. b where one side is a buffer: both sides as strings (numbers as %.14g). */
    private static int concat(LuaThread L, int base, int nargs) {
        ByteBuf out = new ByteBuf();
        Object a = Args.arg(L, 1);
        Object b2 = Args.arg(L, 2);
        if (!isCatOperand(a) || !isCatOperand(b2)) {
            // LuaJIT names the first operand that is not a string or a number (a buffer is a userdata).
            Object bad = a instanceof LuaString || a instanceof Double ? b2 : a;
            throw Args.error(L, "attempt to concatenate a " + Conv.typeName(bad) + " value");
        }
        for (int i = 1; i <= 2; i++) {
            Object o = Args.arg(L, i);
            if (o instanceof StringBufferObject sb) {
                out.append(sb.array(), sb.readPos(), sb.length());
            } else if (o instanceof LuaString s) {
                out.append(s.bytes());
            } else if (o instanceof Double d) {
                out.appendLatin1(NumberFormat.tostring(d));
            } else {
                throw Args.error(L, "attempt to concatenate a " + Conv.typeName(o) + " value");
            }
        }
        TempBuffer.need(L, out.length());
        L.stack[base] = L.vm.intern(out.array(), 0, out.length());
        return 1;
    }

    private static boolean isCatOperand(Object o) {
        return o instanceof LuaString || o instanceof Double || o instanceof StringBufferObject;
    }

    private static FormatArgs formatArgs(LuaThread L) {
        return new FormatArgs() {
            public int count() {
                return Args.count(L);
            }

            public double checkNumber(int arg) {
                return Args.checkNumber(L, arg);
            }

            public byte[] tostring(int arg) {
                Object v = Args.arg(L, arg);
                if (v instanceof LuaString s) {
                    return s.bytes();
                }
                Object r = L.vm.tostringAny(L, v);
                return r instanceof LuaString s ? s.bytes() : L.vm.rawToString(r).bytes();
            }

            public String pointer(int arg) {
                Object v = Args.arg(L, arg);
                return v instanceof org.jresty.runtime.GCObject ? LuaVM.address(v) : "NULL";
            }

            public RuntimeException missing(int arg) {
                return Args.argError(L, arg, "value expected");
            }
        };
    }
}
