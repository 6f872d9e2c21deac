package org.jresty.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jresty.Mode;

/** Runs the frontend on FakeHosts with captured streams. */
final class FakeRun {
    final List<FakeHost> hosts = new ArrayList<>();
    int status;
    String out;
    String err;

    static FakeRun run(Map<String, String> env, String stdin, boolean tty, String... args) {
        FakeRun r = new FakeRun();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Frontend.Console console = new Frontend.Console(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), tty);
        Frontend.HostFactory factory = new Frontend.HostFactory() {
            @Override
            public LuaHost create(Mode mode, Frontend.Console c, Map<String, String> e, boolean noEnv, List<String> dirs) {
                FakeHost h = new FakeHost(mode, c);
                h.events.add("create " + mode + (noEnv ? " noenv" : "") + (dirs.isEmpty() ? "" : " I=" + dirs));
                r.hosts.add(h);
                return h;
            }

            @Override
            public BcSave.Backend bytecode(Mode mode) {
                return new FakeBackend(mode);
            }
        };
        Frontend f = new Frontend(console, env, factory, (c, h) -> new PlainLineSource(c.in(), c.out()));
        r.status = f.run(args);
        r.out = out.toString(StandardCharsets.UTF_8);
        r.err = err.toString(StandardCharsets.UTF_8);
        return r;
    }

    static FakeRun run(String... args) {
        return run(Map.of(), "", false, args);
    }

    List<String> events() {
        return hosts.getFirst().events;
    }

    /** A -b backend whose "proto" is the source text. */
    record FakeBackend(Mode mode) implements BcSave.Backend {
        @Override
        public Object load(byte[] chunk, String chunkname) {
            String s = new String(chunk, StandardCharsets.UTF_8);
            if (s.contains("!")) throw new org.jresty.runtime.LuaError("[string \"" + s + "\"]:1: unexpected symbol near '!'");
            return chunkname + "|" + s;
        }

        @Override
        public String list(Object proto) {
            return "-- LIST " + mode + " " + proto + "\n";
        }

        @Override
        public byte[] dump(Object proto, boolean strip, boolean deterministic) {
            return ("DUMP " + mode + " strip=" + strip + " det=" + deterministic + " " + proto).getBytes(StandardCharsets.UTF_8);
        }
    }
}
