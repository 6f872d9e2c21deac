package org.jresty.bytecode;

import static org.jresty.bytecode.BytecodeFiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.Consumer;
import org.jresty.Mode;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each rule of the verifier refuses a prototype broken in exactly that way; sound trees pass. */
class ProtoVerifierTest {
    /** closures.lua: main with four children; its 4th child (line 12) is vararg and calls select("#", ...). */
    private static Proto load(Mode mode) {
        return DumpReader.read(bytes(GOLDEN.resolve("closures." + tag(mode) + ".g.ljbc")), "=t", mode, new MapInterner());
    }

    private static Proto child(Proto main, int k) {
        return (Proto) main.kgc[k];
    }

    private static String problemAfter(Mode mode, Consumer<Proto> damage) {
        Proto main = load(mode);
        damage.accept(main);
        return ProtoVerifier.problem(main, mode);
    }

    /** The pc of the first instruction with this opcode. */
    private static int find(Proto p, Op op) {
        for (int pc = 1; pc < p.bc.length; pc++) {
            if (Op.op(p.bc[pc]) == op.ordinal()) {
                return pc;
            }
        }
        throw new AssertionError("no " + op);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyGoldenTreeIsSound(Mode mode) {
        for (String name : sources(GOLDEN)) {
            for (String kind : List.of(".g.ljbc", ".ljbc")) {
                Proto p = DumpReader.read(bytes(GOLDEN.resolve(name + "." + tag(mode) + kind)), "=t", mode,
                        new MapInterner());
                assertNull(ProtoVerifier.problem(p, mode), name + kind);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void brokenPrototypesAreRefused(Mode mode) {
        assertEquals("pc 1: bad opcode 200", problemAfter(mode, m -> m.bc[1] = m.bc[1] & ~0xff | 200));
        assertEquals("pc 1: opcode JLOOP is never in parsed code",
                problemAfter(mode, m -> m.bc[1] = Op.ad(Op.JLOOP, 0, 0)));
        int fs = load(mode).framesize;
        assertEquals("pc 1: FNEW operand A = " + fs + " out of range",
                problemAfter(mode, m -> m.bc[1] = Op.ad(Op.FNEW, m.framesize, 0)));
        assertEquals("pc 1: FNEW operand D = 7 out of range",
                problemAfter(mode, m -> m.bc[1] = Op.ad(Op.FNEW, 0, 7)));
        assertEquals("pc 1: KSTR operand D = 0 out of range",
                problemAfter(mode, m -> m.bc[1] = Op.ad(Op.KSTR, 0, 0)));
        assertEquals("pc 1: KNUM operand D = 0 out of range",
                problemAfter(mode, m -> m.bc[1] = Op.ad(Op.KNUM, 0, 0)));
        assertEquals("pc 1: KPRI operand D = 3 out of range",
                problemAfter(mode, m -> m.bc[1] = Op.ad(Op.KPRI, 0, 3)));
        assertEquals("pc 1: UGET operand D = 0 out of range",
                problemAfter(mode, m -> m.bc[1] = Op.ad(Op.UGET, 0, 0)));
        assertEquals("pc 1: JMP operand D = 32766 out of range",
                problemAfter(mode, m -> m.bc[1] = Op.ad(Op.JMP, 0, Op.JUMP_BIAS - 2)));
        assertEquals("pc 1: bad KNIL", problemAfter(mode, m -> m.bc[1] = Op.ad(Op.KNIL, 2, 1)));
        assertEquals("pc 1: bad ISLT", problemAfter(mode, m -> m.bc[1] = Op.ad(Op.ISLT, 0, 1)));
        assertEquals("pc 1: bad VARG", problemAfter(mode, m -> m.bc[1] = Op.abc(Op.VARG, 0, 2, 1)));
        assertEquals("pc 1: bad CALL", problemAfter(mode, m -> m.bc[1] = Op.abc(Op.CALL, m.framesize - 1, 1, 2)));
        assertEquals("pc 1: bad TSETM", problemAfter(mode, m -> {
            m.knum = new double[] {0.5};
            m.bc[1] = Op.ad(Op.TSETM, 1, 0);
        }));
        assertEquals("pc 1: bad RET0", problemAfter(mode, m -> m.bc[1] = Op.ad(Op.RET0, 0, 2)));
        assertEquals("bc[0] is not FUNCV " + fs,
                problemAfter(mode, m -> m.bc[0] = Op.ad(Op.FUNCF, m.framesize, 0)));
        assertEquals("last instruction MOV falls off the end",
                problemAfter(mode, m -> m.bc[m.bc.length - 1] = Op.ad(Op.MOV, 0, 0)));
        assertEquals("CHILD flag does not match the constants", problemAfter(mode, m -> m.flags &= ~Proto.CHILD));
        assertEquals("prototype referenced twice", problemAfter(mode, m -> m.kgc[1] = m.kgc[0]));
        assertEquals("kgc[0] is not a constant", problemAfter(mode, m -> m.kgc[0] = "a Java string"));
        assertEquals("upvalue 0 names nothing in the parent",
                problemAfter(mode, m -> child(m, 1).uv[0] = 0x8000 | m.framesize));
        assertEquals("inconsistent debug info", problemAfter(mode, m -> m.lineinfo = new int[1]));
        assertEquals("pc 1: line 99 outside the function's lines", problemAfter(mode, m -> m.lineinfo[1] = 99));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void loopsAndIteratorsMustPair(Mode mode) {
        Proto loops = DumpReader.read(bytes(GOLDEN.resolve("loops." + tag(mode) + ".ljbc")), "=t", mode,
                new MapInterner());
        int fori = find(loops, Op.FORI);
        loops.bc[fori] = Op.ad(Op.FORI, Op.a(loops.bc[fori]) + 1, Op.d(loops.bc[fori]));
        assertEquals("pc " + fori + ": bad FORI", ProtoVerifier.problem(loops, mode));

        Proto iter = DumpReader.read(bytes(GOLDEN.resolve("loops." + tag(mode) + ".ljbc")), "=t", mode,
                new MapInterner());
        int itern = find(iter, Op.ITERN);
        iter.bc[itern + 1] = Op.ad(Op.JMP, 0, Op.JUMP_BIAS);
        assertEquals("pc " + itern + ": bad ITERN", ProtoVerifier.problem(iter, mode));

        Proto next = DumpReader.read(bytes(GOLDEN.resolve("loops." + tag(mode) + ".ljbc")), "=t", mode,
                new MapInterner());
        int target = find(next, Op.ITERN);
        next.bc[target] = next.bc[target] & ~0xff | Op.ITERC.ordinal();
        assertEquals("pc " + find(next, Op.ISNEXT) + ": bad ISNEXT", ProtoVerifier.problem(next, mode));
    }
}
