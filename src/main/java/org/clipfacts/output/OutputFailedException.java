package org.clipfacts.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Writing output failed part way (a full disk, an I/O error): what was written is incomplete. */
public class OutputFailedException extends OutputException {
    private OutputFailedException(String target, String reason, IOException cause) {
        super(target, reason, target + ": cannot write: " + reason, cause);
    }

    /** The failure of a write to {@code target}, in the operating system's words rather than Java's class names. */
    public static OutputFailedException of(String target, IOException cause) {
        return new OutputFailedException(target, describe(cause), cause);
    }

    private static String describe(IOException e) {
        if (!(e instanceof FileSystemException fileSystem)) {
            return e.getMessage() == null ? "input/output error" : e.getMessage();
        }
        String reason = fileSystem instanceof AccessDeniedException ? "permission denied"
                : fileSystem instanceof NoSuchFileException ? "no such file or directory"
                : fileSystem instanceof FileAlreadyExistsException ? "a file is in the way"
                : fileSystem instanceof NotDirectoryException ? "not a directory"
                : fileSystem.getReason() != null ? fileSystem.getReason() : "input/output error";
        return fileSystem.getFile() == null ? reason : reason + " (" + fileSystem.getFile() + ")";
    }
}
