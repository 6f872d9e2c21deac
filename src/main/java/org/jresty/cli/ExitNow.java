package org.jresty.cli;

/** os.exit(status) reaching the command line: everything stops, output is flushed, the process exits with it. */
public final class ExitNow extends RuntimeException {
    public final int status;

    public ExitNow(int status) {
        super(null, null, false, false);
        this.status = status;
    }
}
