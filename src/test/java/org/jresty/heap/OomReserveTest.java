package org.jresty.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jresty.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Java heap kept back for out-of-memory recovery: spent when a JVM OutOfMemoryError becomes the Lua error, and
 * taken again by the next finished collection cycle even when the recovery right after the error could not.
 */
class OomReserveTest {
    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFinishedCycleTakesTheSpentReserveAgain(Mode mode) {
        Heap h = new Heap(mode);
        h.setRoots(new TestRoots());
        assertEquals("not enough memory", h.outOfMemory(new OutOfMemoryError()).getMessage());
        assertFalse(Heap.holdsOomReserve());
        h.fullGc();
        assertTrue(Heap.holdsOomReserve());
    }
}
