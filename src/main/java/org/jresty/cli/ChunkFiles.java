package org.jresty.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads chunks as luaL_loadfile does, with LuaJIT's messages for files that cannot be opened or read. */
public final class ChunkFiles {
    private ChunkFiles() {
    }

    /** The chunk name luaL_loadfile gives: "@name", or "=stdin" for standard input (null name). */
    public static String chunkname(String filename) {
        return filename == null ? "=stdin" : "@" + filename;
    }

    /** The bytes of filename (null = all of stdin); LuaError "cannot open NAME: reason" / "cannot read NAME: reason". */
    public static byte[] read(String filename, InputStream stdin) {
        if (filename == null) {
            try {
                return stdin.readAllBytes();
            } catch (IOException e) {
                throw CliError.of("cannot read stdin: " + reason(e));
            }
        }
        Path p;
        try {
            p = ByteStrings.path(filename);
        } catch (RuntimeException e) {
            throw CliError.of("cannot open " + filename + ": No such file or directory");
        }
        if (Files.isDirectory(p)) {
            // fopen succeeds on a directory; the read fails with EISDIR
            throw CliError.of("cannot read " + filename + ": Is a directory");
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw CliError.of("cannot open " + filename + ": " + reason(e));
        }
    }

    /** strerror's text for the Java exception, as far as it can be told. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "No such file or directory";
        if (e instanceof AccessDeniedException) return "Permission denied";
        String m = e.getMessage();
        if (m != null) {
            if (m.contains("Is a directory")) return "Is a directory";
            if (m.contains("Permission denied")) return "Permission denied";
            if (m.contains("No such file")) return "No such file or directory";
            if (m.contains("Not a directory")) return "Not a directory";
        }
        return m == null ? "Input/output error" : m;
    }
}
