package org.jresty.jit;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.jresty.bytecode.Proto;
import org.jresty.vm.Compiled;
import org.jresty.vm.LuaVM;

/**
 * The compile tier of one VM: what {@code jit.on/off/flush} and {@code -jon/-joff/-jflush} switch. The interpreter
 * counts hotness per prototype as LuaJIT does (lj_dispatch.h: a call counts 1, a loop back-edge 2; the prototype
 * is hot at {@code 2 * hotloop}, hotloop being 56 as in lj_jit.h) and calls {@link #compile} when it is hot.
 *
 * <p>System properties: {@code jresty.jit=off} starts with the tier off; {@code jresty.jit.hotloop=N} sets the
 * hotness (0: every prototype is compiled on its first call or loop iteration; tests use it);
 * {@code jresty.jit.debug=true} reports compile failures and prototypes too big to compile on stderr;
 * {@code jresty.jit.dump=DIR} writes the generated classes into DIR.
 */
public final class Jit {
    /** JIT_F_OPTSTRING and JIT_P_STRING of LuaJIT 2.1: what jit.opt.start and -O accept. */
    private static final List<String> OPT_FLAGS = List.of(
            "fold", "cse", "dce", "fwd", "dse", "narrow", "loop", "abc", "sink", "fuse", "fma");
    private static final List<String> OPT_PARAMS = List.of(
            "maxtrace", "maxrecord", "maxirconst", "maxside", "maxsnap", "minstitch", "hotloop", "hotexit",
            "tryside", "instunroll", "loopunroll", "callunroll", "recunroll", "sizemcode", "maxmcode");

    /** LuaJIT's default JIT_P_hotloop. */
    public static final int HOTLOOP = 56;
    private static final boolean DEBUG = Boolean.getBoolean("jresty.jit.debug");
    /** jresty.jit.dump=DIR writes each generated class there (for javap). */
    private static final String DUMP = System.getProperty("jresty.jit.dump");
    /** A prototype that could not be compiled is not counted again (LuaJIT blacklists it). */
    private static final int BLACKLISTED = Integer.MIN_VALUE / 2;

    private final LuaVM vm;
    private boolean on;
    private int hotloop;
    /** Prototypes with code, so that flush can drop it. */
    private final Set<Proto> withCode = Collections.newSetFromMap(new WeakHashMap<>());
    /** Statistics: prototypes compiled, too big to compile, failed. */
    public int compiled, tooBig, failed;

    public Jit(LuaVM vm) {
        this.vm = vm;
        this.hotloop = Integer.getInteger("jresty.jit.hotloop", HOTLOOP);
        this.on = !"off".equals(System.getProperty("jresty.jit", "on"));
        update();
    }

    public boolean isOn() {
        return on;
    }

    /** jit.on() / jit.off(): off also drops all compiled code, so that only the interpreter runs. */
    public void setOn(boolean on) {
        this.on = on;
        if (!on) flush();
        update();
    }

    /** Sets LuaJIT's hotloop parameter (0: compile every prototype when first run). */
    public void setHotloop(int hotloop) {
        this.hotloop = Math.max(0, hotloop);
        update();
    }

