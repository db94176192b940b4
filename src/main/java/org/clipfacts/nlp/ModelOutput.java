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
        writeInt(bytes.length);
        for (int written = 0; written < bytes.length; ) {
            int chunk = Math.min(bytes.length - written, buffer.capacity());
            room(chunk).put(bytes, written, chunk);
            written += chunk;
        }
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
        writeInt(values.length);
        for (int written = 0; written < values.length; ) {
            int chunk = Math.min(values.length - written, buffer.capacity() / Float.BYTES);
            ByteBuffer target = room(chunk * Float.BYTES);
            target.asFloatBuffer().put(values, written, chunk);
            target.position(target.position() + chunk * Float.BYTES);
            written += chunk;
        }
    }

    void writeDoubles(double[] values) throws IOException {
        writeInt(values.length);
        for (int written = 0; written < values.length; ) {
            int chunk = Math.min(values.length - written, buffer.capacity() / Double.BYTES);
            ByteBuffer target = room(chunk * Double.BYTES);
            target.asDoubleBuffer().put(values, written, chunk);
            target.position(target.position() + chunk * Double.BYTES);
            written += chunk;
        }
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
