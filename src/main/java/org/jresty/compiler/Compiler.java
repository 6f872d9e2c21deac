package org.jresty.compiler;

import java.nio.charset.StandardCharsets;

import org.jresty.Mode;
import org.jresty.bytecode.CDataConst;
import org.jresty.bytecode.Proto;
import org.jresty.bytecode.TemplateTable;
import org.jresty.runtime.Interner;
import org.jresty.runtime.LuaString;

/** Compiles Lua source to LuaJIT 2.1 bytecode, instruction for instruction what lj_parse.c emits. */
public final class Compiler {
    private Compiler() {
    }

    /**
     * Compiles a chunk. chunkname follows Lua: "@file.lua" for files, "=stdin" for special names, else the
     * source itself. Returns the main chunk's prototype (children are reachable through kgc).
     *
     * <p>A source starting with the bytecode signature (ESC) is a dump: loaders check {@link #isBytecode} first
     * and use the dump reader. Given one anyway, this throws LuaJIT's "cannot load malformed bytecode" (the exact
     * error LuaJIT gives for a dump behind a BOM or '#' line).
     *
     * @throws LuaSyntaxError with LuaJIT's message text
     */
    public static Proto compile(byte[] source, String chunkname, Mode mode, Interner interner) {
        return compile(source, chunkname, mode, interner, null);
    }

    /**
     * Receives, for each prototype as it is finished (children first), the final size of that function's
     * constant-lookup table: LuaJIT's fs->kt, a GCtab that holds every identifier, keyword and string token
     * scanned while the function was being parsed, its number constants and its GC constants. It is garbage
     * once the parse is done but counted by collectgarbage("count") until the next collection.
     */
    public interface ConstantTableListener {
        /** arraySize = asize (array slots), hashBits = log2 of the node count (0: no hash part). */
        void constantTable(Proto proto, int arraySize, int hashBits);

        /**
         * The allocation of a template table (TDUP constant) as LuaJIT's parser left it: the GCtab was created
         * with colocatedSlots array slots inside it (1..16, or 0), which stay allocated even after the array
         * grew into a separate block of separateSlots slots; the hash part has 2^hashBits nodes (0: none).
         * Called when the constructor is finished, before its function's prototype exists.
         */
        default void templateTable(TemplateTable table, int colocatedSlots, int separateSlots) {
        }

        /**
         * A 64-bit integer or imaginary literal was scanned: LuaJIT allocates its cdata object (and loads the
         * FFI library on the first one) right then, whether or not the literal ends up as a constant.
         */
        default void cdataLiteral(CDataConst literal) {
        }
    }

    /** As {@link #compile(byte[], String, Mode, Interner)}, also reporting each function's fs->kt size. */
    public static Proto compile(byte[] source, String chunkname, Mode mode, Interner interner,
            ConstantTableListener kt) {
        byte[] nameBytes = chunkBytes(chunkname);
        // messages are built over the name's bytes (one char per byte), like LuaJIT's C strings
        Lexer ls = new Lexer(source, new String(nameBytes, StandardCharsets.ISO_8859_1), interner);
        if (ls.setup()) {
            throw new LuaSyntaxError("cannot load malformed bytecode".getBytes(StandardCharsets.ISO_8859_1));
        }
        LuaString name = interner.intern(nameBytes);
        try {
            Parser p = new Parser(ls, mode, interner, name);
            if (kt != null) {
                p.ktListener = kt;
                ls.keeper = p;
            }
            return p.parse();
        } catch (StackOverflowError e) {
            throw ls.error(0, "chunk has too many syntax levels");
        }
    }

    /** As {@link #compile(byte[], String, Mode, Interner)} with the chunk name as Lua bytes (load's argument). */
    public static Proto compile(byte[] source, LuaString chunkname, Mode mode, Interner interner) {
        return compile(source, chunkname.toString(), mode, interner);
    }

    /**
     * The chunk name's bytes: Latin-1 when every char fits a byte (callers holding raw bytes pass them as
     * Latin-1 chars), else UTF-8.
     */
    static byte[] chunkBytes(String chunkname) {
        for (int i = 0; i < chunkname.length(); i++) {
            if (chunkname.charAt(i) > 0xff) return chunkname.getBytes(StandardCharsets.UTF_8);
        }
        return chunkname.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** True when the chunk is a bytecode dump (it starts with ESC): LuaJIT then reads it as bytecode. */
    public static boolean isBytecode(byte[] source) {
        return source.length > 0 && source[0] == 0x1b;
    }
}
