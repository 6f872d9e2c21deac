package org.jresty.jit;

import static java.lang.constant.ConstantDescs.CD_int;
import static org.jresty.jit.JvmShapes.*;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.util.ArrayList;
import java.util.List;

import org.jresty.bytecode.Op;
import org.jresty.bytecode.Proto;

/**
 * The class file around a prototype's compiled code: one {@code run()} method holding it all ({@link ProtoCompiler}
 * emits the body), or, for a prototype too big for one JVM method, region methods r0, r1, ... cut where no loop is
 * open, and a {@code run()} that calls the region holding f.pc until one leaves for the interpreter.
 */
final class CompiledClass {
    /** Methods above this many bytes of JVM code are not compiled (HotSpot's HugeMethodLimit is 8000). */
    static final int MAX_CODE = 7000;
    /** Bytes of JVM code aimed at per region when a prototype is split into several methods. */
    static final int REGION_CODE = 5000;
    static final int MAX_REGIONS = 64;
    /** Region methods' third result: f.pc is in another region. */
    static final int CONTINUE = 2;

    private CompiledClass() {
    }

    /**
     * The class file of pt's compiled code, or null when it would exceed {@link #MAX_CODE} per method. speculate:
     * cache results of arithmetic on operands not known to be numbers (see {@link NumFlow#speculate}).
     */
    static byte[] classBytes(Proto pt, boolean speculate) {
        int n = pt.bc.length;
        if (n > MAX_REGIONS * REGION_CODE / 40) return null; // far too big: not worth trying
        double bytesPerIns = 40; // typical; measured when the prototype may fit one method
        if (n <= MAX_CODE / 4) {
            byte[] bytes = build(pt, new int[] {1, n}, speculate);
            int size = maxCodeLength(bytes);
            if (size <= MAX_CODE) return bytes;
            bytesPerIns = (double) size / n;
        }
        // Split into regions of about REGION_CODE bytes each (fewer instructions per region when one is still
        // too big), cut where no loop is open so that loops stay JVM loops inside one method.
        byte[] bytes;
        for (int budget = REGION_CODE; budget >= REGION_CODE / 4; budget = budget * 2 / 3) {
            int[] bounds = regions(pt, Math.max(8, (int) (budget / bytesPerIns)));
            if (bounds.length - 1 > MAX_REGIONS) return null;
            bytes = build(pt, bounds, speculate);
            if (maxCodeLength(bytes) <= MAX_CODE) return bytes;
        }
        return null;
    }

    /** Number of region methods of a generated class (1: the prototype is the body of run()). */
    static int regionCount(byte[] bytes) {
        return (int) Math.max(1, ClassFile.of().parse(bytes).methods().stream()
                .filter(m -> m.methodName().stringValue().matches("r\\d+")).count());
    }

    /** The largest method of a generated class, in bytes of JVM code. */
    private static int maxCodeLength(byte[] bytes) {
        return ClassFile.of().parse(bytes).methods().stream()
                .mapToInt(m -> m.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength)
                        .orElse(0)).max().orElse(0);
    }

    /** Region bounds 1 = b0 < b1 < ... < bk = n: about size instructions each, cut outside loops if possible. */
    static int[] regions(Proto pt, int size) {
        int[] bc = pt.bc;
        int n = bc.length;
        // open[q]: some loop's body spans the cut before q (a backward jump from p >= q to a target < q)
        boolean[] open = new boolean[n + 1];
        for (int p = 1; p < n; p++) {
            int ins = bc[p];
            Op op = Op.of(Op.op(ins));
            int t = switch (op) {
                case FORL, IFORL, JFORL, ITERL, IITERL, JITERL, JMP, UCLO -> p + 1 + Op.j(ins);
                default -> p + 1;
            };
            for (int q = t + 1; q <= p; q++) open[q] = true;
        }
        List<Integer> bounds = new ArrayList<>();
        bounds.add(1);
        int start = 1;
        while (n - start > size) {
            int cut = start + size;
            int q = cut;
            while (q > start + size / 2 && open[q]) q--;
            if (!open[q]) cut = q;
            bounds.add(cut);
            start = cut;
        }
        bounds.add(n);
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One region: the whole prototype in run(), or run() dispatching to methods r0, r1, ... by f.pc. */
    private static byte[] build(Proto pt, int[] bounds, boolean speculate) {
        ClassLoader loader = ProtoCompiler.class.getClassLoader();
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(loader))));
        ClassDesc self = ClassDesc.of(VM + "LuaCode");
        int k = bounds.length - 1;
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(CD_COMPILED);
            cb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC,
                    code -> code.aload(0).invokespecial(CD_COMPILED, ConstantDescs.INIT_NAME,
                            ConstantDescs.MTD_void).return_());
            if (k == 1) {
                cb.withMethodBody("run", MTD_RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                        code -> new ProtoCompiler(pt, bounds, 0, speculate).emit(code));
                return;
            }
            for (int r = 0; r < k; r++) {
                int region = r;
                cb.withMethodBody("r" + r, MTD_RUN, ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL,
                        code -> new ProtoCompiler(pt, bounds, region, speculate).emit(code));
            }
            cb.withMethodBody("run", MTD_RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    code -> dispatcher(code, self, bounds));
        });
    }

    /** run() of a split prototype: calls the region of f.pc until one returns RELOAD or INTERPRET. */
    private static void dispatcher(CodeBuilder c, ClassDesc self, int[] bounds) {
        Label loop = c.newLabel(), check = c.newLabel(), ret = c.newLabel();
        int k = bounds.length - 1;
        c.labelBinding(loop);
        c.aload(F).getfield(CD_FRAME, "pc", CD_int).istore(I1);
        for (int r = 0; r < k; r++) {
            Label next = c.newLabel();
            if (r < k - 1) c.iload(I1).loadConstant(bounds[r + 1]).if_icmpge(next);
            c.aload(0).aload(IN).aload(L).aload(F).invokevirtual(self, "r" + r, MTD_RUN).goto_(check);
            c.labelBinding(next);
        }
        c.iconst_1().ireturn();
        c.labelBinding(check);
        c.dup().iconst_2().if_icmpne(ret);
        c.pop().goto_(loop);
        c.labelBinding(ret);
        c.ireturn();
    }
}
