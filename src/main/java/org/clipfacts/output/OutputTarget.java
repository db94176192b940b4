package org.clipfacts.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a file may be written, and how: only a regular file or a new path in a directory one may write. A
 * file is written beside its target and moved into place, so a device, FIFO or directory given as target
 * would be replaced, not written: such targets are refused before any work is done.
 *
 * <p>Permissions are those a shell's {@code >} meets, with one addition: a file or directory that grants
 * nobody write permission (mode 0444, 0555) is refused even for root, whom the system would let replace it.
 * A new file gets the mode the umask gives; a replaced file keeps its mode, owner and group.
 */
public final class OutputTarget {
    private static final Set<PosixFilePermission> WRITE_BITS =
            EnumSet.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private OutputTarget() {
    }

    /** Throws, with the reason in words, unless {@code target} can be written as a file. */
    public static void check(Path target) throws UnusableTargetException {
        String name = target.toString();
        if (Files.isDirectory(target)) {
            throw new UnusableTargetException(name, "is a directory, not a file");
        }
        if (Files.exists(target)) {
            if (!Files.isRegularFile(target)) {
                throw new UnusableTargetException(name, "not a regular file (a device, FIFO or socket): refusing to replace it");
            }
            if (!mayWrite(target)) {
                throw new UnusableTargetException(name, "permission denied: the file is read-only");
            }
        } else if (Files.isSymbolicLink(target)) {
            throw new UnusableTargetException(name, "a symbolic link to a file that does not exist");
        }
        Path directory = directoryOf(target);
        if (!Files.isDirectory(directory)) {
            throw new UnusableTargetException(name, Files.exists(directory)
                    ? directory + " is not a directory" : "no such directory: " + directory);
        }
        if (!mayWrite(directory)) {
            throw new UnusableTargetException(name, "permission denied: cannot create files in " + directory);
        }
    }

    /** Throws unless {@code directory} is, or can be created as, a directory to write files in. */
    public static void checkDirectory(Path directory) throws UnusableTargetException {
        String name = directory.toString();
        Path existing = directory.toAbsolutePath();
        while (!Files.exists(existing)) {
            if (Files.isSymbolicLink(existing)) {
                throw new UnusableTargetException(name, "a symbolic link to a directory that does not exist: " + existing);
            }
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            throw new UnusableTargetException(name, existing.equals(directory.toAbsolutePath())
                    ? "not a directory" : existing + " is not a directory");
        }
        if (!mayWrite(existing)) {
            throw new UnusableTargetException(name, "permission denied: cannot create files in " + existing);
        }
    }

    /**
     * A new, empty file beside {@code target} (with links followed), to be moved onto it with
     * {@link #moveIntoPlace}: the umask's mode for a new target, the target's mode, owner and group for an
     * existing one.
     */
    public static Path createPartFile(Path target, String prefix) throws IOException {
        Path directory = directoryOf(target);
        while (true) {
            Path part = directory.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                // No attributes given: the system's default mode (0666) less the umask, as a shell's > gives.
                try (OutputStream created = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    // created empty
                }
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            try {
                keepAttributes(target, part);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            return part;
        }
    }

    /** Replaces {@code target} (the file a link points to, when it is one) with {@code part} in one step. */
    public static void moveIntoPlace(Path part, Path target) throws IOException {
        Path destination = Files.exists(target) ? target.toRealPath() : target;
        try {
            Files.move(part, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The directory a file is written in: a link's own target's, so the link stays and its file is replaced. */
    private static Path directoryOf(Path target) {
        Path resolved = target;
        try {
            if (Files.exists(target)) {
                resolved = target.toRealPath();
            }
        } catch (IOException vanished) {
            // as if it were new
        }
        Path parent = resolved.toAbsolutePath().getParent();
        return parent == null ? resolved.toAbsolutePath().getRoot() : parent;
    }

    private static void keepAttributes(Path target, Path part) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        PosixFileAttributeView targetView = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView partView = Files.getFileAttributeView(part, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (targetView == null || partView == null) {
            return;
        }
        PosixFileAttributes wanted = targetView.readAttributes();
        PosixFileAttributes created = partView.readAttributes();
        try {
            if (!wanted.owner().equals(created.owner())) {
                partView.setOwner(wanted.owner());
            }
            if (!wanted.group().equals(created.group())) {
                partView.setGroup(wanted.group());
            }
        } catch (IOException notPermitted) {
            throw new UnusableTargetException(target.toString(), "owned by " + wanted.owner().getName() + ":" + wanted.group().getName()
                    + ", which a replacement written by this user could not keep");
        }
        partView.setPermissions(wanted.permissions());
    }

    /** What the system would allow, and never a file or directory that denies writing to everyone. */
    private static boolean mayWrite(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.stream().anyMatch(WRITE_BITS::contains);
        } catch (UnsupportedOperationException | IOException notPosix) {
            return true;
        }
    }
}
