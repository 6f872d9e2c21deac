package org.jresty.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jresty.runtime.LuaError;

/**
 * {@code jresty -b ...}: LuaJIT's jit/bcsave.lua with its options and messages. Lists bytecode (-l) or saves
 * a raw bytecode file (stripped by default, -g keeps debug info, -d deterministic). The object-file and
 * C-source output types of LuaJIT are refused with a message.
 */
public final class BcSave {
    /** The compile/list/dump steps, supplied by the compiler and bytecode packages ({@link ProtoTools}). */
    public interface Backend {
        /** loadfile/loadstring to a prototype: source is compiled, a dump (ESC first) is read. */
        Object load(byte[] chunk, String chunkname);

        /** What luajit -bl prints. */
        String list(Object proto);

        byte[] dump(Object proto, boolean strip, boolean deterministic);
    }

    /** A chunk -e loaded already (bcsave.lua puts the function in place of the input name). */
    private record Loaded(Object proto) {
    }

    /** Thrown to end the command with status 1 after its message was written (bcsave's os.exit(1)). */
    private static final class Exit extends RuntimeException {
        Exit() {
            super(null, null, false, false);
        }
    }

    private final Backend backend;
    private final Frontend.Console console;

    public BcSave(Backend backend, Frontend.Console console) {
        this.backend = backend;
        this.console = console;
    }

    /** Runs with the arguments after "-b" (an attached option like "-bl" arrives as "-l"); returns the status. */
    public int run(List<String> args) {
        try {
            docmd(new ArrayList<>(args));
            return 0;
        } catch (Exit e) {
            return 1;
        }
    }

    private void docmd(List<Object> arg) {
        int n = 0;
        boolean list = false, strip = true, deterministic = false;
        String type = null;
        while (n < arg.size()) {
            Object a = arg.get(n);
            if (a instanceof String s && s.startsWith("-") && !s.equals("-")) {
                arg.remove(n);
                if (s.equals("--")) break;
                for (int m = 1; m < s.length(); m++) {
                    char opt = s.charAt(m);
                    switch (opt) {
                        case 'l' -> list = true;
                        case 's' -> strip = true;
                        case 'g' -> strip = false;
                        case 'd' -> deterministic = true;
                        default -> {
                            if (n >= arg.size() || m != s.length() - 1) usage();
                            switch (opt) {
                                case 'e' -> {
                                    if (n != 0) usage();
                                    String chunk = String.valueOf(arg.get(0));
                                    arg.set(0, new Loaded(check(() -> backend.load(ByteStrings.bytes(chunk), chunk))));
                                }
                                case 'n' -> checkModName(String.valueOf(arg.remove(n)));
                                case 't' -> type = checkType(String.valueOf(arg.remove(n)));
                                case 'a' -> checkArg(String.valueOf(arg.remove(n)), List.of(
                                        "x86", "x64", "arm", "arm64", "arm64be", "ppc", "mips", "mipsel",
                                        "mips64", "mips64el", "mips64r6", "mips64r6el"), "architecture");
                                case 'o' -> checkArg(String.valueOf(arg.remove(n)), List.of(
                                        "linux", "windows", "osx", "freebsd", "netbsd", "openbsd", "dragonfly",
                                        "solaris"), "OS name");
                                default -> usage();
                            }
                        }
                    }
                }
            } else {
                n++;
            }
        }
        if (list) {
            if (arg.isEmpty() || arg.size() > 2) usage();
            Object proto = readfile(arg.get(0));
            String out = arg.size() > 1 ? String.valueOf(arg.get(1)) : "-";
            write(out, backend.list(proto).getBytes(StandardCharsets.ISO_8859_1));
        } else {
            if (arg.size() != 2) usage();
            Object proto = readfile(arg.get(0));
            String output = String.valueOf(arg.get(1));
            if (type == null) type = detectType(output);
            if (!type.equals("raw")) {
                fail("file type '" + type + "' is not supported by jresty yet: only raw bytecode files (-t raw)");
            }
            write(output, backend.dump(proto, strip, deterministic));
        }
    }

    private Object readfile(Object input) {
        if (input instanceof Loaded l) return l.proto; // -e loaded it already
        String name = (String) input;
        String file = name.equals("-") ? null : name;
        return check(() -> backend.load(ChunkFiles.read(file, console.in()), ChunkFiles.chunkname(file)));
    }

    private void write(String output, byte[] data) {
        if (output.equals("-")) {
            console.out().write(data, 0, data.length);
            console.out().flush();
            return;
        }
        OutputStream os;
        try {
            os = Files.newOutputStream(ByteStrings.path(output));
        } catch (IOException | RuntimeException e) {
            // bcsave's check(io.open(...)) also prints io.open's third result, the errno
            fail(output + ": " + ChunkFiles.reason(e instanceof IOException io ? io : new IOException(e.getMessage()))
                    + errno(e));
            return;
        }
        try (os) {
            os.write(data);
        } catch (IOException e) {
            fail("cannot write " + output + ": " + ChunkFiles.reason(e));
        }
    }

    private static String errno(Exception e) {
        String r = e instanceof IOException io ? ChunkFiles.reason(io) : "";
        return switch (r) {
            case "No such file or directory" -> "2";
            case "Permission denied" -> "13";
            case "Is a directory" -> "21";
            case "Not a directory" -> "20";
            default -> "";
        };
    }

    private static String detectType(String output) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\.([A-Za-z]+)$")
                .matcher(output.toLowerCase(Locale.ROOT));
        String ext = m.find() ? m.group(1) : "";
        return switch (ext) {
            case "c" -> "c";
            case "h" -> "h";
            case "cc" -> "cc";
            case "o", "obj" -> "obj";
            default -> "raw";
        };
    }

    private String checkType(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "raw" -> "raw";
            case "c" -> "c";
            case "h" -> "h";
            case "cc" -> "cc";
            case "o", "obj" -> "obj";
            default -> { fail("unknown file type"); yield null; }
        };
    }

    private void checkArg(String s, List<String> known, String what) {
        if (!known.contains(s.toLowerCase(Locale.ROOT))) fail("unknown " + what);
    }

    private void checkModName(String s) {
        if (!s.matches("[A-Za-z0-9_.\\-]+")) fail("bad module name");
    }

    private Object check(java.util.function.Supplier<Object> step) {
        try {
            return step.get();
        } catch (LuaError e) {
            fail(e.getMessage());
            return null;
        }
    }

    private void fail(String msg) {
        console.out().flush();
        console.err().println(Frontend.PROGNAME + ": " + msg);
        console.err().flush();
        throw new Exit();
    }

    private void usage() {
        console.err().print("""
                Save LuaJIT bytecode: jresty -b[options] input output
                  -l        Only list bytecode.
                  -s        Strip debug info (default).
                  -g        Keep debug info.
                  -d        Generate deterministic output.
                  -n name   Set module name (default: auto-detect from input name).
                  -t type   Set output file type (default: auto-detect from output name).
                  -a arch   Override architecture for object files (default: native).
                  -o os     Override OS for object files (default: native).
                  -e chunk  Use chunk string as input.
                  --        Stop handling options.
                  -         Use stdin as input and/or stdout as output.

                File types: raw (default); jresty cannot write c, h, obj or o files yet.
                """);
        console.err().flush();
        throw new Exit();
    }
}
