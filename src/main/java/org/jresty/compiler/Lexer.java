package org.jresty.compiler;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jresty.bytecode.CDataConst;
import org.jresty.runtime.Interner;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.StrScan;

/**
 * The lexer of LuaJIT 2.1 (lj_lex.c rules): tokens, long strings and comments, escapes, numbers through
 * {@link StrScan}. It also keeps LuaJIT's token buffer, whose content error messages quote after "near".
 */
final class Lexer {
    private static final int EOFC = -1;
    private static final int MAX_LINE = 0x7fffff00;  // LJ_MAX_LINE = LJ_MAX_MEM32 - fits any real source

    private final byte[] src;
    private final int end;
    private int pos;
    /** Current character (LuaJIT's ls->c) or EOFC. */
    int c;
    int linenumber = 1;
    int lastline = 1;
    int tok;
    Object tokval;
    /** Value of a NUMBER token whose tokval is null (plain numbers are not boxed). */
    double tokNum;
    private double lookaheadNum;
    private double scanNum;
    private int lookahead = Token.EOF;
    private Object lookaheadval;
    /** Set once lookahead() has buffered a token. */
    private boolean hasLookahead;

    /** LuaJIT's ls->sb: the text of the token being (or last) scanned. */
    private byte[] sb = new byte[64];
    private int sbLen;
    /** When >= 0, the token buffer is the source bytes [sbSrc, sbSrc + sbLen) (filled only if a message needs it). */
    private int sbSrc = -1;
    private final StrScan numScan = StrScan.newScanner();

    final String chunkname;
    private final Interner interner;
    private final NameCache names;
    /** When set, told of every string and cdata the lexer anchors (LuaJIT's keepstr/keepcdata into fs->kt). */
    ParserBase keeper;
    /** Number of syntactic levels (LuaJIT's ls->level). */
    int level;

    Lexer(byte[] src, String chunkname, Interner interner) {
        this.src = src;
        this.end = src.length;
        this.chunkname = chunkname;
        this.interner = interner;
        this.names = new NameCache(interner);
    }

    /** Set by {@link #setup} when a BOM or '#' line was skipped. */
    boolean hadHeader;

    /** lj_lex_setup: BOM and '#' line skipping. Returns true if the source is a bytecode dump. */
    boolean setup() {
        nextChar();
        if (c == 0xef && pos + 2 <= end && (src[pos] & 0xff) == 0xbb && (src[pos + 1] & 0xff) == 0xbf) {
            pos += 2;
            nextChar();
            hadHeader = true;
        }
        if (c == '#') {
            do {
                nextChar();
                if (c == EOFC) return false;
            } while (c != '\n' && c != '\r');
            newline();
            hadHeader = true;
        }
        return c == 0x1b;
    }

    private int nextChar() {
        return c = pos < end ? src[pos++] & 0xff : EOFC;
    }

    private void save(int ch) {
        if (sbLen == sb.length) sb = Arrays.copyOf(sb, sbLen * 2);
        sb[sbLen++] = (byte) ch;
    }

    private int saveNext() {
        save(c);
        return nextChar();
    }

    private boolean isEol() {
        return c == '\n' || c == '\r';
    }

    private void newline() {
        int old = c;
        nextChar();
        if ((c == '\n' || c == '\r') && c != old) nextChar();
        if (++linenumber >= MAX_LINE) error(tok, "chunk has too many lines");
    }

    /** Identifier characters: letters, digits, '_' and every byte >= 0x80 (as lj_char.c). */
    private static final boolean[] IDENT = new boolean[256];

    static {
        for (int ch = 0; ch < 256; ch++) {
            IDENT[ch] = ch >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
                    || (ch >= '0' && ch <= '9') || ch == '_';
        }
    }

    static boolean isIdent(int ch) {
        return ch >= 0 && IDENT[ch];
    }

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isXDigit(int ch) {
        return isDigit(ch) || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f');
    }

    private static boolean isSpace(int ch) {
        return ch == ' ' || (ch >= 9 && ch <= 13);
    }

    // ---- public API ----

    void next() {
        lastline = linenumber;
        if (!hasLookahead) {
            tok = scan();
            tokval = scanval;
            tokNum = scanNum;
        } else {
            tok = lookahead;
            tokval = lookaheadval;
            tokNum = lookaheadNum;
            hasLookahead = false;
            lookahead = Token.EOF;
        }
    }

    int lookahead() {
        lookahead = scan();
        lookaheadval = scanval;
        lookaheadNum = scanNum;
        hasLookahead = true;
        return lookahead;
    }

    private Object scanval;

    // ---- scanner ----

