package org.jresty.compiler;

/** Token codes as LuaJIT's lexer numbers them: single characters are their byte, the rest follow TK_OFS. */
final class Token {
    private Token() {
    }

    static final int OFS = 256;
    static final int AND = 257, BREAK = 258, DO = 259, ELSE = 260, ELSEIF = 261, END = 262, FALSE = 263,
            FOR = 264, FUNCTION = 265, GOTO = 266, IF = 267, IN = 268, LOCAL = 269, NIL = 270, NOT = 271,
            OR = 272, REPEAT = 273, RETURN = 274, THEN = 275, TRUE = 276, UNTIL = 277, WHILE = 278,
            CONCAT = 279, DOTS = 280, EQ = 281, GE = 282, LE = 283, NE = 284, LABEL = 285, NUMBER = 286,
            NAME = 287, STRING = 288, EOF = 289;

    /** Number of reserved words (and .. while). */
    static final int RESERVED = 22;

    static final String[] NAMES = {
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
        "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
        "..", "...", "==", ">=", "<=", "~=", "::", "<number>", "<name>", "<string>", "<eof>"
    };
}
