package org.clipfacts.spark;

import org.clipfacts.extract.Extraction;
import org.clipfacts.model.FactKind;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The extraction an executor JVM loads on its first clipping and keeps for every later record, task and
 * job: loading CoreNLP costs seconds and a gigabyte, so it must never happen per record or per task.
 */
final class ExecutorExtraction {
    private static final Map<Set<FactKind>, Extraction> LOADED = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    private ExecutorExtraction() {
    }

    static Extraction forFacts(Set<FactKind> facts) {
        return LOADED.computeIfAbsent(FactKind.setOf(facts), wanted -> {
            Extraction loaded = new Extraction(wanted);
            LOADS.incrementAndGet();
            return loaded;
        });
    }

    /** How many extractions this JVM has loaded so far: one per executor for a job with one set of facts. */
    static int loads() {
        return LOADS.get();
    }
}
