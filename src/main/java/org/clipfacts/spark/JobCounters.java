package org.clipfacts.spark;

import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;

/**
 * What the executors tell the driver about a job: documents and errors written, and after each task its
 * JVM's pipeline load count ({@code executor=count}).
 */
record JobCounters(LongAccumulator documents, LongAccumulator errors, CollectionAccumulator<String> pipelineLoads)
        implements Serializable {
}
