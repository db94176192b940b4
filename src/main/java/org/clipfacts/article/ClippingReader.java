package org.clipfacts.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Reads a clipping's bytes into an {@link Article}: decoded, cleaned, with its metadata. */
public final class ClippingReader {
    public static final int DEFAULT_MAX_CHARS = 2_000_000;

    private final int maxChars;

    public ClippingReader(int maxChars) {
        this.maxChars = maxChars;
    }

    public Article read(String source, byte[] bytes) throws ClippingException {
        if (bytes.length == 0) {
            throw new ClippingException("empty file");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String content = decoded.text();
        if (content.isBlank()) {
            throw new ClippingException("empty file: no text");
        }
        int length = content.codePointCount(0, content.length());
        if (length > maxChars) {
            throw new ClippingException("too long: " + length + " characters, more than --max-chars " + maxChars);
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        Metadata metadata = MetadataReader.read(content);
        List<TextRange> metadataLines = Stream.of(metadata.publisherLine(), metadata.publishedLine()).filter(Objects::nonNull).toList();
        return new Article(source, sha256(bytes), content, Boilerplate.clean(content, metadataLines), metadata,
                warnings, new CodePoints(content));
    }

    /** Reads text that did not come from a file, as tests and other front ends have it. */
    public Article read(String source, String content) throws ClippingException {
        return read(source, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The hex SHA-256 of a clipping's bytes: its identity in output and in the cache. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
