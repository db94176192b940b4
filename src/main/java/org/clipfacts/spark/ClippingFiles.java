package org.clipfacts.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The clipping files named by {@code --input}: comma-separated files, directories (read recursively) and
 * globs on any Hadoop file system. Hidden names ({@code .x}, {@code _x}: checksums, {@code _SUCCESS},
 * {@code _temporary}) are skipped, as Hadoop's own inputs skip them.
 */
final class ClippingFiles {
    private ClippingFiles() {
    }

    static List<String> list(String input, Configuration configuration) throws IOException {
        List<String> files = new ArrayList<>();
        for (String pattern : input.split(",")) {
            Path path = new Path(pattern.strip());
            FileSystem fileSystem = path.getFileSystem(configuration);
            FileStatus[] matches = fileSystem.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new IOException(pattern + ": no such file or directory");
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    addVisibleFiles(fileSystem, match.getPath(), files);
                } else if (!hidden(match.getPath().getName())) {
                    files.add(match.getPath().toString());
                }
            }
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private static void addVisibleFiles(FileSystem fileSystem, Path directory, List<String> files) throws IOException {
        int depth = directory.depth();
        RemoteIterator<LocatedFileStatus> found = fileSystem.listFiles(directory, true);
        while (found.hasNext()) {
            Path file = found.next().getPath();
            if (!hiddenBelow(file, depth)) {
                files.add(file.toString());
            }
        }
    }

    /** Whether the file, or a directory between it and the listed one, has a hidden name. */
    private static boolean hiddenBelow(Path file, int depth) {
        for (Path step = file; step != null && step.depth() > depth; step = step.getParent()) {
            if (hidden(step.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }
}
