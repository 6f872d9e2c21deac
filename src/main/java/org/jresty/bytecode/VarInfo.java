package org.jresty.bytecode;

/**
 * Debug info for one local variable: its name and the pc range where it is live (startpc inclusive, endpc
 * exclusive, in instruction indexes of the prototype, the FUNCF header being index 0). Internal variables keep
 * LuaJIT's names ("(for index)", "(for limit)", "(for step)", "(for generator)", "(for state)",
 * "(for control)"), which dumps store as the codes 1..6.
 */
public record VarInfo(String name, int startpc, int endpc) {
}
