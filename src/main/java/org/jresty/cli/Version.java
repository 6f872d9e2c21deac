package org.jresty.cli;

import org.jresty.Mode;

/** Version texts, in luajit's style. */
public final class Version {
    public static final String JRESTY = "0.1.0";
    /** The LuaJIT release whose behaviour (and golden outputs) jresty follows: OpenResty's 2.1 branch. */
    public static final String LUAJIT = "2.1.1710398010";

    private Version() {
    }

    /** What {@code jresty -v} prints (luajit prints "LuaJIT 2.1.x -- Copyright ... https://luajit.org/"). */
    public static String line() {
        return "jresty " + JRESTY + " (LuaJIT " + LUAJIT + " compatible) -- "
                + "a LuaJIT runtime for the JVM. LuaJIT is Copyright (C) 2005-2023 Mike Pall. https://luajit.org/";
    }

    /** luajit's "JIT: ON SSE3 ..." line: whether jresty's compile tier is on, and the mode. */
    public static String jitStatus(Mode mode, boolean on) {
        return "JIT: " + (on ? "ON " : "OFF ") + (mode == Mode.X64 ? "x64" : "GC64");
    }
}
