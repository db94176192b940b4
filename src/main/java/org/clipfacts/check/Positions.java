package org.clipfacts.check;

import org.clipfacts.article.ClippingException;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.input.Input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lines and columns for the offsets of findings, from each clipping read as extraction read it (decoded,
 * BOM dropped). A clipping that cannot be read again, or whose bytes are no longer those its facts were
 * extracted from (its sha256 differs), gets offsets only: a line computed from another text would mislead.
 */
public final class Positions {
    private final ClippingReader reader;
    private final Map<String, String> sha256BySource;
    private final Map<String, Optional<int[]>> lineStartsBySource = new HashMap<>();

    /** {@code sha256BySource}: for each clipping, the hash of the bytes its facts come from. */
    public Positions(ClippingReader reader, Map<String, String> sha256BySource) {
        this.reader = reader;
        this.sha256BySource = Map.copyOf(sha256BySource);
    }

    public List<Finding> locate(List<Finding> findings) {
        return findings.stream().map(finding -> finding.withLocations(finding.locations().stream().map(this::locate).toList())).toList();
    }

    private Location locate(Location location) {
        if (location.start() == null) {
            return location;
        }
        Optional<int[]> lineStarts = lineStartsBySource.computeIfAbsent(location.file(), this::lineStarts);
        if (lineStarts.isEmpty()) {
            return location;
        }
        int[] starts = lineStarts.get();
        int found = Arrays.binarySearch(starts, location.start());
        int line = found >= 0 ? found : -found - 2;
        return location.at(line + 1, location.start() - starts[line] + 1);
    }

    /** The code-point offset at which each line of the clipping starts. */
    private Optional<int[]> lineStarts(String source) {
        String expected = sha256BySource.get(source);
        if (expected == null || source.equals(Input.STDIN)) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(source);
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            if (!expected.equals(ClippingReader.sha256(bytes))) {
                return Optional.empty();
            }
            String content = reader.read(source, bytes).content();
            int[] starts = new int[16];
            int lines = 1;
            int offset = 0;
            for (int i = 0; i < content.length(); i = content.offsetByCodePoints(i, 1)) {
                offset++;
                if (content.charAt(i) == '\n') {
                    if (lines == starts.length) {
                        starts = Arrays.copyOf(starts, lines * 2);
                    }
                    starts[lines++] = offset;
                }
            }
            return Optional.of(Arrays.copyOf(starts, lines));
        } catch (IOException | InvalidPathException | ClippingException unreadable) {
            return Optional.empty();
        }
    }
}