    /**
     * One argument of jit.opt.start (and of luajit's -O, which calls it), as lib_jit.c parses it: a level 0-9, a
     * flag (+f, -f, nof, no-f) or param=digits.
     */
    public static boolean validOption(String s) {
        if (s.length() == 1 && s.charAt(0) >= '0' && s.charAt(0) <= '9') return true;
        String f = s;
        if (f.startsWith("+") || f.startsWith("-")) f = f.substring(1);
        else if (f.startsWith("no")) f = f.substring(f.startsWith("no-") ? 3 : 2);
        if (OPT_FLAGS.contains(f)) return true;
        int eq = s.indexOf('=');
        if (eq < 0 || !OPT_PARAMS.contains(s.substring(0, eq))) return false;
        for (int i = eq + 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    /** Applies a valid option: hotloop=N sets the tier's hotness; the trace compiler's others have no effect. */
    public void applyOption(String s) {
        if (s.startsWith("hotloop=") && s.length() > 8 && s.length() < 18) {
            setHotloop((int) Math.min(Integer.MAX_VALUE / 4, Long.parseLong(s.substring(8))));
        }
    }

    private void update() {
        vm.interp.hotLimit = on ? 2 * hotloop : Integer.MAX_VALUE;
    }

    /** jit.flush(): drops all compiled code (prototypes get compiled again when hot). */
    public void flush() {
        for (Proto p : withCode.toArray(new Proto[0])) drop(p);
        withCode.clear();
    }

    /** jit.flush(f[, true]): drops the code of one prototype (and of its children). */
    public void flush(Proto p, boolean children) {
        drop(p);
        if (children) forChildren(p, c -> flush(c, true));
    }

    /** jit.on(f[, true]) / jit.off(f[, true]): allows or forbids compiling one function (and its children). */
    public void setOn(Proto p, boolean on, boolean children) {
        if (on) {
            p.flags &= ~Proto.NOJIT;
            p.hotcount = 0;
        } else {
            p.flags |= Proto.NOJIT;
            drop(p);
        }
        if (children) forChildren(p, c -> setOn(c, on, true));
    }

    private static void forChildren(Proto p, java.util.function.Consumer<Proto> action) {
        if (p.kgc == null) return;
        for (Object k : p.kgc) {
            if (k instanceof Proto c) action.accept(c);
        }
    }

    private void drop(Proto p) {
        p.compiled = null;
        if (p.hotcount < 0) p.hotcount = 0;
        withCode.remove(p);
    }

    private static void dump(Proto p, byte[] bytes) {
        String name = describe(p).replaceAll("[^A-Za-z0-9_.]+", "_") + (p.jitDeopts > 0 ? "_safe" : "") + ".class";
        try {
            java.nio.file.Files.write(java.nio.file.Path.of(DUMP, name), bytes);
        } catch (java.io.IOException e) {
            System.err.println("jresty jit: cannot dump " + name + ": " + e);
        }
    }

    /** p's code deoptimized too often: compiled again without speculation (see vm.Compiled#deopt). */
    public void recompile(Proto p) {
        if (DEBUG) System.err.println("jresty jit: recompiled without speculation: " + describe(p));
        drop(p);
        compile(p);
    }

    /** Called by the interpreter when p is hot: compiles it; failures leave it to the interpreter for good. */
    public void compile(Proto p) {
        if (!on || (p.flags & Proto.NOJIT) != 0 || p.compiled != null) {
            if (p.compiled == null) p.hotcount = BLACKLISTED;
            return;
        }
        try {
            boolean speculate = p.jitDeopts < Compiled.DEOPT_LIMIT;
            CodeCache.Key key = CodeCache.Key.of(p, speculate);
            Compiled code = CodeCache.get(key);
            if (code == null) {
                byte[] bytes = CompiledClass.classBytes(p, speculate);
                code = bytes == null ? CodeCache.NONE : Compiled.define(bytes);
                if (DUMP != null && bytes != null) dump(p, bytes);
                if (DEBUG && bytes != null && CompiledClass.regionCount(bytes) > 1) {
                    System.err.println("jresty jit: split into " + CompiledClass.regionCount(bytes) + " methods: "
                            + describe(p));
                }
                CodeCache.put(key, code);
            }
            if (code == CodeCache.NONE) {
                tooBig++;
                p.hotcount = BLACKLISTED;
                if (DEBUG) System.err.println("jresty jit: too big: " + describe(p));
                return;
            }
            p.compiled = code;
            withCode.add(p);
            compiled++;
        } catch (Exception | LinkageError e) {
            failed++;
            p.hotcount = BLACKLISTED;
            if (DEBUG) {
                System.err.println("jresty jit: failed: " + describe(p) + ": " + e);
                e.printStackTrace();
            }
        }
    }

    private static String describe(Proto p) {
        return (p.chunkname == null ? "?" : p.chunkname.toString()) + ":" + p.firstline + " (" + p.bc.length
                + " instructions)";
    }
}
