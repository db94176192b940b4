package org.clipfacts.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a clipping's bytes into text: UTF-8 (BOM dropped), UTF-16 with a BOM, else windows-1252 with a
 * warning. Binary files are refused rather than decoded into noise.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;

    record Decoded(String text, List<String> warnings) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws ClippingException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8(bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), List.of());
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), List.of());
        }
        if (looksBinary(bytes)) {
            throw new ClippingException("binary file, not text");
        }
        return decodeUtf8(bytes, 0);
    }

    private static Decoded decodeUtf8(byte[] bytes, int offset) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, List.of());
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252),
                    List.of("not valid UTF-8: decoded as windows-1252"));
        }
    }

    /** NUL bytes or many control characters in the first block mean a file is not text. */
    private static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return length > 0 && control * 10 > length;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
