package org.clipfacts.cli;

import org.clipfacts.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where {@code -o}, {@code check -o}, {@code --cache} and {@code --update-baseline} may write: a target that
 * cannot be written is refused in one line with status 2, before any clipping is read, and left as it was.
 * The runs read an empty clipping, so no model loads: each gives "[]" (and status 1) when the target is fine.
 */
class OutputTargetTest {
    @TempDir
    Path temp;

    private Path empty;

    @BeforeEach
    void writeEmptyClipping() throws IOException {
        empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
    }

    private CliRun extractTo(Path target) {
        return CliRun.of("extract", empty.toString(), "-o", target.toString());
    }

    private static void assertRefused(CliRun run, Path target, String reason) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of("clipfacts: Invalid value for option '--output': " + target + ": " + reason + " (see 'clipfacts "
                + "extract --help')"), run.err().lines().toList());
        assertEquals("", run.out());
    }

    private static void command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }

    @Test
    void aDeviceNodeOrFifoIsRefusedAndLeftAsItWas() throws IOException, InterruptedException {
        Path device = temp.resolve("full");
        command("mknod", device.toString(), "c", "1", "7");
        Path fifo = temp.resolve("fifo");
        command("mkfifo", fifo.toString());
        for (Path special : List.of(device, fifo)) {
            assertRefused(extractTo(special), special, "not a regular file (a device, FIFO or socket): refusing to replace it");
            assertTrue(Files.readAttributes(special, PosixFileAttributes.class).isOther(), special + " is still what it was");
        }
    }

    @Test
    void aDirectoryMissingDirectoryOrDanglingLinkIsRefused() throws IOException {
        assertRefused(extractTo(temp), temp, "is a directory, not a file");
        Path inMissing = temp.resolve("missing").resolve("facts.json");
        assertRefused(extractTo(inMissing), inMissing, "no such directory: " + temp.resolve("missing"));
        Path dangling = Files.createSymbolicLink(temp.resolve("link.json"), temp.resolve("nowhere.json"));
        assertRefused(extractTo(dangling), dangling, "a symbolic link to a file that does not exist");
    }

    @Test
    void aWriteProtectedFileOrDirectoryIsRefusedEvenForRoot() throws IOException {
        Path protectedFile = Files.writeString(temp.resolve("kept.json"), "precious");
        Files.setPosixFilePermissions(protectedFile, PosixFilePermissions.fromString("r--r--r--"));
        assertRefused(extractTo(protectedFile), protectedFile, "permission denied: the file is read-only");
        assertEquals("precious", Files.readString(protectedFile));

        Path readOnly = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path inReadOnly = readOnly.resolve("facts.json");
        assertRefused(extractTo(inReadOnly), inReadOnly, "permission denied: cannot create files in " + readOnly);
        assertTrue(Files.notExists(inReadOnly));
    }

    @Test
    void aNewFileGetsTheUmasksModeAndAnExistingOneKeepsItsModeAndOwner() throws IOException {
        Path probe = temp.resolve("probe");
        try (OutputStream created = Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW)) {
            // the mode this process gives a new file: 0666 less its umask
        }
        Path fresh = temp.resolve("fresh.json");
        assertEquals(1, extractTo(fresh).exitCode());
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(fresh));

        Path existing = Files.writeString(temp.resolve("existing.json"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        UserPrincipalLookupService users = temp.getFileSystem().getUserPrincipalLookupService();
        boolean root = System.getProperty("user.name").equals("root");
        if (root) {
            view.setOwner(users.lookupPrincipalByName("nobody"));
        }
        PosixFileAttributes before = view.readAttributes();
        CliRun run = extractTo(existing);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("[]", Files.readString(existing).strip());
        PosixFileAttributes after = view.readAttributes();
        assertEquals(PosixFilePermissions.toString(before.permissions()), PosixFilePermissions.toString(after.permissions()));
        assertEquals(before.owner(), after.owner());
        assertEquals(before.group(), after.group());
    }

    @Test
    void aLinkToAFileStaysALinkAndItsFileIsWritten() throws IOException {
        Path file = Files.writeString(temp.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(temp.resolve("link.json"), file);
        assertEquals(1, extractTo(link).exitCode());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("[]", Files.readString(file).strip());
    }

    @Test
    void aDashOrDevStdoutMeansStandardOutput() {
        for (String stdout : List.of("-", "/dev/stdout")) {
            CliRun run = CliRun.of("extract", empty.toString(), "-o", stdout);
            assertEquals(1, run.exitCode(), run.err());
            assertEquals("[]", run.out().strip());
        }
    }

    @Test
    void checkReportCacheAndBaselineAreRefusedAlike() throws IOException, InterruptedException {
        Path fifo = temp.resolve("fifo");
        command("mkfifo", fifo.toString());
        Path extracted = Files.writeString(temp.resolve("none.jsonl"), "");
        CliRun report = CliRun.of("check", "--extracted", extracted.toString(), "-o", fifo.toString());
        assertEquals(2, report.exitCode());
        assertEquals(List.of("clipfacts: Invalid value for option '--output': " + fifo
                + ": not a regular file (a device, FIFO or socket): refusing to replace it (see 'clipfacts check --help')"), report.err().lines().toList());

        Path notADirectory = Files.writeString(temp.resolve("cache"), "");
        for (String command : List.of("extract", "check")) {
            CliRun cache = CliRun.of(command, empty.toString(), "--cache", notADirectory.toString());
            assertEquals(2, cache.exitCode());
            assertEquals(List.of("clipfacts: Invalid value for option '--cache': " + notADirectory + ": not a directory (see 'clipfacts "
                    + command + " --help')"), cache.err().lines().toList());
        }

        Path baseline = Files.writeString(temp.resolve("baseline.jsonl"), "");
        Files.setPosixFilePermissions(baseline, PosixFilePermissions.fromString("r--r--r--"));
        CliRun update = CliRun.of("check", "--extracted", extracted.toString(), "--baseline", baseline.toString(), "--update-baseline");
        assertEquals(2, update.exitCode());
        assertEquals(List.of("clipfacts: --update-baseline: " + baseline + ": permission denied: the file is read-only (see 'clipfacts check --help')"),
                update.err().lines().toList());
        assertEquals("", Files.readString(baseline, StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(baseline, LinkOption.NOFOLLOW_LINKS));
    }
}
