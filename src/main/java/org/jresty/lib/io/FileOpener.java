package org.jresty.lib.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.jresty.runtime.LuaString;

/** fopen, tmpfile and popen on Java's file channels and processes, failing with C's errno values. */
public final class FileOpener {
    private FileOpener() {
    }

    /** The C view of a Lua string used as a file name: it ends at the first NUL. */
    public static byte[] cName(LuaString s) {
        byte[] b = s.bytes();
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) return java.util.Arrays.copyOf(b, i);
        }
        return b;
    }

    /** A file name as the JVM passes it to the OS (file names are UTF-8 on the systems we run on). */
    public static Path path(byte[] name) throws IOException {
        if (name.length == 0) throw new Errno.ErrnoException(Errno.ENOENT);
        try {
            return Path.of(new String(name, StandardCharsets.UTF_8));
        } catch (InvalidPathException e) {
            throw new Errno.ErrnoException(Errno.ENOENT);
        }
    }

    /** fopen(name, mode) as glibc parses the mode: r/w/a first, then '+', 'x', 'b' and others ignored. */
    public static CStream open(byte[] name, byte[] mode) throws IOException {
        if (mode.length == 0 || (mode[0] != 'r' && mode[0] != 'w' && mode[0] != 'a')) {
            throw new Errno.ErrnoException(Errno.EINVAL);
        }
        boolean plus = false, excl = false;
        for (int i = 1; i < mode.length && i < 7; i++) {
            if (mode[i] == '+') plus = true;
            else if (mode[i] == 'x') excl = true;
        }
        Path p = path(name);
        Set<OpenOption> opts = new java.util.HashSet<>();
        boolean read = mode[0] == 'r' || plus, write = mode[0] != 'r' || plus, append = mode[0] == 'a';
        if (read) opts.add(StandardOpenOption.READ);
        if (write) opts.add(StandardOpenOption.WRITE);
        if (mode[0] == 'w') {
            opts.add(excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            if (!excl) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        } else if (append) {
            opts.add(StandardOpenOption.CREATE);
        }
        if (write && Files.isDirectory(p)) throw new Errno.ErrnoException(Errno.EISDIR);
        FileChannel ch = FileChannel.open(p, opts);
        return new ChannelStream(ch, read, write, append, null);
    }

    /** tmpfile(): a new file in the temp directory, removed once created (it lives until closed). */
    public static CStream tmpfile() throws IOException {
        Path p = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir", "/tmp")), "tmpf", null);
        FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            Files.deleteIfExists(p);
            return new ChannelStream(ch, true, true, false, null);
        } catch (IOException e) {
            return new ChannelStream(ch, true, true, false, () -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // The file stays behind, as it would if the process died.
                }
            });
        }
    }

    /**
     * popen(cmd, "r"|"w") through /bin/sh. The child shares our stdin/stderr; for "w" its stdout is ours, or is
     * copied to {@code captureOut} when Lua's standard output is not the process's (a test capturing it).
     */
    public static LuaFile popen(byte[] cmd, byte[] mode, OutputStream captureOut) throws IOException {
        if (mode.length == 0 || (mode[0] != 'r' && mode[0] != 'w')) throw new Errno.ErrnoException(Errno.EINVAL);
        for (int i = 1; i < mode.length; i++) {
            if (mode[i] != 'e') throw new Errno.ErrnoException(Errno.EINVAL);
        }
        ProcessBuilder pb = shell(cmd);
        boolean reading = mode[0] == 'r';
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        if (reading) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        } else {
            pb.redirectOutput(captureOut == null ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        }
        Process proc = pb.start();
        CStream s = reading
                ? new PipeStream(proc.getInputStream(), null, false)
                : new PipeStream(null, proc::getOutputStream, false);
        LuaFile f = new LuaFile(s, LuaFile.PIPE);
        f.process = proc;
        if (!reading && captureOut != null) f.pump = pump(proc.getInputStream(), captureOut);
        return f;
    }

    static ProcessBuilder shell(byte[] cmd) {
        return new ProcessBuilder("/bin/sh", "-c", new String(cmd, StandardCharsets.UTF_8));
    }

    /** A daemon thread copying a child's output into our captured standard output. */
    public static Thread pump(InputStream from, OutputStream to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try (from) {
                int n;
                while ((n = from.read(buf)) > 0) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException ignored) {
                // The child went away: nothing more to copy.
            }
        }, "jresty-pipe-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** pclose: closes our end, waits for the child and its output copier; -1 when it cannot be waited for. */
    public static int pclose(LuaFile f) {
        f.stream.close();
        try {
            int code = f.process.waitFor();
            if (f.pump != null) f.pump.join();
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
