package org.jresty.lib;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Map;
import org.jresty.lib.io.BrokenTime;
import org.jresty.lib.io.Errno;
import org.jresty.lib.io.ExitRequest;
import org.jresty.lib.io.FileOpener;
import org.jresty.lib.io.IoState;
import org.jresty.lib.io.Strftime;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.LuaVM;

/** LuaJIT's os library (lib_os.c) in Lua 5.1 mode, on a POSIX system with the C locale. */
public final class OsLib {
    private OsLib() {
    }

    private static final String[] LOCALE_CATEGORIES = {"ctype", "numeric", "time", "collate", "monetary", "\u00ff", "all"};
    private static final String[] LOCALE_ENV = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
        "LC_MESSAGES"};
    private static final SecureRandom RANDOM = new SecureRandom();

    public static void open(LuaVM vm) {
        LibRegistry.register(vm, "os",
                Builtin.of("execute", OsLib::execute),
                Builtin.of("remove", OsLib::remove),
                Builtin.of("rename", OsLib::rename),
                Builtin.of("tmpname", OsLib::tmpname),
                Builtin.of("getenv", (L, base, nargs) -> {
                    String v = IoState.of(L.vm).getenv(Args.checkString(L, 1).toString());
                    L.stack[base] = v == null ? null : L.vm.intern(v.getBytes(StandardCharsets.UTF_8));
                    return 1;
                }),
                Builtin.of("exit", OsLib::exit),
                Builtin.of("clock", (L, base, nargs) -> {
                    L.stack[base] = cpuSeconds();
                    return 1;
                }),
                Builtin.of("date", OsLib::date),
                Builtin.of("time", OsLib::time),
                Builtin.of("difftime", (L, base, nargs) -> {
                    long a = IoLib.toInt64(Args.checkNumber(L, 1));
                    long b = IoLib.toInt64(Args.optNumber(L, 2, 0));
                    L.stack[base] = (double) a - (double) b;
                    return 1;
                }),
                Builtin.of("setlocale", OsLib::setlocale));
    }

    // ---------------------------------------------------------------------------------------------- host API

    /**
     * What os.exit does once the io buffers are flushed. The default ends the JVM with the status; a host that
     * must survive (tests, the REPL's embedder) installs a handler, typically one throwing {@link ExitRequest}.
     */
    public static void setExitHandler(LuaVM vm, IoState.ExitHandler handler) {
        IoState.of(vm).exitHandler = handler;
    }

    /** Makes os.getenv read this map instead of the process environment (null restores the process's). */
    public static void setEnvironment(LuaVM vm, Map<String, String> env) {
        IoState.of(vm).env = env;
    }

    /** The zone os.date and os.time use for local time (default: the JVM's, from TZ or /etc/localtime). */
    public static void setTimeZone(LuaVM vm, java.time.ZoneId zone) {
        IoState.of(vm).zone = zone;
    }

    // ---------------------------------------------------------------------------------------------- processes

    private static int execute(LuaThread L, int base, int nargs) {
        LuaString cmd = Args.optString(L, 1, null);
        if (cmd == null) {
            L.stack[base] = Files.isExecutable(Path.of("/bin/sh")) ? 1.0 : 0.0;
            return 1;
        }
        IoLib.flushAll(L.vm);
        L.stack[base] = (double) system(L.vm, FileOpener.cName(cmd));
        return 1;
    }

    /** system(): the wait status (exit code << 8), -1 when no shell could be started. */
    private static int system(LuaVM vm, byte[] cmd) {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", new String(cmd, StandardCharsets.UTF_8));
        pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        java.io.OutputStream capture = IoLib.capturedOut(vm);
        pb.redirectOutput(capture == null ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        try {
            Process p = pb.start();
            Thread pump = capture == null ? null : FileOpener.pump(p.getInputStream(), capture);
            int code = p.waitFor();
            if (pump != null) pump.join();
            return (code & 0xff) << 8;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int exit(LuaThread L, int base, int nargs) {
        int status;
        Object a = Args.arg(L, 1);
        if (a instanceof Boolean b) status = b ? 0 : 1;
        else status = Args.optInt(L, 1, 0);
        boolean close = nargs >= 2 && !Conv.isFalsy(L.stack[base + 1]);
        IoLib.flushAll(L.vm);
        IoState.ExitHandler h = IoState.of(L.vm).exitHandler;
        if (h == null) Runtime.getRuntime().exit(status);
        else h.exit(status, close);
        throw new ExitRequest(status, close);
    }

    /**
     * clock(): processor time used. The interpreter's thread stands for the process (LuaJIT runs on one thread;
     * the JVM's compiler and collector threads would make the process total drift away from it).
     */
    private static double cpuSeconds() {
        java.lang.management.ThreadMXBean tb = ManagementFactory.getThreadMXBean();
        if (tb.isCurrentThreadCpuTimeSupported()) {
            long ns = tb.getCurrentThreadCpuTime();
            if (ns >= 0) return ns / 1e9;
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            if (ns >= 0) return ns / 1e9;
        }
        return System.nanoTime() / 1e9;
    }

    // ---------------------------------------------------------------------------------------------- files

    private static int remove(LuaThread L, int base, int nargs) {
        byte[] name = FileOpener.cName(Args.checkString(L, 1));
        try {
            Files.delete(FileOpener.path(name));
            return IoLib.fileResult(L, base, true, 0, name);
        } catch (IOException e) {
            return IoLib.fileResult(L, base, false, Errno.of(e), name);
        }
    }

    private static int rename(LuaThread L, int base, int nargs) {
        byte[] from = FileOpener.cName(Args.checkString(L, 1));
        byte[] to = FileOpener.cName(Args.checkString(L, 2));
        try {
            Path src = FileOpener.path(from), dst = FileOpener.path(to);
            if (!Files.exists(src, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new Errno.ErrnoException(Errno.ENOENT);
            if (Files.isDirectory(dst) && !Files.isDirectory(src)) throw new Errno.ErrnoException(Errno.EISDIR);
            Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE);
            return IoLib.fileResult(L, base, true, 0, from);
        } catch (IOException e) {
            return IoLib.fileResult(L, base, false, Errno.of(e), from);
        }
    }

    private static final String NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** mkstemp("/tmp/lua_XXXXXX"): the file is created (empty) so the name stays unique. */
    private static int tmpname(LuaThread L, int base, int nargs) {
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder b = new StringBuilder("/tmp/lua_");
            for (int i = 0; i < 6; i++) b.append(NAME_CHARS.charAt(RANDOM.nextInt(NAME_CHARS.length())));
            try {
                Files.createFile(Path.of(b.toString()));
                L.stack[base] = L.vm.intern(b.toString());
                return 1;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // try another name
            } catch (IOException e) {
                break;
            }
        }
        throw Args.error(L, "unable to generate a unique filename");
    }

    // ---------------------------------------------------------------------------------------------- time

    /** (time_t) of a Lua number as x86-64 converts it. */
    private static long timeT(double d) {
        return IoLib.toInt64(d);
    }

    private static int date(LuaThread L, int base, int nargs) {
        LuaString fs = Args.optString(L, 1, L.vm.intern("%c"));
        long t = Args.arg(L, 2) == null ? System.currentTimeMillis() / 1000 : timeT(Args.checkNumber(L, 2));
        byte[] f = fs.bytes();
        int from = 0;
        boolean utc = f.length > 0 && f[0] == '!';
        if (utc) from = 1;
        BrokenTime tm = BrokenTime.of(t, utc, IoState.of(L.vm).zone);
        if (tm == null) {
            L.stack[base] = null;
        } else if (f.length - from == 2 && f[from] == '*' && f[from + 1] == 't') {
            LuaTable r = LuaTable.createTable(L.vm.heap, 0, 9);
            setField(L.vm, r, "sec", tm.sec());
            setField(L.vm, r, "min", tm.min());
            setField(L.vm, r, "hour", tm.hour());
            setField(L.vm, r, "day", tm.mday());
            setField(L.vm, r, "month", tm.mon() + 1);
            setField(L.vm, r, "year", (double) tm.year());
            setField(L.vm, r, "wday", tm.wday() + 1);
            setField(L.vm, r, "yday", tm.yday() + 1);
            r.setStr(L.vm.intern("isdst"), tm.isdst() > 0);
            L.stack[base] = r;
        } else {
            L.stack[base] = L.vm.intern(Strftime.format(cstr(f), from, tm));
        }
        return 1;
    }

    /** The format as C sees it: up to the first NUL. */
    private static byte[] cstr(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) return java.util.Arrays.copyOf(b, i);
        }
        return b;
    }

    private static void setField(LuaVM vm, LuaTable t, String k, double v) {
        t.setStr(vm.intern(k), v);
    }

    private static int time(LuaThread L, int base, int nargs) {
        if (Args.arg(L, 1) == null) {
            L.stack[base] = (double) (System.currentTimeMillis() / 1000);
            return 1;
        }
        LuaTable t = Args.checkTable(L, 1);
        int sec = getField(L, t, "sec", 0);
        int min = getField(L, t, "min", 0);
        int hour = getField(L, t, "hour", 12);
        int day = getField(L, t, "day", -1);
        int month = getField(L, t, "month", -1) - 1;
        int year = getField(L, t, "year", -1) - 1900;
        Object dst = L.vm.interp.indexJ(L, t, L.vm.intern("isdst"));
        int isdst = dst == null ? -1 : Conv.isFalsy(dst) ? 0 : 1;
        L.stack[base] = BrokenTime.mktime(year + 1900L, month, day, hour, min, sec, isdst, IoState.of(L.vm).zone);
        return 1;
    }

    /** A date table's integer field (numbers or numeric strings); missing and def < 0 is an error. */
    private static int getField(LuaThread L, LuaTable t, String key, int def) {
        Object v = L.vm.interp.indexJ(L, t, L.vm.intern(key));
        Double d = Conv.toNumber(v);
        if (d != null) return (int) IoLib.toInt64(d);
        if (def < 0) throw Args.error(L, "field '" + key + "' missing in date table");
        return def;
    }

    // ---------------------------------------------------------------------------------------------- locale

    private static int setlocale(LuaThread L, int base, int nargs) {
        LuaString s = Args.optString(L, 1, null);
        int cat = IoLib.checkOpt(L, 2, 6, LOCALE_CATEGORIES);
        String[] cur = IoState.of(L.vm).locale;
        if (s == null) {
            L.stack[base] = L.vm.intern(query(cur, cat));
            return 1;
        }
        int from = cat == 6 ? 0 : cat, to = cat == 6 ? cur.length : cat + 1;
        String[] names = new String[cur.length];
        for (int c = from; c < to; c++) {
            String name = s.length() == 0 ? fromEnvironment(IoState.of(L.vm), c) : s.toString();
            names[c] = supported(name);
            if (names[c] == null) {
                L.stack[base] = null;
                return 1;
            }
        }
        for (int c = from; c < to; c++) cur[c] = names[c];
        L.stack[base] = L.vm.intern(query(cur, cat));
        return 1;
    }

    private static String query(String[] cur, int cat) {
        if (cat != 6) return cur[cat];
        boolean same = true;
        for (String c : cur) same &= c.equals(cur[0]);
        if (same) return cur[0];
        String[] names = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cur.length; i++) b.append(i > 0 ? ";" : "").append(names[i]).append('=').append(cur[i]);
        return b.toString();
    }

    private static String fromEnvironment(IoState st, int cat) {
        for (String var : new String[] {"LC_ALL", LOCALE_ENV[cat], "LANG"}) {
            String v = st.getenv(var);
            if (v != null && !v.isEmpty()) return v;
        }
        return "C";
    }

    /** Locales jresty has (it behaves as C in all of them); null for others (setlocale fails). */
    private static String supported(String name) {
        return switch (name) {
            case "C", "POSIX" -> "C";
            case "C.UTF-8", "C.utf8" -> name;
            default -> null;
        };
    }
}
