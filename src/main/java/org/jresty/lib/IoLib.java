package org.jresty.lib;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.jresty.lib.io.CStream;
import org.jresty.lib.io.Errno;
import org.jresty.lib.io.FileOpener;
import org.jresty.lib.io.IoState;
import org.jresty.lib.io.LuaFile;
import org.jresty.lib.io.ReadFormats;
import org.jresty.lib.io.StdStreams;
import org.jresty.lib.io.TracedBuiltin;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.LuaUserdata;
import org.jresty.vm.LuaVM;

/**
 * LuaJIT's io library (lib_io.c) in Lua 5.1 mode: files are userdata with the "FILE*" metatable, C stdio
 * semantics emulated by {@link CStream}. io.stdout writes into {@code vm.out}, the stream print uses, so the
 * two never reorder; hosts must call {@link #flushAll(LuaVM)} before the process ends (C's exit does that).
 */
public final class IoLib {
    private IoLib() {
    }

    /** LuaJIT's LJ_MAX_UPVAL: the most arguments file:lines/io.lines keep. */
    private static final int MAX_LINES_ARGS = 60;

    public static void open(LuaVM vm) {
        IoState st = IoState.of(vm);
        if (vm.out == System.out) {
            st.realOut = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 8192),
                    false);
            vm.out = st.realOut;
        }
        LuaTable mt = new LuaTable(vm.heap);
        st.fileMeta = mt;
        // file:close also keeps LuaJIT's GC roots alive: the standard files and the default input and output
        // (reachable through registry["FILE*"], so they live as long as the VM)
        Builtin close = TracedBuiltin.create(vm, "close", 0, c -> {
            c.mark(st.stdin);
            c.mark(st.stdout);
            c.mark(st.stderr);
            c.mark(st.input);
            c.mark(st.output);
        }, IoLib::methodClose);
        for (Builtin b : new Builtin[] {
            close,
            Builtin.of("read", (L, base, nargs) -> readResults(L, base, checkOpen(L).stream, 1)),
            Builtin.of("write", (L, base, nargs) -> write(L, base, nargs, checkOpen(L).stream, 1)),
            Builtin.of("flush", (L, base, nargs) -> fileResult(L, base, checkOpen(L).stream.flush(),
                    checkOpen(L).stream.errno, null)),
            Builtin.of("seek", IoLib::seek),
            Builtin.of("setvbuf", IoLib::setvbuf),
            Builtin.of("lines", (L, base, nargs) -> {
                checkOpen(L);
                return lines(L, base, nargs);
            }),
            Builtin.of("__gc", (L, base, nargs) -> {
                LuaFile f = checkFile(L);
                st.open.remove(f.stream);  // (also anchors the VM's io state to its registry)
                if (!f.isClosed() && f.kind != LuaFile.STDF) closeFile(L, base, f);
                return 0;
            }),
            Builtin.of("__tostring", (L, base, nargs) -> {
                LuaFile f = checkFile(L);
                L.stack[base] = L.vm.intern(f.isClosed() ? "file (closed)" : "file (" + LuaVM.address(f.stream) + ")");
                return 1;
            }),
        }) {
            LibRegistry.account(vm, b);
            LibRegistry.assignId("io.method", b);
            mt.setStr(vm.intern(b.name), b);
        }
        mt.setStr(vm.MM_INDEX, mt);
        vm.registry.setStr(vm.intern("FILE*"), mt);

        LuaTable io = LibRegistry.register(vm, "io",
                Builtin.of("close", (L, base, nargs) -> nargs > 0 ? methodClose(L, base, nargs)
                        : closeFile(L, base, (LuaFile) st.output.payload)),
                Builtin.of("read", (L, base, nargs) -> readResults(L, base, stdStream(L, st.input), 0)),
                Builtin.of("write", (L, base, nargs) -> write(L, base, nargs, stdStream(L, st.output), 0)),
                Builtin.of("flush", (L, base, nargs) -> {
                    CStream s = stdStream(L, st.output);
                    return fileResult(L, base, s.flush(), s.errno, null);
                }),
                Builtin.of("input", (L, base, nargs) -> stdGetSet(L, base, nargs, true)),
                Builtin.of("output", (L, base, nargs) -> stdGetSet(L, base, nargs, false)),
                Builtin.of("lines", IoLib::ioLines),
                Builtin.of("open", IoLib::ioOpen),
                Builtin.of("popen", IoLib::popen),
                Builtin.of("tmpfile", (L, base, nargs) -> {
                    try {
                        return pushFile(L, base, new LuaFile(FileOpener.tmpfile(), LuaFile.FILE));
                    } catch (IOException e) {
                        return fileResult(L, base, false, Errno.of(e), null);
                    }
                }),
                Builtin.of("type", (L, base, nargs) -> {
                    Object o = Args.checkAny(L, 1);
                    String t = null;
                    if (o instanceof LuaUserdata u && u.payload instanceof LuaFile f) t = f.isClosed() ? "closed file" : "file";
                    L.stack[base] = t == null ? null : L.vm.intern(t);
                    return 1;
                }));
        st.stdin = newHandle(vm, new LuaFile(StdStreams.stdin(st), LuaFile.STDF));
        st.stdout = newHandle(vm, new LuaFile(StdStreams.stdout(vm), LuaFile.STDF));
        st.stderr = newHandle(vm, new LuaFile(StdStreams.stderr(st), LuaFile.STDF));
        st.input = st.stdin;
        st.output = st.stdout;
        io.setStr(vm.intern("stdin"), st.stdin);
        io.setStr(vm.intern("stdout"), st.stdout);
        io.setStr(vm.intern("stderr"), st.stderr);
    }

    // ---------------------------------------------------------------------------------------------- host API

    /**
     * Flushes Lua's standard output and every file still open (C's exit and fflush(NULL)). Hosts call this on
     * every way out of the process and before writing their own messages.
     */
    public static void flushAll(LuaVM vm) {
        IoState st = IoState.of(vm);
        List<CStream> streams;
        synchronized (st.open) {
            streams = new ArrayList<>(st.open);
        }
        for (CStream s : streams) s.flush();
        if (st.stdout != null && st.stdout.payload instanceof LuaFile f && !f.isClosed()) f.stream.flush();
        vm.out.flush();
        st.err.flush();
    }

    /**
     * Makes {@code out} Lua's standard output (print, io.write, io.stdout). When it writes to the process's own
     * file descriptor 1 (a command line), say so: child processes (os.execute, io.popen "w") then share that
     * descriptor as C children do, instead of having their output copied into {@code out} through a pipe.
     */
    public static void setStdout(LuaVM vm, PrintStream out, boolean isProcessStdout) {
        IoState st = IoState.of(vm);
        IoLib.flushAll(vm);
        vm.out = out;
        st.realOut = isProcessStdout ? out : null;
    }

    /** Replaces the stream io.stdin (and io.read while it is the default input) reads from. */
    public static void setStdin(LuaVM vm, InputStream in) {
        IoState st = IoState.of(vm);
        st.in = in;
        if (st.stdin != null) ((LuaFile) st.stdin.payload).stream = StdStreams.stdin(st);
    }

    /** Replaces the stream io.stderr writes to. */
    public static void setStderr(LuaVM vm, PrintStream err) {
        IoState.of(vm).err = err;
    }

    // ---------------------------------------------------------------------------------------------- handles

    private static LuaUserdata newHandle(LuaVM vm, LuaFile f) {
        LuaUserdata u = new LuaUserdata(IoState.of(vm).fileMeta, f);
        u.size = 16;  // sizeof(IOFileUD)
        vm.heap.newUserdata(u);
        if (f.kind != LuaFile.STDF) IoState.of(vm).open.add(f.stream);
        return u;
    }

    private static int pushFile(LuaThread L, int base, LuaFile f) {
        L.stack[base] = newHandle(L.vm, f);
        return 1;
    }

    /** io_tofilep: argument 1 must be a file ("FILE* expected"). */
    private static LuaFile checkFile(LuaThread L) {
        if (Args.arg(L, 1) instanceof LuaUserdata u && u.payload instanceof LuaFile f && Args.count(L) > 0) return f;
        throw Args.typeError(L, 1, "FILE*");
    }

    /** io_tofile: an open file. */
    private static LuaFile checkOpen(LuaThread L) {
        LuaFile f = checkFile(L);
        if (f.isClosed()) throw Args.error(L, "attempt to use a closed file");
        return f;
    }

    /** io_stdfile: the default input or output, which must be open. */
    private static CStream stdStream(LuaThread L, LuaUserdata u) {
        LuaFile f = (LuaFile) u.payload;
        if (f.isClosed()) throw Args.error(L, "standard file is closed");
        return f.stream;
    }

    /** luaL_fileresult: true, or nil + "[fname: ]strerror" + errno. */
    static int fileResult(LuaThread L, int base, boolean ok, int errno, byte[] fname) {
        L.ensureStack(base + 3);
        if (ok) {
            L.stack[base] = Boolean.TRUE;
            return 1;
        }
        L.stack[base] = null;
        String text = Errno.text(errno);
        L.stack[base + 1] = fname == null ? L.vm.intern(text) : concat(L.vm, fname, ": " + text);
        L.stack[base + 2] = (double) errno;
        return 3;
    }

    private static LuaString concat(LuaVM vm, byte[] a, String b) {
        byte[] r = new byte[a.length + b.length()];
        System.arraycopy(a, 0, r, 0, a.length);
        for (int i = 0; i < b.length(); i++) r[a.length + i] = (byte) b.charAt(i);
        return vm.intern(r);
    }

    // ---------------------------------------------------------------------------------------------- close

    private static int methodClose(LuaThread L, int base, int nargs) {
        LuaFile f = nargs > 0 ? checkOpen(L) : (LuaFile) IoState.of(L.vm).output.payload;
        return closeFile(L, base, f);
    }

    private static int closeFile(LuaThread L, int base, LuaFile f) {
        if (f.isClosed()) throw Args.error(L, "attempt to use a closed file");
        if (f.kind == LuaFile.STDF) {
            L.ensureStack(base + 2);
            L.stack[base] = null;
            L.stack[base + 1] = L.vm.intern("cannot close standard file");
            return 2;
        }
        CStream s = f.stream;
        IoState.of(L.vm).open.remove(s);
        boolean ok;
        if (f.kind == LuaFile.PIPE) {
            ok = FileOpener.pclose(f) != -1;
        } else {
            ok = s.close();
        }
        f.stream = null;
        return fileResult(L, base, ok, s.errno, null);
    }

    // ---------------------------------------------------------------------------------------------- read/write

    private static Object[] args(LuaThread L, int base, int from, int nargs) {
        Object[] a = new Object[Math.max(0, nargs - from)];
        System.arraycopy(L.stack, base + from, a, 0, a.length);
        return a;
    }

    private static int readResults(LuaThread L, int base, CStream s, int start) {
        Object[] fmts = args(L, base, start, Args.count(L));
        ReadFormats.Result r = ReadFormats.read(L, s, fmts, start + 1);
        if (r.failed()) return fileResult(L, base, false, s.errno, null);
        Object[] v = r.values();
        L.ensureStack(base + v.length + 1);
        System.arraycopy(v, 0, L.stack, base, v.length);
        return v.length;
    }

    private static int write(LuaThread L, int base, int nargs, CStream s, int start) {
        boolean ok = true;
        for (int i = start; i < nargs; i++) {
            Object v = L.stack[base + i];
            byte[] b;
            if (v instanceof LuaString str) b = str.bytes();
            else if (v instanceof Double d) b = Conv.numberToString(d).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            else throw Args.typeError(L, i + 1, "string");
            ok = ok && s.write(b, 0, b.length);
        }
        return fileResult(L, base, ok, s.errno, null);
    }

    // ---------------------------------------------------------------------------------------------- seek etc.

    /** lj_lib_checkopt: the index of the option string, def when absent (def < 0: required). */
    static int checkOpt(LuaThread L, int n, int def, String... opts) {
        LuaString s = def >= 0 ? Args.optString(L, n, null) : Args.checkString(L, n);
        if (s == null) return def;
        String v = s.toString();
        for (int i = 0; i < opts.length; i++) {
            if (opts[i].equals(v)) return i;
        }
        throw Args.argError(L, n, "invalid option '" + v + "'");
    }

    private static int seek(LuaThread L, int base, int nargs) {
        CStream s = checkOpen(L).stream;
        int whence = checkOpt(L, 2, 1, "set", "cur", "end");
        long ofs = 0;
        Object o = Args.arg(L, 3);
        if (o instanceof Double d) ofs = toInt64(d);
        else if (o != null) throw Args.typeError(L, 3, "number");
        long pos = s.seek(ofs, whence);
        if (pos < 0) return fileResult(L, base, false, s.errno, null);
        L.stack[base] = (double) pos;
        return 1;
    }

    /** C's (int64_t) cast of a double on x86-64: truncation, out of range -> INT64_MIN. */
    public static long toInt64(double d) {
        if (d >= -9.223372036854775808E18 && d < 9.223372036854775808E18) return (long) d;
        return Long.MIN_VALUE;
    }

    private static int setvbuf(LuaThread L, int base, int nargs) {
        CStream s = checkOpen(L).stream;
        int mode = checkOpt(L, 2, -1, "full", "line", "no");
        int size = Args.optInt(L, 3, 8192);
        return fileResult(L, base, s.setvbuf(mode, size), s.errno, null);
    }

    // ---------------------------------------------------------------------------------------------- lines

    /** io_file_lines: an iterator closure over the file at arg 1 and the formats after it. */
    private static int lines(LuaThread L, int base, int nargs) {
        if (nargs > MAX_LINES_ARGS) throw Args.error(L, "too many results to unpack");
        LuaUserdata handle = (LuaUserdata) L.stack[base];
        LuaFile f = (LuaFile) handle.payload;
        Object[] fmts = args(L, base, 1, nargs);
        L.stack[base] = TracedBuiltin.create(L.vm, "lines", 1 + fmts.length, c -> {
            c.mark(handle);
            for (Object o : fmts) c.mark(o);
        }, (T, b, n) -> {
            if (f.isClosed()) throw Args.error(T, "attempt to use a closed file");
            CStream s = f.stream;
            ReadFormats.Result r = ReadFormats.read(T, s, fmts, 1);
            if (r.failed()) throw Args.error(T, Errno.text(s.errno));
            Object[] v = r.values();
            if (v[0] == null && f.closeAtEof) {
                closeFile(T, b, f);
                return 0;
            }
            T.ensureStack(b + v.length + 1);
            System.arraycopy(v, 0, T.stack, b, v.length);
            return v.length;
        });
        return 1;
    }

    private static int ioLines(LuaThread L, int base, int nargs) {
        if (nargs == 0) {
            L.ensureStack(base + 1);
            L.stack[base] = null;
            nargs = 1;
        }
        if (L.stack[base] != null) {
            LuaFile f = openOrArgError(L, "r");
            f.closeAtEof = true;
            L.stack[base] = newHandle(L.vm, f);
        } else {
            L.stack[base] = IoState.of(L.vm).input;
        }
        return lines(L, base, nargs);
    }

    // ---------------------------------------------------------------------------------------------- opening

    /** io_file_open: opens arg 1 or raises "bad argument #1 to 'f' (name: strerror)". */
    private static LuaFile openOrArgError(LuaThread L, String mode) {
        byte[] name = FileOpener.cName(Args.checkString(L, 1));
        try {
            return new LuaFile(FileOpener.open(name, mode.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                    LuaFile.FILE);
        } catch (IOException e) {
            String msg = new String(name, java.nio.charset.StandardCharsets.ISO_8859_1) + ": "
                    + Errno.text(Errno.of(e));
            throw Args.argError(L, 1, msg);
        }
    }

    private static int ioOpen(LuaThread L, int base, int nargs) {
        byte[] name = FileOpener.cName(Args.checkString(L, 1));
        LuaString m = Args.optString(L, 2, null);
        byte[] mode = m == null ? new byte[] {'r'} : FileOpener.cName(m);
        try {
            return pushFile(L, base, new LuaFile(FileOpener.open(name, mode), LuaFile.FILE));
        } catch (IOException e) {
            return fileResult(L, base, false, Errno.of(e), name);
        }
    }

    private static int popen(LuaThread L, int base, int nargs) {
        byte[] cmd = FileOpener.cName(Args.checkString(L, 1));
        LuaString m = Args.optString(L, 2, null);
        byte[] mode = m == null ? new byte[] {'r'} : FileOpener.cName(m);
        flushAll(L.vm);
        try {
            return pushFile(L, base, FileOpener.popen(cmd, mode, capturedOut(L.vm)));
        } catch (IOException e) {
            return fileResult(L, base, false, Errno.of(e), cmd);
        }
    }

    /** Where a child's standard output must be copied: null when Lua's stdout is the process's own. */
    public static OutputStream capturedOut(LuaVM vm) {
        IoState st = IoState.of(vm);
        return vm.out == st.realOut || vm.out == System.out ? null : vm.out;
    }

    private static int stdGetSet(LuaThread L, int base, int nargs, boolean input) {
        IoState st = IoState.of(L.vm);
        Object a = Args.arg(L, 1);
        if (a != null) {
            LuaUserdata u;
            if (a instanceof LuaUserdata) {
                checkOpen(L);
                u = (LuaUserdata) a;
            } else {
                u = newHandle(L.vm, openOrArgError(L, input ? "r" : "w"));
            }
            if (input) st.input = u;
            else st.output = u;
        }
        L.stack[base] = input ? st.input : st.output;
        return 1;
    }

}
