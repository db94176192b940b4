package org.clipfacts.nlp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32C;

/** Writes a binary model: numbers in bulk, big-endian, and at the end the CRC32C of all bytes written. */
final class ModelOutput {
    private final FileChannel channel;
    private final ByteBuffer buffer;
    private final CRC32C crc = new CRC32C();

    ModelOutput(FileChannel channel, int bufferSize) {
        this.channel = channel;
        this.buffer = ByteBuffer.allocateDirect(bufferSize);
    }

    void writeInt(int value) throws IOException {
        room(Integer.BYTES).putInt(value);
    }

    void writeLong(long value) throws IOException {
        room(Long.BYTES).putLong(value);
    }

    void writeString(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeArray(bytes.length, 1, (target, from, count) -> target.put(bytes, from, count));
    }

    void writeStrings(List<String> values) throws IOException {
        writeInt(values.size());
        for (String value : values) {
            writeString(value);
        }
    }

    void writeInts(List<Integer> values) throws IOException {
        writeInt(values.size());
        for (int value : values) {
            writeInt(value);
        }
    }

    void writeFloats(float[] values) throws IOException {
        writeArray(values.length, Float.BYTES, (target, from, count) -> target.asFloatBuffer().put(values, from, count));
    }

    void writeDoubles(double[] values) throws IOException {
        writeArray(values.length, Double.BYTES, (target, from, count) -> target.asDoubleBuffer().put(values, from, count));
    }

    void writeFloatRows(float[][] rows) throws IOException {
        writeInt(rows.length);
        for (float[] row : rows) {
            writeFloats(row);
        }
    }

    void writeDoubleRows(double[][] rows) throws IOException {
        writeInt(rows.length);
        for (double[] row : rows) {
            writeDoubles(row);
        }
    }

    /** Writes what is buffered and the checksum. */
    void finish() throws IOException {
        flush();
        buffer.putLong(crc.getValue());
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /** Puts {@code count} elements from {@code from} at the start of {@code target}, which it need not move. */
    private interface Chunk {
        void put(ByteBuffer target, int from, int count);
    }

    /** The length, then the elements in chunks that fit the buffer. */
    private void writeArray(int length, int bytesEach, Chunk chunk) throws IOException {
        writeInt(length);
        for (int written = 0; written < length; ) {
            int count = Math.min(length - written, buffer.capacity() / bytesEach);
            ByteBuffer target = room(count * bytesEach);
            chunk.put(target.slice(), written, count);
            target.position(target.position() + count * bytesEach);
            written += count;
        }
    }

    private ByteBuffer room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
        return buffer;
    }

    private void flush() throws IOException {
        buffer.flip();
        crc.update(buffer.duplicate());
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
