package org.jresty.jit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jresty.bytecode.Proto;
import org.jresty.vm.Compiled;

/**
 * Compiled code by prototype content, shared by all VMs of the JVM: a chunk loaded again (another VM, a test
 * run, a benchmark run, a module reloaded) reuses the class HotSpot has already compiled instead of warming up a
 * new one. Generated code reads GC constants from the running prototype, so only what it embeds is the key: the
 * instructions, the number constants and the kinds of the GC constants. Least recently used entries go first.
 */
final class CodeCache {
    private static final int MAX = 1024;
    /** Marks content that cannot be compiled (too big). */
    static final Compiled NONE = new Compiled() {
        @Override
        public int run(org.jresty.vm.Interp in, org.jresty.runtime.LuaThread L, org.jresty.vm.Frame f) {
            throw new IllegalStateException();
        }
    };

    private static final Map<Key, Compiled> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Compiled> e) {
            return size() > MAX;
        }
    };

    private CodeCache() {
    }

    /** What generated code depends on (copied: ISNEXT may rewrite the prototype's instructions later). */
    record Key(int[] bc, long[] knum, String kinds) {
        /** Also keyed: whether arithmetic is speculated, and which registers closures capture (never cached). */
        static Key of(Proto p, boolean speculate) {
            long[] kn = new long[p.knum == null ? 0 : p.knum.length];
            for (int i = 0; i < kn.length; i++) kn[i] = Double.doubleToRawLongBits(p.knum[i]);
            StringBuilder kinds = new StringBuilder();
            if (p.kgc != null) {
                for (Object k : p.kgc) {
                    kinds.append(k == null ? "-" : k.getClass().getSimpleName());
                    if (k instanceof Proto child && child.uv != null) kinds.append(Arrays.toString(child.uv));
                    kinds.append(',');
                }
            }
            kinds.append(speculate ? "spec" : "safe");
            return new Key(p.bc.clone(), kn, kinds.toString());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(bc, k.bc) && Arrays.equals(knum, k.knum)
                    && kinds.equals(k.kinds);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bc) * 31 + Arrays.hashCode(knum);
        }
    }

    static synchronized Compiled get(Key k) {
        return CACHE.get(k);
    }

    static synchronized void put(Key k, Compiled c) {
        CACHE.put(k, c);
    }
}
