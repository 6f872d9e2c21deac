package org.jresty.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jresty.Mode;
import org.jresty.runtime.LuaError;
import org.jresty.vm.LuaVM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** grow.lua against a lowered ceiling: the loop ends with LuaJIT's bare "not enough memory", catchable by pcall. */
class WallTest {
    private static final String GROW = "local tb = {} local i = 0 local s = string.rep('a', 1024 * 1024)"
            + " while true do i = i + 1 tb[i] = s .. i print(collectgarbage('count')) end";

    private static LuaVM vm(Mode mode, long room) {
        LuaVM vm = new LuaVM(mode);
        vm.heap.setLimit(vm.heap.total() + room);
        return vm;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void growStopsBelowTheCeilingWithAMemoryError(Mode mode) {
        LuaVM vm = vm(mode, 40L << 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vm.out = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        LuaError e = assertThrows(LuaError.class, () -> vm.doString(GROW, "@grow.lua"));
        assertEquals("not enough memory", e.getMessage());
        String[] lines = out.toString(StandardCharsets.ISO_8859_1).split("\n");
        double last = Double.parseDouble(lines[lines.length - 1]);
        assertTrue(last * 1024 <= vm.heap.limit(), "last count below the ceiling");
        assertTrue(last * 1024 + (1 << 20) > vm.heap.limit(), "the next 1 MB string does not fit");
        assertTrue(lines.length > 30, "about 1 MB per line");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void pcallCatchesItAndTheVmGoesOn(Mode mode) {
        LuaVM vm = vm(mode, 8L << 20);
        Object[] r = vm.doString("local t = {} local ok, err = pcall(function() for i = 1, 1e9 do"
                + " t[i] = string.rep('x', 65536) .. i end end) t = nil collectgarbage() return ok, err,"
                + " #string.rep('y', 1000)", "=wall");
        assertEquals(Boolean.FALSE, r[0]);
        assertEquals("not enough memory", r[1].toString());
        assertEquals(1000.0, r[2]);
    }
}
