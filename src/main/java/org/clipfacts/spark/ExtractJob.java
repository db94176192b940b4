package org.clipfacts.spark;

import com.fasterxml.jackson.databind.ObjectReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;

import org.clipfacts.corpus.PeopleIndex;
import org.clipfacts.model.Document;
import org.clipfacts.output.Json;
import org.clipfacts.output.PeopleTable;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The extraction over a Spark cluster: the same reading, cleaning and extraction the command line runs,
 * one record per clipping file. Writes {@code OUTPUT/documents} (JSON Lines, the {@code extract --format
 * jsonl} schema), {@code OUTPUT/errors} (one {@code {"source", "error"}} line per clipping that failed) and,
 * if asked, {@code OUTPUT/parquet} (the documents with the same fields) and {@code OUTPUT/people-index} (the
 * people of all the documents, as {@code extract --people-index} writes them). A failing clipping never fails
 * the job.
 *
 * <p>The driver lists the files and deals them evenly into partitions: Spark's own whole-file input packs
 * up to 4 MB of small files into one task, which leaves cores idle on clippings of a few kilobytes. Each
 * executor reads its files through Hadoop's file system.
 */
public final class ExtractJob {
    public static final String DOCUMENTS = "documents";
    public static final String ERRORS = "errors";
    public static final String PARQUET = "parquet";
    public static final String PEOPLE_INDEX = "people-index";
    private static final ObjectReader DOCUMENT = Json.MAPPER.readerFor(Document.class);

    /**
     * @param pipelineLoads for each executor, how many pipelines its JVM loaded (1 when the holder works)
     */
    public record Summary(long documents, long errors, Map<String, Integer> pipelineLoads) {
    }

    private ExtractJob() {
    }

    public static Summary run(SparkSession spark, JobSettings settings) throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Path output = new Path(settings.output());
        FileSystem fileSystem = output.getFileSystem(context.hadoopConfiguration());
        if (fileSystem.exists(output)) {
            throw new IOException(settings.output() + ": output directory exists already; choose a new one");
        }
        JobCounters counters = new JobCounters(context.sc().longAccumulator("clipfacts documents"),
                context.sc().longAccumulator("clipfacts errors"), context.sc().collectionAccumulator("clipfacts pipeline loads"));
        List<String> clippings = ClippingFiles.list(settings.input(), context.hadoopConfiguration());
        int partitions = Math.max(1, Math.min(clippings.size(),
                settings.partitions() > 0 ? settings.partitions() : 3 * context.defaultParallelism()));
        Broadcast<SerializableWritable<Configuration>> hadoopConfiguration =
                context.broadcast(new SerializableWritable<>(context.hadoopConfiguration()));

        // Written twice (documents, errors) from one extraction: kept on disk, off the heap CoreNLP needs.
        JavaRDD<ResultLine> lines = context.parallelize(clippings, partitions)
                .mapPartitions(new ExtractPartition(settings, hadoopConfiguration, counters))
                .persist(StorageLevel.DISK_ONLY());
        try {
            lines.filter(ResultLine::document).map(ResultLine::json).saveAsTextFile(child(settings.output(), DOCUMENTS));
            // Few lines, read back from disk: one file is easier to look through than one per partition.
            lines.filter(line -> !line.document()).map(ResultLine::json).coalesce(1).saveAsTextFile(child(settings.output(), ERRORS));
            if (settings.peopleIndex()) {
                writePeopleIndex(lines, fileSystem, new Path(new Path(settings.output(), PEOPLE_INDEX), "part-00000"));
            }
        } finally {
            lines.unpersist(false);
        }
        long documents = counters.documents().value();
        if (settings.parquet() && documents > 0) {
            spark.read().json(child(settings.output(), DOCUMENTS)).write().parquet(child(settings.output(), PARQUET));
        }
        return new Summary(documents, counters.errors().value(), loadsPerExecutor(counters.pipelineLoads()));
    }

    /**
     * The documents come to the driver one partition at a time and only their people are kept, as on the
     * command line; the index is one file, since it is sorted across the whole corpus.
     */
    private static void writePeopleIndex(JavaRDD<ResultLine> lines, FileSystem fileSystem, Path file) throws IOException {
        PeopleIndex index = new PeopleIndex();
        Iterator<String> documents = lines.filter(ResultLine::document).map(ResultLine::json).toLocalIterator();
        while (documents.hasNext()) {
            index.add(DOCUMENT.readValue(documents.next()));
        }
        try (OutputStream out = fileSystem.create(file, false)) {
            PeopleTable.JSONL.write(index.entries(), out);
        }
    }

    /** Each finished task reports its JVM's load count so far; the last (highest) is the JVM's total. */
    private static Map<String, Integer> loadsPerExecutor(CollectionAccumulator<String> reports) {
        Map<String, Integer> loads = new TreeMap<>();
        for (String report : reports.value()) {
            int equals = report.lastIndexOf('=');
            loads.merge(report.substring(0, equals), Integer.parseInt(report.substring(equals + 1)), Math::max);
        }
        return loads;
    }

    private static String child(String directory, String name) {
        return new Path(directory, name).toString();
    }
}
