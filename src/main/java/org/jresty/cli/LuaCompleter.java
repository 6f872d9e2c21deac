package org.jresty.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion for the REPL: the identifier chain before the cursor ({@code str}, {@code string.fo},
 * {@code obj:me}) is resolved through the globals with raw reads, and the keys of the last table are offered.
 * {@code a:b} also offers the keys of a's metatable's __index table (string methods on strings).
 */
final class LuaCompleter implements Completer {
    private static final Pattern CHAIN = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*(?:[.:][A-Za-z_][A-Za-z0-9_]*)*)?([.:]?)([A-Za-z_][A-Za-z0-9_]*)?$");
    private final LuaHost host;

    LuaCompleter(LuaHost host) {
        this.host = host;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, line.wordCursor());
        for (String c : completions(host, word)) {
            candidates.add(new Candidate(c, c.substring(lastSeparator(c) + 1), null, null, null, null, true));
        }
    }

    /** Every full replacement of word (what was typed up to the cursor) that completes its last name. */
    static List<String> completions(LuaHost host, String word) {
        Matcher m = CHAIN.matcher(word);
        if (!m.find()) return List.of();
        String before = word.substring(0, m.start());
        String path = m.group(1) == null ? "" : m.group(1);
        String sep = m.group(2);
        String partial = m.group(3) == null ? "" : m.group(3);
        Object table;
        String prefix;
        if (sep.isEmpty()) {
            // "str" alone: path holds the whole chain; split off its last name
            int cut = lastSeparator(path);
            if (cut >= 0) {
                partial = path.substring(cut + 1);
                sep = path.substring(cut, cut + 1);
                path = path.substring(0, cut);
            } else {
                partial = path;
                path = "";
            }
        }
        if (path.isEmpty()) {
            if (!sep.isEmpty()) return List.of();
            table = host.getGlobal("_G");
            prefix = before;
        } else {
            table = resolve(host, path);
            prefix = before + path + sep;
        }
        if (table == null) return List.of();
        java.util.TreeSet<String> names = new java.util.TreeSet<>(host.stringKeys(table));
        if (sep.equals(":")) {
            Object mt = host.getMetatable(table);
            if (mt != null) names.addAll(host.stringKeys(host.rawField(mt, "__index")));
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String n : names) {
            if (n.startsWith(partial) && n.matches("[A-Za-z_][A-Za-z0-9_]*")) out.add(prefix + n);
        }
        return out;
    }

    private static Object resolve(LuaHost host, String path) {
        Object t = host.getGlobal("_G");
        for (String name : path.split("[.:]")) {
            if (t == null) return null;
            t = host.rawField(t, name);
        }
        return t;
    }

    private static int lastSeparator(String s) {
        return Math.max(s.lastIndexOf('.'), s.lastIndexOf(':'));
    }
}
