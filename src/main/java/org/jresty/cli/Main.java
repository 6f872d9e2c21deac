package org.jresty.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The jresty command. Runs {@link Frontend} on a thread with a large Java stack (builtins that call back into
 * Lua recurse in Java), with stdout buffered like C's stdio (line-buffered on a terminal, else flushed at
 * exit, before messages on stderr and before prompts), Ctrl-C routed to the running chunk, and the exit status
 * of luajit.
 */
public final class Main {
    /** Java stack of the interpreter thread: reserved address space, committed only as used. */
    private static final long INTERPRETER_STACK = 1L << 30;

    private Main() {
    }

    public static void main(String[] args) {
        boolean outTty = isTty(1, "jresty.stdoutTty");
        OutputStream fdOut = new FileOutputStream(FileDescriptor.out);
        // ISO-8859-1: the chars of the command line's byte strings are the bytes written (see ByteStrings)
        PrintStream out = new PrintStream(outTty ? new LineFlushingStream(fdOut) : new BufferedOutputStream(fdOut, 1 << 16),
                false, StandardCharsets.ISO_8859_1);
        // stderr is unbuffered in C: autoflush writes each message (and io.stderr:write) at once
        PrintStream err = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 12),
                true, StandardCharsets.ISO_8859_1);
        BufferedInputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16);
        Frontend.Console console = new Frontend.Console(in, out, err, isTty(0, "jresty.stdinTty"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.flush();
            err.flush();
        }));
        installInterruptHandler(out, err);
        int[] status = {1};
        Thread interpreter = new Thread(null, () -> {
            status[0] = run(console, args, System.getenv(), VmHosts.PROCESS);
        }, "jresty", INTERPRETER_STACK);
        interpreter.start();
        try {
            interpreter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
        err.flush();
        System.exit(status[0]);
    }

    /** Runs one command line on the given console, in-process (os.exit returns its status): for tests. */
    public static int run(Frontend.Console console, String[] args, Map<String, String> env) {
        return run(console, args, env, VmHosts.FACTORY);
    }

    static int run(Frontend.Console console, String[] args, Map<String, String> env, Frontend.HostFactory hosts) {
        String[] byteArgs = new String[args.length];
        for (int i = 0; i < args.length; i++) byteArgs[i] = ByteStrings.fromPlatform(args[i]);
        Map<String, String> byteEnv = new HashMap<>();
        env.forEach((k, v) -> byteEnv.put(k, ByteStrings.fromPlatform(v)));
        Frontend frontend = new Frontend(console, byteEnv, hosts, Main::lineSource);
        try {
            return frontend.run(byteArgs);
        } catch (StackOverflowError | OutOfMemoryError e) {
            console.out().flush();
            console.err().println(Frontend.PROGNAME + ": " + (e instanceof StackOverflowError
                    ? "stack overflow" : "not enough memory"));
            console.err().flush();
            return 1;
        }
    }

    /**
     * JLine on a terminal; otherwise (or if JLine cannot open the terminal) the plain reader. JLine reads the
     * process's own terminal, so only a console on the process's stdin (Main's BufferedInputStream) gets it.
     */
    static LineSource lineSource(Frontend.Console console, LuaHost host) {
        if (console.stdinIsTty() && console.in() instanceof BufferedInputStream) {
            try {
                return JLineSource.open(host, JLineSource.historyFile(System.getenv()));
            } catch (IOException | RuntimeException | LinkageError e) {
                // fall back to plain lines
            }
        }
        return new PlainLineSource(console.in(), console.out());
    }

    /** SIGINT: interrupt the running chunk; a second one (or one outside a chunk) ends the process. */
    private static void installInterruptHandler(PrintStream out, PrintStream err) {
        Interrupts.onUnhandled(() -> {
            out.flush();
            err.flush();
            Runtime.getRuntime().halt(130);
        });
        // JLine's Signals wraps the JDK's signal API (sun.misc.Signal) without compile-time use of it
        org.jline.utils.Signals.register("INT", Interrupts::fire);
    }

    /** Whether fd 0/1 is a terminal: the launcher tells (it can ask the shell), else /proc is read. */
    static boolean isTty(int fd, String property) {
        String told = System.getProperty(property);
        if (told != null) return told.equals("1") || told.equals("true");
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | RuntimeException e) {
            java.io.Console c = System.console();
            return c != null && c.isTerminal();
        }
    }

    /** C's line buffering for a terminal: flushes after each write that contains a newline. */
    static final class LineFlushingStream extends BufferedOutputStream {
        LineFlushingStream(OutputStream out) {
            super(out, 1 << 13);
        }

        @Override
        public synchronized void write(int b) throws IOException {
            super.write(b);
            if (b == '\n') flush();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            for (int i = off + len - 1; i >= off; i--) {
                if (b[i] == '\n') {
                    flush();
                    break;
                }
            }
        }
    }
}
