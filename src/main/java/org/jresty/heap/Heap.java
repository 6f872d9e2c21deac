package org.jresty.heap;

import org.jresty.Mode;

/** The Lua heap of one VM: accounting per mode layout, limits, statistics, collector. The heap helper owns this file. */
public final class Heap {
    public final Mode mode;

    public Heap(Mode mode) {
        this.mode = mode;
    }
}
