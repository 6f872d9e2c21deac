package org.jresty.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.jresty.Mode;
import org.jresty.bytecode.Proto;
import org.jresty.compiler.Compiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What loading a chunk costs: prototypes with their debug info, the parser's constant tables left as garbage,
 * the new strings, and the main closure. The harness
 * chunk is compiled first on the same heap, so that its strings exist already, as in LuaJIT.
 */
class LoadAccountingTest {
    private static final String HARNESS = "local function deep_(n) if n > 0 then local r = deep_(n - 1) return r end"
            + " return n end deep_(300) local buf_ = tostring(string.rep(\"b\", 65536)) buf_ = nil"
            + " collectgarbage(\"collect\") collectgarbage(\"collect\") deep_(300) collectgarbage(\"stop\")"
            + " local before_ = collectgarbage(\"count\") local f = loadstring(\"%s\")"
            + " local after_ = collectgarbage(\"count\") io.write(string.format(\"%%d\\n\", (after_-before_)*1024))";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // cases.tsv load_small
        "return 1|183|275",
        // measured like cases.tsv (GC64 with luajit; x64 = GC64 minus the header differences:
        // prototype 40, closure 20, constant table 32, and 4 per string)
        "do end|174|266",
        "local a = 1|211|307",
        "return 1.5|191|283",
        "return 1.5, 2.5|248|340",
        "return 1.5, 2.5, 3.5|265|357",
        // cases.tsv load_medium, func_nested_protos
        "local a,b = ... local function g(x) return x*2+a end for i=1,10 do b = g(i) end return b, 'str', 3.5|1013|1205",
        "local function a() local function b() return 1 end return b end return a|847|1087",
        // measured in GC64 only
        "return function() end|-|558",
        "return function() end, function() end|-|801",
        "return function() return function() end end|-|850",
        "local function a() end|-|589",
        "return function() return 1.5 end|-|623",
        "return 'a', 'b', 'c', 'd'|-|546",
    })
    void loadingCostsWhatLuaJitCounts(String code, String x64, long gc64) {
        for (Mode mode : Mode.values()) {
            if (mode == Mode.X64 && (x64.equals("-"))) {
                continue;
            }
            Heap heap = new Heap(mode);
            for (String lib : new String[] {"tostring", "string", "rep", "collectgarbage", "loadstring", "io",
                "write", "format"}) {
                heap.intern(lib);
            }
            String harness = HARNESS.formatted(code.replace("\"", "\\\""));
            Compiler.compile(bytes(harness), "=case", mode, heap.strings);
            long before = heap.total();
            Proto p = Compiler.compile(bytes(code), code, mode, heap.strings);
            heap.registerProto(p, bytes(code));
            long closure = heap.layout.funcLSize(0); // the main closure: GCfuncL without upvalues
            assertEquals(mode == Mode.GC64 ? gc64 : Long.parseLong(x64), heap.total() - before + closure,
                    mode + ": " + code);
        }
    }
}
