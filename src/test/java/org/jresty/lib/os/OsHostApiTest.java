package org.jresty.lib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jresty.Mode;
import org.jresty.lib.OsLib;
import org.jresty.lib.io.ExitRequest;
import org.jresty.lib.io.LuaRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** os.exit's hook, os.getenv's environment and os.date/os.time in a zone with daylight saving time. */
class OsHostApiTest {
    @TempDir
    Path tmp;

    /** Runs code whose os.exit is recorded (status and close flag) instead of ending the JVM. */
    private static List<String> exits(LuaRun r) {
        List<String> seen = new ArrayList<>();
        OsLib.setExitHandler(r.vm, (status, close) -> {
            seen.add(status + (close ? " close" : ""));
            throw new ExitRequest(status, close);
        });
        return seen;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void exitReportsItsStatusToTheHost(Mode mode) {
        String[][] cases = {
            {"os.exit()", "0"}, {"os.exit(3)", "3"}, {"os.exit(true)", "0"}, {"os.exit(false)", "1"},
            {"os.exit(2, true)", "2 close"}, {"os.exit('7')", "7"}, {"os.exit(-1)", "-1"}, {"os.exit(nil, false)", "0"},
        };
        for (String[] c : cases) {
            LuaRun r = new LuaRun(mode);
            List<String> seen = exits(r);
            r.run("print('before') " + c[0] + " print('not reached')");
            assertEquals(List.of(c[1]), seen, c[0]);
            assertTrue(r.output().startsWith("before\n"), c[0]);
            assertTrue(!r.output().contains("not reached"), c[0]);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void exitFlushesFilesFirst(Mode mode) throws Exception {
        Path file = tmp.resolve("unflushed.txt");
        LuaRun r = new LuaRun(mode);
        List<String> seen = exits(r);
        r.run("local f = io.open([[" + file + "]], 'w') f:write('written before exit') io.write('partial') os.exit(5)");
        assertEquals(List.of("5"), seen);
        assertEquals("written before exit", Files.readString(file));
        assertTrue(r.output().startsWith("partial"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void getenvReadsTheHostsEnvironment(Mode mode) {
        LuaRun r = new LuaRun(mode);
        OsLib.setEnvironment(r.vm, Map.of("JRESTY_X", "value x", "LANG", "C.UTF-8"));
        assertEquals("value x\tnil\nC.UTF-8\tC.UTF-8\tC\n",
                r.run("print(os.getenv('JRESTY_X'), os.getenv('PATH'))\n"
                        + "print(os.setlocale(''), os.setlocale(), os.setlocale('C'))"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void localTimeFollowsTheZoneWithDaylightSaving(Mode mode) {
        LuaRun r = new LuaRun(mode);
        OsLib.setTimeZone(r.vm, ZoneId.of("Europe/Berlin"));
        String out = r.run("""
                local summer, winter = 1593604800, 1577880000
                print(os.date('%Y-%m-%d %H:%M:%S %Z %z', summer), os.date('*t', summer).isdst)
                print(os.date('%Y-%m-%d %H:%M:%S %Z %z', winter), os.date('*t', winter).isdst)
                print(os.date('!%H %Z', summer))
                print(os.time{year=2020, month=7, day=1, hour=14} == summer)
                print(os.time{year=2020, month=7, day=1, hour=14, isdst=true} == summer)
                print(os.time{year=2020, month=7, day=1, hour=14, isdst=false} - summer)
                print(os.time{year=2020, month=1, day=1, hour=13, isdst=true} - winter)
                print(os.time{year=2020, month=3, day=29, hour=2, min=30} - os.time{year=2020, month=3, day=29, hour=1})
                print(os.time{year=2020, month=10, day=25, hour=2, min=30} - os.time{year=2020, month=10, day=25, hour=1})
                print(os.time{year=2020, month=10, day=25, hour=2, min=30, isdst=true} - os.time{year=2020, month=10, day=25, hour=1})
                print(os.time{year=2020, month=10, day=25, hour=2, min=30, isdst=false} - os.time{year=2020, month=10, day=25, hour=1})
                """);
        assertEquals("2020-07-01 14:00:00 CEST +0200\ttrue\n"
                + "2020-01-01 13:00:00 CET +0100\tfalse\n"
                + "12 GMT\ntrue\ntrue\n3600\n-3600\n5400\n9000\n5400\n9000\n", out);  // as TZ=Europe/Berlin luajit
    }
}
