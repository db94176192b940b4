package org.clipfacts.nlp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link ModelOutput} wrote; a length that does not fit what is left means a damaged file. */
final class ModelInput {
    private final ByteBuffer bytes;

    ModelInput(ByteBuffer bytes) {
        this.bytes = bytes;
    }

    int readInt() {
        return bytes.getInt();
    }

    long readLong() {
        return bytes.getLong();
    }

    String readString() throws IOException {
        byte[] value = new byte[length(1)];
        bytes.get(value);
        return new String(value, StandardCharsets.UTF_8);
    }

    List<String> readStrings() throws IOException {
        int size = length(Integer.BYTES);
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readString());
        }
        return values;
    }

    List<Integer> readInts() throws IOException {
        int size = length(Integer.BYTES);
        List<Integer> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(bytes.getInt());
        }
        return values;
    }

    float[] readFloats() throws IOException {
        float[] values = new float[length(Float.BYTES)];
        bytes.asFloatBuffer().get(values);
        bytes.position(bytes.position() + values.length * Float.BYTES);
        return values;
    }

    double[] readDoubles() throws IOException {
        double[] values = new double[length(Double.BYTES)];
        bytes.asDoubleBuffer().get(values);
        bytes.position(bytes.position() + values.length * Double.BYTES);
        return values;
    }

    float[][] readFloatRows() throws IOException {
        float[][] rows = new float[length(Integer.BYTES)][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = readFloats();
        }
        return rows;
    }

    double[][] readDoubleRows() throws IOException {
        double[][] rows = new double[length(Integer.BYTES)][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = readDoubles();
        }
        return rows;
    }

    /** Whether every byte was read: a model that leaves some was written by other code. */
    boolean atEnd() {
        return !bytes.hasRemaining();
    }

    private int length(int bytesEach) throws IOException {
        int length = bytes.getInt();
        if (length < 0 || (long) length * bytesEach > bytes.remaining()) {
            throw new IOException("damaged model file: length " + length);
        }
        return length;
    }
}
