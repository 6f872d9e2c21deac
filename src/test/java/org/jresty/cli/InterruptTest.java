package org.jresty.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jresty.Mode;
import org.jresty.runtime.LuaError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Ctrl-C while a chunk runs: "interrupted!" as a Lua error, and the state stays usable (the REPL goes on). */
class InterruptTest {
    @ParameterizedTest
    @EnumSource(Mode.class)
    void interruptStopsTheChunkAndTheStateGoesOn(Mode mode) throws Exception {
        Frontend.Console c = new Frontend.Console(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), false);
        LuaHost host = VmHosts.FACTORY.create(mode, c, Map.of(), false, List.of());
        Object loop = host.load("local function f() end started = true while true do f() end"
                .getBytes(StandardCharsets.ISO_8859_1), "=stdin");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                host.docall(loop);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (host.getGlobal("started") == null && System.nanoTime() < deadline) Thread.sleep(10);
        Interrupts.fire();
        t.join(20_000);
        assertTrue(!t.isAlive(), "the chunk was not interrupted");
        LuaError e = (LuaError) failure.get();
        assertTrue(host.reportText(e).startsWith("stdin:1: interrupted!\nstack traceback:\n"), host.reportText(e));
        Object[] r = host.docall(host.load("return 1 + 1".getBytes(StandardCharsets.ISO_8859_1), "=stdin"));
        assertArrayEquals(new Object[] {2.0}, r);
        assertEquals(Boolean.TRUE, host.getGlobal("started"));
    }
}
