package org.clipfacts.output;

import java.io.IOException;

/** Writing output failed part way (a full disk, an I/O error): what was written is incomplete. */
public class OutputFailedException extends IOException {
    private final String target;
    private final String reason;

    private OutputFailedException(String target, String reason, IOException cause) {
        super(target + ": cannot write: " + reason, cause);
        this.target = target;
        this.reason = reason;
    }

    public String target() {
        return target;
    }

    /** What went wrong, in words ("No space left on device"), without the target's name. */
    public String reason() {
        return reason;
    }

    /** The failure of a write to {@code target}, in the operating system's words rather than Java's class names. */
    public static OutputFailedException of(String target, IOException cause) {
        return new OutputFailedException(target, describe(cause), cause);
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
