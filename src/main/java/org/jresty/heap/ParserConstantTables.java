package org.jresty.heap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jresty.bytecode.Proto;
import org.jresty.runtime.LuaString;

/**
 * How many keys LuaJIT's parser leaves in each function's constant table (fs->kt), which is garbage after the
 * parse but counted until the next collection. Besides the constants, the lexer anchors there every string it
 * scans (lj_parse_keepstr: names, reserved words, string literals) while that function is being parsed. A
 * token is scanned one ahead: the tokens after a function's '(' up to its closing 'end' belong to it.
 *
 * <p>This re-scans the source (cheap next to compiling it) and gives, per function in pre-order (the order of
 * {@link #preorder}), the keys; the heap inserts them into a real table to get LuaJIT's final sizes.
 */
final class ParserConstantTables {
    private ParserConstantTables() {
    }

    /** Prototypes in pre-order: a function, then its children in constant order. */
    static List<Proto> preorder(Proto root) {
        List<Proto> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Proto p, List<Proto> out) {
        out.add(p);
        for (Object k : p.kgc) {
            if (k instanceof Proto child) {
                collect(child, out);
            }
        }
    }

    /**
     * The keys each function's constant table receives, in pre-order, or null when the scan does not match the
     * tree: the scanned strings (one distinct object per text), then the number constants (integral ones may end
     * in the table's array part, as in LuaJIT), then the other GC constants (child prototypes, templates).
     */
    static List<List<Object>> keys(byte[] src, Proto root) {
        List<Set<String>> scopes = scanStrings(src);
        List<Proto> protos = preorder(root);
        if (scopes == null || scopes.size() != protos.size()) {
            return null;
        }
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < protos.size(); i++) {
            Proto p = protos.get(i);
            Set<String> strings = new LinkedHashSet<>(scopes.get(i));
            List<Object> others = new ArrayList<>();
            for (Object k : p.kgc) {
                if (k instanceof LuaString s) {
                    strings.add(s.toString());
                } else {
                    others.add(k);
                }
            }
            List<Object> keys = new ArrayList<>();
            for (String s : strings) {
                keys.add(new Object()); // a distinct key per distinct text
            }
            for (double n : p.knum) {
                keys.add(n);
            }
            keys.addAll(others);
            out.add(keys);
        }
        return out;
    }

    /** The strings the lexer scans while each function is current, functions in pre-order. */
    static List<Set<String>> scanStrings(byte[] src) {
        List<Set<String>> all = new ArrayList<>();
        ArrayList<Set<String>> stack = new ArrayList<>();
        ArrayList<Integer> depthAtOpen = new ArrayList<>();
        Set<String> main = new LinkedHashSet<>();
        all.add(main);
        stack.add(main);
        depthAtOpen.add(-1);
        int depth = 0;
        boolean pendingFunction = false;
        boolean pendingMethod = false;
        Lex lex = new Lex(src);
        String tok;
        while ((tok = lex.next()) != null) {
            Set<String> cur = stack.get(stack.size() - 1);
            if (lex.isString) {
                cur.add(tok);
                continue;
            }
            if (lex.isName) {
                cur.add(tok);
                switch (tok) {
                    case "function" -> {
                        pendingFunction = true;
                        pendingMethod = false;
                    }
                    case "do", "if", "repeat" -> depth++;
                    case "end", "until" -> {
                        depth--;
                        if (depth == depthAtOpen.get(depthAtOpen.size() - 1)) {
                            stack.remove(stack.size() - 1);
                            depthAtOpen.remove(depthAtOpen.size() - 1);
                        }
                    }
                    default -> {
                    }
                }
                continue;
            }
            if (pendingFunction && tok.equals(":")) {
                pendingMethod = true;
            } else if (pendingFunction && tok.equals("(")) {
                pendingFunction = false;
                Set<String> child = new LinkedHashSet<>();
                if (pendingMethod) {
                    child.add("self");
                }
                all.add(child);
                stack.add(child);
                depthAtOpen.add(depth);
                depth++;
            }
        }
        return stack.size() == 1 ? all : null;
    }

    /** A small Lua lexer: yields names, decoded string literals and operator texts; skips numbers and comments. */
    private static final class Lex {
        private final byte[] s;
        private int i;
        boolean isName;
        boolean isString;

        Lex(byte[] s) {
            this.s = s;
            if (s.length > 0 && s[0] == '#') { // shebang line
                while (i < s.length && s[i] != '\n') {
                    i++;
                }
            }
        }

        private int at(int k) {
            return k < s.length ? s[k] & 0xff : -1;
        }

        private static boolean identStart(int c) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
        }

        private static boolean identPart(int c) {
            return identStart(c) || (c >= '0' && c <= '9');
        }

        String next() {
            isName = false;
            isString = false;
            while (i < s.length) {
                int c = at(i);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0b) {
                    i++;
                } else if (c == '-' && at(i + 1) == '-') {
                    i += 2;
                    int level = level(i);
                    if (level >= 0) {
                        longString(level);
                    } else {
                        while (i < s.length && s[i] != '\n') {
                            i++;
                        }
                    }
                } else if (identStart(c)) {
                    int start = i;
                    while (i < s.length && identPart(at(i))) {
                        i++;
                    }
                    isName = true;
                    return new String(s, start, i - start, StandardCharsets.ISO_8859_1);
                } else if ((c >= '0' && c <= '9') || (c == '.' && at(i + 1) >= '0' && at(i + 1) <= '9')) {
                    skipNumber();
                } else if (c == '"' || c == '\'') {
                    isString = true;
                    return quoted(c);
                } else if (c == '[' && level(i) >= 0) {
                    isString = true;
                    return longString(level(i));
                } else {
                    i++;
                    return String.valueOf((char) c);
                }
            }
            return null;
        }

        private void skipNumber() {
            while (i < s.length) {
                int c = at(i);
                if ((c == 'e' || c == 'E' || c == 'p' || c == 'P') && (at(i + 1) == '+' || at(i + 1) == '-')) {
                    i += 2;
                } else if (identPart(c) || c == '.') {
                    i++;
                } else {
                    break;
                }
            }
        }

        /** A long bracket opening at k ('[', n times '=', '['): n; otherwise -1. */
        private int level(int k) {
            if (at(k) != '[') {
                return -1;
            }
            int n = 0;
            while (at(k + 1 + n) == '=') {
                n++;
            }
            return at(k + 1 + n) == '[' ? n : -1;
        }

        /** Reads the long string whose bracket opens at i; returns its text (a first newline is dropped). */
        private String longString(int level) {
            i += level + 2;
            if (at(i) == '\r' || at(i) == '\n') {
                int c = at(i++);
                if ((at(i) == '\r' || at(i) == '\n') && at(i) != c) {
                    i++;
                }
            }
            int start = i;
            while (i < s.length) {
                if (at(i) == ']') {
                    int n = 0;
                    while (at(i + 1 + n) == '=') {
                        n++;
                    }
                    if (n == level && at(i + 1 + n) == ']') {
                        String text = new String(s, start, i - start, StandardCharsets.ISO_8859_1);
                        i += n + 2;
                        return text;
                    }
                }
                i++;
            }
            return new String(s, start, s.length - start, StandardCharsets.ISO_8859_1);
        }

        private String quoted(int quote) {
            StringBuilder b = new StringBuilder();
            i++;
            while (i < s.length) {
                int c = at(i++);
                if (c == quote || c == '\n') {
                    break;
                }
                if (c != '\\') {
                    b.append((char) c);
                    continue;
                }
                int e = at(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'a' -> b.append('\007');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'v' -> b.append('\013');
                    case 'x' -> {
                        b.append((char) Integer.parseInt(new String(s, i, Math.min(2, s.length - i),
                                StandardCharsets.ISO_8859_1), 16));
                        i += 2;
                    }
                    case 'z' -> {
                        while (i < s.length && Character.isWhitespace(at(i))) {
                            i++;
                        }
                    }
                    case '\r', '\n' -> {
                        b.append('\n');
                        if ((at(i) == '\r' || at(i) == '\n') && at(i) != e) {
                            i++;
                        }
                    }
                    default -> {
                        if (e >= '0' && e <= '9') {
                            int v = e - '0';
                            for (int n = 0; n < 2 && at(i) >= '0' && at(i) <= '9'; n++) {
                                v = v * 10 + at(i++) - '0';
                            }
                            b.append((char) (v & 0xff));
                        } else if (e == 'u' && at(i) == '{') {
                            int close = i;
                            while (close < s.length && at(close) != '}') {
                                close++;
                            }
                            int cp = Integer.parseInt(new String(s, i + 1, close - i - 1,
                                    StandardCharsets.ISO_8859_1), 16);
                            i = close + 1;
                            byte[] utf8 = new String(Character.toChars(cp)).getBytes(
                                    StandardCharsets.UTF_8);
                            for (byte x : utf8) {
                                b.append((char) (x & 0xff));
                            }
                        } else {
                            b.append((char) e);
                        }
                    }
                }
            }
            return b.toString();
        }
    }
}