    /** A number literal starting at source index start (the current char, or a '.' just before it). */
    private void number(int start) {
        int xp = 'e';
        int prev = c;
        if (c == '0' && (nextChar() | 0x20) == 'x') xp = 'p';
        while (isIdent(c) || c == '.' || ((c == '-' || c == '+') && (prev | 0x20) == xp)) {
            prev = c;
            nextChar();
        }
        sbSrc = start;
        sbLen = (c == EOFC ? pos : pos - 1) - start;
        StrScan r = numScan;
        r.fmt = r.scan(src, start, sbLen, StrScan.OPT_TONUM | StrScan.OPT_LL | StrScan.OPT_IMAG);
        switch (r.fmt) {
            case StrScan.NUM -> {
                scanval = null;
                scanNum = r.num;
            }
            case StrScan.IMAG -> keep(scanval = CDataConst.complex(0, r.num));
            case StrScan.I64 -> keep(scanval = CDataConst.int64(r.bits));
            case StrScan.U64 -> keep(scanval = CDataConst.uint64(r.bits));
            default -> error(Token.NUMBER, "malformed number");
        }
    }

    private void keep(Object o) {
        if (keeper != null) keeper.keep(o);
    }

    private int skipEq() {
        int count = 0;
        int s = c;
        while (saveNext() == '=' && count < 0x20000000) count++;
        return c == s ? count : -count - 1;
    }

    private void longString(boolean isString, int sep) {
        saveNext();
        if (isEol()) newline();
        for (;;) {
            switch (c) {
                case EOFC -> error(Token.EOF, isString ? "unfinished long string" : "unfinished long comment");
                case ']' -> {
                    if (skipEq() == sep) {
                        saveNext();
                        if (isString) {
                            keep(scanval = interner.intern(sb, 2 + sep, sbLen - 2 * (2 + sep)));
                        }
                        return;
                    }
                }
                case '\n', '\r' -> {
                    save('\n');
                    newline();
                    if (!isString) sbLen = 0;
                }
                default -> {
                    if (isString) {
                        saveNext();
                    } else {
                        nextChar();  // comments need no buffer (LuaJIT saves but the result is never used)
                    }
                }
            }
        }
    }

    private void string() {
        int delim = c;
        int start = pos - 1;
        for (int i = pos; i < end; i++) {  // fast path: no escapes, on one line
            int ch = src[i];
            if (ch == delim) {
                pos = i + 1;
                nextChar();
                sbSrc = start;
                sbLen = i + 1 - start;
                keep(scanval = names.get(src, start + 1, i - start - 1, NameCache.rawHash(src, start + 1, i - start - 1)));
                return;
            }
            if (ch == '\\' || ch == '\n' || ch == '\r') break;
        }
        saveNext();
        while (c != delim) {
            switch (c) {
                case EOFC -> error(Token.EOF, "unfinished string");
                case '\n', '\r' -> error(Token.STRING, "unfinished string");
                case '\\' -> escape();
                default -> saveNext();
            }
        }
        saveNext();
        keep(scanval = interner.intern(sb, 1, sbLen - 2));
    }

    private void escape() {
        int ch = nextChar();
        switch (ch) {
            case 'a' -> ch = 7;
            case 'b' -> ch = 8;
            case 'f' -> ch = 12;
            case 'n' -> ch = '\n';
            case 'r' -> ch = '\r';
            case 't' -> ch = '\t';
            case 'v' -> ch = 11;
            case 'x' -> {
                ch = (nextChar() & 15) << 4;
                if (!isDigit(c)) {
                    if (!isXDigit(c)) escError();
                    ch += 9 << 4;
                }
                ch += nextChar() & 15;
                if (!isDigit(c)) {
                    if (!isXDigit(c)) escError();
                    ch += 9;
                }
            }
            case 'u' -> {
                if (nextChar() != '{') escError();
                nextChar();
                ch = 0;
                do {
                    ch = (ch << 4) | (c & 15);
                    if (!isDigit(c)) {
                        if (!isXDigit(c)) escError();
                        ch += 9;
                    }
                    if (ch >= 0x110000) escError();
                } while (nextChar() != '}');
                if (ch < 0x800) {
                    if (ch >= 0x80) {
                        save(0xc0 | (ch >> 6));
                        ch = 0x80 | (ch & 0x3f);
                    }
                } else {
                    if (ch >= 0x10000) {
                        save(0xf0 | (ch >> 18));
                        save(0x80 | ((ch >> 12) & 0x3f));
                    } else {
                        if (ch >= 0xd800 && ch < 0xe000) escError();
                        save(0xe0 | (ch >> 12));
                    }
                    save(0x80 | ((ch >> 6) & 0x3f));
                    ch = 0x80 | (ch & 0x3f);
                }
            }
            case 'z' -> {
                nextChar();
                while (isSpace(c)) {
                    if (isEol()) newline(); else nextChar();
                }
                return;
            }
            case '\n', '\r' -> {
                save('\n');
                newline();
                return;
            }
            case '\\', '"', '\'' -> {
            }
            case EOFC -> {
                return;
            }
            default -> {
                if (!isDigit(ch)) escError();
                ch -= '0';
                if (isDigit(nextChar())) {
                    ch = ch * 10 + (c - '0');
                    if (isDigit(nextChar())) {
                        ch = ch * 10 + (c - '0');
                        if (ch > 255) escError();
                        nextChar();
                    }
                }
                save(ch);
                return;
            }
        }
        save(ch);
        nextChar();
    }

