package org.jresty.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jresty.Mode;
import org.jresty.bytecode.Proto;
import org.jresty.bytecode.TemplateTable;
import org.jresty.heap.Heap;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What LuaJIT's parser leaves on the heap, measured with luajit in both modes (compiler/kt/measured.tsv, made
 * by measure.lua: the growth of collectgarbage("count") over loadstring with all strings already interned):
 * every prototype (the heap's protoSize), every template table as the parser allocated it (colocated and
 * separate array slots, hash nodes), every function's constant-lookup table fs->kt as reported by the
 * compiler's listener, and the main closure. Checks the listener's sizes against real LuaJIT.
 */
class ConstantTableTest {
    private static final Path DIR = CompileCases.resourceDir("/compiler/kt");
    private static final int TVALUE = 8, NODE = 24;

    @TestFactory
    List<DynamicTest> loadBytesMatchLuaJit() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("measured.tsv"), StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            for (Mode mode : Mode.values()) {
                long expected = Long.parseLong(mode == Mode.GC64 ? f[1] : f[2]);
                tests.add(DynamicTest.dynamicTest(f[0] + " " + mode, () -> {
                    assertEquals(expected, parserBytes(Files.readAllBytes(DIR.resolve(f[0])), mode), f[0]);
                }));
            }
        }
        return tests;
    }

    private static long parserBytes(byte[] src, Mode mode) {
        int tab = mode == Mode.GC64 ? 64 : 32;  // sizeof(GCtab)
        int closure = mode == Mode.GC64 ? 40 : 20;  // the main chunk's GCfuncL, no upvalues
        long[] bytes = {closure};
        Compiler.ConstantTableListener l = new Compiler.ConstantTableListener() {
            @Override
            public void constantTable(Proto proto, int arraySize, int hashBits) {
                bytes[0] += tab + (long) TVALUE * arraySize + (hashBits > 0 ? (long) NODE << hashBits : 0);
            }

            @Override
            public void templateTable(TemplateTable t, int colocated, int separate) {
                bytes[0] += tab + (long) TVALUE * (colocated + separate) + (t.hashBits > 0 ? (long) NODE << t.hashBits : 0);
            }
        };
        Proto main = Compiler.compile(src, "=k", mode, new MapInterner(), l);
        return bytes[0] + protoBytes(new Heap(mode), main);
    }

    private static long protoBytes(Heap heap, Proto p) {
        long size = heap.protoSize(p);
        for (Object k : p.kgc) {
            if (k instanceof Proto child) size += protoBytes(heap, child);
        }
        return size;
    }
}
