package org.clipfacts.check;

import java.util.Arrays;

/** 64-bit hashing helpers for the feature sets and MinHash signatures. */
final class Hashing {
    private Hashing() {
    }

    /** SplitMix64's finalizer: every input bit moves every output bit. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long[] sortedDistinct(long[] values, int length) {
        long[] sorted = Arrays.copyOf(values, length);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
