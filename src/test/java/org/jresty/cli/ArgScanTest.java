package org.jresty.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jresty.Mode;
import org.junit.jupiter.api.Test;

/** luajit.c's collectargs rules (checked by hand against luajit 2.1) plus jresty's extensions. */
class ArgScanTest {
    private static ArgScan.Scan scan(String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "jresty";
        System.arraycopy(args, 0, argv, 1, args.length);
        return ArgScan.scan(argv);
    }

    @Test
    void scriptEndsOptions() {
        ArgScan.Scan s = scan("-e", "x=1", "a.lua", "-v", "b");
        assertEquals(3, s.argn());
        assertTrue(s.has(ArgScan.EXEC));
        assertFalse(s.has(ArgScan.VERSION));
        assertTrue(s.hasScript());
    }

    @Test
    void noScriptMeansArgnIsArgc() {
        ArgScan.Scan s = scan("-e", "print(1)");
        assertEquals(3, s.argn());
        assertFalse(s.hasScript());
    }

    @Test
    void doubleDashStopsOptionsAndDashIsStdin() {
        assertEquals(2, scan("--", "-x").argn());
        assertTrue(scan("--", "-x").hasScript());
        assertEquals(2, scan("--").argn());
        assertFalse(scan("--").hasScript());
        assertEquals(1, scan("-", "a").argn());
    }

    @Test
    void attachedAndDetachedValues() {
        assertEquals(2, scan("-eprint(1)", "s.lua").argn());
        assertEquals(3, scan("-l", "mod", "s.lua").argn());
        assertEquals(3, scan("-j", "off", "s.lua").argn());
        assertEquals(2, scan("-joff", "s.lua").argn());
        assertEquals(2, scan("-O3", "s.lua").argn());
    }

    @Test
    void invalidOptionsGiveUsage() {
        assertTrue(scan("-e").invalid());
        assertTrue(scan("-l").invalid());
        assertTrue(scan("-q").invalid());
        assertTrue(scan("-vx").invalid());
        assertTrue(scan("-ix").invalid());
        assertTrue(scan("-e", "1", "-b").invalid()); // -b must come first
        assertTrue(scan("--bogus").invalid());
    }

    @Test
    void interactiveImpliesVersion() {
        ArgScan.Scan s = scan("-i");
        assertTrue(s.has(ArgScan.INTERACTIVE));
        assertTrue(s.has(ArgScan.VERSION));
    }

    @Test
    void bytecodeTakesTheRest() {
        ArgScan.Scan s = scan("-bl", "-e", "x");
        assertEquals(2, s.argn());
        assertTrue(s.has(ArgScan.EXEC));
    }

    @Test
    void jrestyExtensions() {
        ArgScan.Scan s = scan("--x64", "--mem-stats", "-I", "lib", "-Ivendor", "-E", "main.lua");
        assertEquals(Mode.X64, s.mode());
        assertTrue(s.memStats());
        assertEquals(List.of("lib", "vendor"), s.includeDirs());
        assertTrue(s.has(ArgScan.NOENV));
        assertEquals(7, s.argn());
        assertEquals(Mode.GC64, scan("x.lua").mode());
        assertEquals(Mode.GC64, scan("--x64", "--gc64").mode());
        assertTrue(scan("--compare-modes", "x.lua").compareModes());
        assertTrue(scan("-h").help());
        assertTrue(scan("--help").help());
        assertTrue(scan("-I").invalid());
    }

    @Test
    void ngxOptionsAreRefused() {
        ArgScan.Scan s = scan("--shdict", "dogs 1m", "x.lua");
        assertTrue(s.invalid());
        assertEquals("option --shdict needs OpenResty's nginx and its ngx API, which jresty does not have", s.refusal());
        assertEquals(ArgScan.ngxRefusal("--ns"), scan("--ns", "8.8.8.8").refusal());
        assertEquals(ArgScan.ngxRefusal("--http-conf"), scan("--http-conf=x").refusal());
        assertEquals(ArgScan.ngxRefusal("-c"), scan("-c", "10").refusal());
        assertEquals(ArgScan.ngxRefusal("--resolve-ipv6"), scan("--resolve-ipv6").refusal());
        assertNull(scan("x.lua").refusal());
    }
}