    private void escError() {
        error(Token.STRING, "invalid escape sequence");
    }

    private int scan() {
        sbLen = 0;
        sbSrc = -1;
        for (;;) {
            if (c >= 0 && IDENT[c]) {
                if (isDigit(c)) {
                    number(pos - 1);
                    return Token.NUMBER;
                }
                int start = pos - 1;
                int h = (byte) c;
                int i = pos;
                byte[] b = src;
                while (i < end) {
                    int ch = b[i] & 0xff;
                    if (!IDENT[ch]) break;
                    h = h * 31 + (byte) ch;
                    i++;
                }
                int len = i - start;
                pos = i;
                nextChar();
                sbSrc = start;  // LuaJIT's buffer holds the name (quoted by messages)
                sbLen = len;
                LuaString s = names.get(src, start, len, h);
                scanval = s;
                if (keeper != null) keeper.keep(s);
                int r = names.lastReserved;
                return r != 0 ? r : Token.NAME;
            }
            switch (c) {
                case '\n', '\r' -> newline();
                case ' ', '\t', 11, 12 -> {
                    int i = pos;  // skip a run of blanks in place
                    while (i < end && (src[i] == ' ' || src[i] == '\t')) i++;
                    pos = i;
                    nextChar();
                }
                case '-' -> {
                    nextChar();
                    if (c != '-') return '-';
                    nextChar();
                    if (c == '[') {
                        int sep = skipEq();
                        sbLen = 0;
                        if (sep >= 0) {
                            longString(false, sep);
                            sbLen = 0;
                            continue;
                        }
                    }
                    if (!isEol() && c != EOFC) {
                        int i = pos;  // the rest of a short comment, in place
                        while (i < end && src[i] != '\n' && src[i] != '\r') i++;
                        pos = i;
                        nextChar();
                    }
                }
                case '[' -> {
                    int sep = skipEq();
                    if (sep >= 0) {
                        longString(true, sep);
                        return Token.STRING;
                    } else if (sep == -1) {
                        return '[';
                    } else {
                        error(Token.STRING, "invalid long string delimiter");
                    }
                }
                case '=' -> {
                    nextChar();
                    if (c != '=') return '=';
                    nextChar();
                    return Token.EQ;
                }
                case '<' -> {
                    nextChar();
                    if (c != '=') return '<';
                    nextChar();
                    return Token.LE;
                }
                case '>' -> {
                    nextChar();
                    if (c != '=') return '>';
                    nextChar();
                    return Token.GE;
                }
                case '~' -> {
                    nextChar();
                    if (c != '=') return '~';
                    nextChar();
                    return Token.NE;
                }
                case ':' -> {
                    nextChar();
                    if (c != ':') return ':';
                    nextChar();
                    return Token.LABEL;
                }
                case '"', '\'' -> {
                    string();
                    return Token.STRING;
                }
                case '.' -> {
                    if (nextChar() == '.') {
                        nextChar();
                        if (c == '.') {
                            nextChar();
                            return Token.DOTS;
                        }
                        return Token.CONCAT;
                    } else if (!isDigit(c)) {
                        sbSrc = c == EOFC ? pos - 1 : pos - 2;  // LuaJIT saved the '.'
                        sbLen = 1;
                        return '.';
                    } else {
                        number(pos - 2);
                        return Token.NUMBER;
                    }
                }
                case EOFC -> {
                    return Token.EOF;
                }
                default -> {
                    int ch = c;
                    nextChar();
                    return ch;
                }
            }
        }
    }

    // ---- errors ----

    static String token2str(int t) {
        if (t > Token.OFS) return Token.NAMES[t - Token.OFS - 1];
        if (t < 32 || t == 127) return "char(" + t + ")";
        return String.valueOf((char) t);
    }

    /** lj_lex_error: tok 0 = no "near" part. */
    LuaSyntaxError error(int t, String msg) {
        String near = null;
        if (t == Token.NAME || t == Token.STRING || t == Token.NUMBER) {
            if (sbSrc >= 0) {
                if (sb.length < sbLen) sb = new byte[sbLen];
                System.arraycopy(src, sbSrc, sb, 0, sbLen);
                sbSrc = -1;
            }
            int n = 0;
            while (n < sbLen && sb[n] != 0) n++;  // a C string
            near = new String(sb, 0, n, StandardCharsets.ISO_8859_1);
        } else if (t != 0) {
            near = token2str(t);
        }
        throw errorAt(linenumber, msg, near);
    }

    LuaSyntaxError errorAt(int line, String msg, String near) {
        String m = ChunkName.shortSrc(chunkname) + ":" + line + ": " + msg;
        if (near != null) m = m + " near '" + near + "'";
        throw new LuaSyntaxError(m.getBytes(StandardCharsets.ISO_8859_1));
    }

    LuaString intern(String s) {
        return interner.intern(s);
    }
}
