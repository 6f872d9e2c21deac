package org.jresty.cli;

import org.jresty.Mode;
import org.jresty.bytecode.DumpReader;
import org.jresty.bytecode.DumpWriter;
import org.jresty.bytecode.Listing;
import org.jresty.bytecode.Proto;
import org.jresty.compiler.Compiler;
import org.jresty.runtime.MapInterner;

/** The -b steps on the compiler and bytecode packages, without a VM (strings interned in a MapInterner). */
final class ProtoTools implements BcSave.Backend {
    private final Mode mode;
    private final MapInterner interner = new MapInterner();

    ProtoTools(Mode mode) {
        this.mode = mode;
    }

    @Override
    public Object load(byte[] chunk, String chunkname) {
        if (chunk.length > 0 && chunk[0] == 0x1b) return DumpReader.read(chunk, chunkname, mode, interner);
        return Compiler.compile(chunk, chunkname, mode, interner);
    }

    @Override
    public String list(Object proto) {
        return Listing.list((Proto) proto);
    }

    @Override
    public byte[] dump(Object proto, boolean strip, boolean deterministic) {
        return DumpWriter.write((Proto) proto, mode, strip, deterministic);
    }
}
