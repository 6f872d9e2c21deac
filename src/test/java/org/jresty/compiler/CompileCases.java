package org.jresty.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jresty.Mode;
import org.jresty.bytecode.Listing;
import org.jresty.bytecode.Proto;
import org.jresty.runtime.MapInterner;

/** Loading of test sources and expected outputs from the test resources; compiling to a listing or message. */
final class CompileCases {
    private CompileCases() {
    }

    static Path resourceDir(String name) {
        try {
            return Path.of(CompileCases.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource folder " + name, e);
        }
    }

    /** Names (without .lua) of the sources in a folder, sorted. */
    static List<String> sources(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lua"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.ISO_8859_1);
    }

    static String modeName(Mode m) {
        return m == Mode.X64 ? "x64" : "gc64";
    }

    /** What `luajit -bl NAME.lua` prints: the listing, or "luajit: message" for a syntax error. */
    static String listOrError(byte[] src, String chunkname, Mode mode) {
        try {
            Proto pt = Compiler.compile(src, chunkname, mode, new MapInterner());
            return Listing.list(pt);
        } catch (LuaSyntaxError e) {
            return "luajit: " + e.getMessage() + "\n";
        }
    }

    /** Debian's luajit does not print OpenResty's constant lines (KGC/KN). */
    static String withoutConstantLines(String listing) {
        return listing.replaceAll("(?m)^(KGC|KN) .*\n", "");
    }

    static byte[] bytes(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
