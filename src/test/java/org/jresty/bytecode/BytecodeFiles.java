package org.jresty.bytecode;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jresty.Mode;

/** Test data access (golden and own dumps) and exact comparisons that show the first difference. */
final class BytecodeFiles {
    static final Path GOLDEN = resource("/golden/bytecode");
    static final Path DEBIAN = resource("/bytecode/debian");

    private BytecodeFiles() {
    }

    private static Path resource(String name) {
        try {
            return Path.of(BytecodeFiles.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names of the sources in a folder (without ".lua"), error cases excluded. */
    static List<String> sources(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".lua") && !f.startsWith("err_"))
                    .map(f -> f.substring(0, f.length() - 4))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every dump file in a folder. */
    static List<Path> dumps(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ljbc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tag(Mode mode) {
        return mode == Mode.X64 ? "x64" : "gc64";
    }

    /** The mode a golden dump was made in, from its name. */
    static Mode modeOf(Path dump) {
        return dump.getFileName().toString().contains(".x64.") ? Mode.X64 : Mode.GC64;
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file with one char per byte, as listings are built. */
    static String text(Path p) {
        return new String(bytes(p), StandardCharsets.ISO_8859_1);
    }

    static void assertSameText(String what, String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        fail(what + ": first difference at line " + (i + 1) + "\n  expected: " + (i < e.length ? e[i] : "<end>")
                + "\n  actual:   " + (i < a.length ? a[i] : "<end>"));
    }

    static void assertSameBytes(String what, byte[] expected, byte[] actual) {
        int i = java.util.Arrays.mismatch(expected, actual);
        if (i < 0) {
            return;
        }
        fail(what + ": first difference at byte " + i + " (lengths " + expected.length + " expected, "
                + actual.length + " actual)\n  expected: " + hex(expected, i) + "\n  actual:   " + hex(actual, i));
    }

    /** Up to 12 bytes from offset i in hex. */
    private static String hex(byte[] b, int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < Math.min(b.length, i + 12); k++) {
            sb.append(String.format("%02x ", b[k] & 0xff));
        }
        return sb.isEmpty() ? "<end>" : sb.toString().trim();
    }
}
