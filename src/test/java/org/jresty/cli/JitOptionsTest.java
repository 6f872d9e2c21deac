package org.jresty.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** -O and -j answers; the error texts were taken from luajit 2.1. */
class JitOptionsTest {
    @Test
    void optimizationFlags() {
        for (String ok : new String[] {"", "3", "9", "+fold", "-cse", "nodce", "hotloop=1", "maxmcode=1024", "3,-fold,hotloop=5"}) {
            assertNull(JitOptions.checkOpt(ok), ok);
        }
        assertEquals("unknown or malformed optimization flag '+foo'", JitOptions.checkOpt("+foo,-bar"));
        assertEquals("unknown or malformed optimization flag 'no'", JitOptions.checkOpt("no"));
        assertEquals("unknown or malformed optimization flag 'hotloop'", JitOptions.checkOpt("hotloop"));
        assertEquals("unknown or malformed optimization flag 'hotloop=x'", JitOptions.checkOpt("hotloop=x"));
        assertEquals("unknown or malformed optimization flag '12'", JitOptions.checkOpt("12"));
    }

    @Test
    void controlCommands() {
        assertNull(JitOptions.checkCmd("on"));
        assertNull(JitOptions.checkCmd("off"));
        assertNull(JitOptions.checkCmd("flush"));
        assertEquals("bad argument #1 to '?' (function expected, got string)", JitOptions.checkCmd("on=1"));
        assertEquals("unknown luaJIT command or jit.* modules not installed", JitOptions.checkCmd("foo"));
        assertEquals("-jv needs LuaJIT's jit.v module, which jresty does not have yet (jresty has no trace compiler)",
                JitOptions.checkCmd("v"));
        assertEquals("-jdump needs LuaJIT's jit.dump module, which jresty does not have yet (jresty has no trace compiler)",
                JitOptions.checkCmd("dump=is,out.txt"));
    }
}
