package org.clipfacts.eval;

import java.nio.file.Path;

/** Clippings are paired with their answers and their extracted documents by file name, wherever they lie. */
public final class ClippingNames {
    private ClippingNames() {
    }

    public static String fileName(String source) {
        Path name = Path.of(source).getFileName();
        return name == null ? source : name.toString();
    }

    /** The file name without its extension: {@code 000.txt} and {@code 000.json} share the stem {@code 000}. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
