package org.jresty.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jresty.Mode;
import org.jresty.vm.LuaVM;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * luaL_loadfile makes the chunk name "@filename" with lua_pushfstring, in LuaJIT's shared temporary buffer: loading
 * a file grows the buffer to hold the name (from 32 bytes, doubling), as loadfile, dofile and require do here.
 */
class FileChunknameBufferTest {
    @TempDir
    Path dir;

    /** The buffer's size after it had to hold need bytes, from size (lj_buf_need). */
    private static long grown(long size, long need) {
        long n = Math.max(size, 32);
        while (n < need) n += n;
        return Math.max(size, n);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void loadingAFileGrowsTheBufferToItsChunkname(Mode mode) throws IOException {
        Path f = dir.resolve("m".repeat(90) + ".lua");
        Files.writeString(f, "return 7");
        String name = f.toString();
        LuaVM vm = new LuaVM(mode);
        long before = vm.heap.bufferSize();
        vm.globals.setStr(vm.intern("NAME"), vm.intern(name));
        Object[] r = vm.doString("return loadfile(NAME)(), dofile(NAME), debug.getinfo(loadfile(NAME)).source",
                "=test");
        assertEquals(7.0, r[0]);
        assertEquals(7.0, r[1]);
        assertEquals("@" + name, r[2].toString());
        assertEquals(grown(before, 1 + name.length()), vm.heap.bufferSize());
    }
}
