package org.jresty.cli;

/** Entry point of the jresty command (placeholder until the command line lands). */
public final class Main {
    public static void main(String[] args) {
        System.out.println("jresty 0.1.0 -- a LuaJIT 2.1 compatible runtime for the JVM");
    }
}
