package org.jresty.cli;

import java.util.List;
import java.util.Map;
import org.jresty.Mode;

/** Makes {@link LuaHost}s on the real VM and the -b backend on the compiler and bytecode packages. */
final class VmHosts implements Frontend.HostFactory {
    static final VmHosts FACTORY = new VmHosts();

    @Override
    public LuaHost create(Mode mode, Frontend.Console console, Map<String, String> env, boolean noEnv,
                          List<String> includeDirs) {
        return new VmHost(mode, console, env, noEnv, includeDirs);
    }

    @Override
    public BcSave.Backend bytecode(Mode mode) {
        return new ProtoTools(mode);
    }
}
