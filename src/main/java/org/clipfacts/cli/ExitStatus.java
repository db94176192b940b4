package org.clipfacts.cli;

/**
 * The exit statuses every command shares. Status 1 is each command's own "the result is not clean"
 * (an unreadable clipping, a finding, an F1 below --min); the others mean the same everywhere.
 */
final class ExitStatus {
    static final int OK = 0;
    static final int NOT_CLEAN = 1;
    /** A bad option or value, or an --output, --cache or --update-baseline target that cannot be written. */
    static final int USAGE = 2;
    /** Writing output failed part way: a full disk, an I/O error. */
    static final int OUTPUT_FAILED = 3;
    /** clipfacts itself failed: a bug. */
    static final int SOFTWARE = 4;
    /** What a shell reports for a command ended by SIGINT (128 + 2); the JVM exits so on Ctrl-C. */
    static final int INTERRUPTED = 130;
    /** What a shell reports for a command ended by SIGPIPE (128 + 13): `clipfacts extract dir | head -1`. */
    static final int BROKEN_PIPE = 141;

    /** The lines of each command's --help for the statuses they share (picocli wants constants). */
    static final String USAGE_LINE = "2:usage error: a bad option or value, or an --output, --cache or --update-baseline file that cannot be written "
            + "(a device, FIFO, directory or read-only file, a missing or read-only directory); nothing was read";
    static final String OUTPUT_LINE = "3:writing output failed (a full disk, an I/O error), named on stderr; a partial --output file is removed";
    static final String SOFTWARE_LINE = "4:clipfacts itself failed (a bug); --verbose shows where";
    static final String INTERRUPTED_LINE = "130:interrupted (Ctrl-C); --output and the cache are left as they were or complete";
    static final String BROKEN_PIPE_LINE = "141:standard output was closed by its reader (as `| head`), the run stopped quietly";

    private ExitStatus() {
    }
}
