package org.jresty.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.jresty.Mode;
import org.jresty.bytecode.Proto;
import org.jresty.compiler.Compiler;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.LuaUserdata;
import org.jresty.runtime.UpVal;
import org.jresty.vm.LuaVM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The VM's objects through the heap's accounting calls: sizes per mode, traversal, sweeping, stack growth. */
class RuntimeObjectsTest {
    private final TestRoots roots = new TestRoots();

    private static long pick(Mode m, long x64, long gc64) {
        return m == Mode.GC64 ? gc64 : x64;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void closuresUpvaluesAndUserdataCostLuaJitsSizesAndAreSwept(Mode mode) {
        Heap h = new Heap(mode);
        h.setRoots(roots);
        Proto p = Compiler.compile("return 1".getBytes(StandardCharsets.ISO_8859_1), "=t", mode, h.strings);
        h.registerLoadedProto(p);
        roots.roots.add(p);
        LuaTable env = new LuaTable(h);
        roots.roots.add(env);
        h.fullGc();
        long base = h.total();
        LuaTable captured = new LuaTable(h);
        long tableBytes = h.total() - base;
        UpVal[] ups = new UpVal[3];
        for (int i = 0; i < ups.length; i++) {
            ups[i] = new UpVal(i == 0 ? captured : (Object) (double) i);
            h.newUpvalue(ups[i]);
        }
        LuaClosure f = new LuaClosure(p, ups, env);
        h.newLuaClosure(f);
        // func_closure3: a closure with 3 upvalues, 104 / 208 bytes
        assertEquals(pick(mode, 104, 208), h.total() - base - tableBytes);
        long before = h.total();
        h.newUserdata(new LuaUserdata(null, null));
        // udata_proxy: 24 / 48
        assertEquals(pick(mode, 24, 48), h.total() - before);
        roots.roots.add(f);
        h.fullGc(); // the userdata goes; the closure keeps its upvalues and, through one, the table
        assertEquals(before, h.total());
        roots.roots.remove(f);
        h.fullGc();
        assertEquals(base, h.total());
        assertEquals(0, h.objects(HeapKind.UPVALUE));
        assertEquals(0, h.objects(HeapKind.FUNCTION));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void threadStacksGrowAndShrinkAsLuaJits(Mode mode) {
        Heap h = new Heap(mode);
        LuaVM vm = new LuaVM(mode);
        long base = h.total();
        LuaThread th = new LuaThread(vm, 64);
        h.newThread(th);
        // coro_new minus its closure: lua_State + 45 / 48 slots
        assertEquals(pick(mode, 440, 496), h.total() - base);
        assertEquals(pick(mode, 45, 48), h.stackSlots(th));
        // usable up to slots - extra - 1: within it nothing grows
        assertTrue(h.stackNeed(th, 39, 5));
        assertEquals(pick(mode, 45, 48), h.stackSlots(th));
        // past it: doubled, plus 1 + LJ_STACK_EXTRA
        assertTrue(h.stackNeed(th, 60, 5));
        assertEquals(pick(mode, 96, 105), h.stackSlots(th));
        assertEquals(pick(mode, 80 + 96 * 8, 112 + 105 * 8), h.total() - base);
        // LUAI_MAXSTACK: a frame past it overflows
        assertFalse(h.stackNeed(th, 70000, 10));
    }
}
