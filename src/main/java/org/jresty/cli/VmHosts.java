package org.jresty.cli;

import java.util.List;
import java.util.Map;
import org.jresty.Mode;

/** Makes {@link LuaHost}s on the real VM and the -b backend on the compiler and bytecode packages. */
final class VmHosts implements Frontend.HostFactory {
    /** In-process: os.exit returns its status to the caller of {@link Frontend#run}. */
    static final VmHosts FACTORY = new VmHosts(false);
    /** The jresty process: os.exit flushes and ends the JVM at once, as C's exit does. */
    static final VmHosts PROCESS = new VmHosts(true);

    private final boolean exitsProcess;

    private VmHosts(boolean exitsProcess) {
        this.exitsProcess = exitsProcess;
    }

    @Override
    public LuaHost create(Mode mode, Frontend.Console console, Map<String, String> env, boolean noEnv,
                          List<String> includeDirs) {
        return new VmHost(mode, console, env, noEnv, includeDirs, exitsProcess);
    }

    @Override
    public BcSave.Backend bytecode(Mode mode) {
        return new ProtoTools(mode);
    }
}
