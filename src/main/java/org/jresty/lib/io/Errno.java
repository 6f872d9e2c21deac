package org.jresty.lib.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** C errno values and glibc's strerror texts for the failures the io and os libraries report. */
public final class Errno {
    public static final int EPERM = 1, ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EBUSY = 16, EEXIST = 17,
            EXDEV = 18, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOSPC = 28, ESPIPE = 29,
            EROFS = 30, EPIPE = 32, ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40;

    private static final String[][] TEXTS = {
        {"1", "Operation not permitted"}, {"2", "No such file or directory"}, {"5", "Input/output error"},
        {"9", "Bad file descriptor"}, {"13", "Permission denied"}, {"16", "Device or resource busy"},
        {"17", "File exists"}, {"18", "Invalid cross-device link"}, {"20", "Not a directory"},
        {"21", "Is a directory"}, {"22", "Invalid argument"}, {"24", "Too many open files"},
        {"28", "No space left on device"}, {"29", "Illegal seek"}, {"30", "Read-only file system"},
        {"32", "Broken pipe"}, {"36", "File name too long"}, {"39", "Directory not empty"},
        {"40", "Too many levels of symbolic links"},
    };

    private Errno() {
    }

    /** strerror(errno). */
    public static String text(int errno) {
        for (String[] t : TEXTS) if (Integer.parseInt(t[0]) == errno) return t[1];
        return "Unknown error " + errno;
    }

    /** The errno whose strerror text is exactly this (Java reports the C reason text), or EIO. */
    static int fromText(String reason) {
        if (reason != null) {
            for (String[] t : TEXTS) if (reason.equals(t[1])) return Integer.parseInt(t[0]);
        }
        return EIO;
    }

    /** The errno a failed Java file operation stands for. */
    public static int of(IOException e) {
        if (e instanceof ErrnoException ee) return ee.errno;
        if (e instanceof NoSuchFileException) return ENOENT;
        if (e instanceof AccessDeniedException) return EACCES;
        if (e instanceof FileAlreadyExistsException) return EEXIST;
        if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        if (e instanceof NotDirectoryException) return ENOTDIR;
        if (e instanceof FileSystemException fse) return fromText(fse.getReason());
        String m = e.getMessage();
        if (m != null) {
            for (String[] t : TEXTS) if (m.contains(t[1])) return Integer.parseInt(t[0]);
            if (m.contains("Stream closed") || m.contains("Broken pipe")) return EPIPE;
        }
        return EIO;
    }

    /** An IOException that carries its errno (raised by our own stream emulation). */
    public static final class ErrnoException extends IOException {
        public final int errno;

        public ErrnoException(int errno) {
            super(text(errno), null);
            this.errno = errno;
        }
    }
}
