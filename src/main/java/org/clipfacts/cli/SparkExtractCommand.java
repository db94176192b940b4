package org.clipfacts.cli;

import org.apache.spark.sql.SparkSession;
import org.clipfacts.nlp.NlpLogging;
import org.clipfacts.spark.ExtractJob;
import org.clipfacts.spark.JobSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The Spark job's entry point, given to {@code spark-submit --class}: the same extraction as
 * {@code clipfacts extract}, with Spark spreading the clippings over executors.
 */
@Command(name = "clipfacts-spark", versionProvider = VersionProvider.class,
        description = {"Extract facts from clippings with Apache Spark: run through spark-submit.",
                "Writes OUTPUT/documents (JSON Lines, the schema of `clipfacts extract --format jsonl`), "
                        + "OUTPUT/errors (one {\"source\", \"error\"} line per clipping that failed) and, "
                        + "with --parquet, OUTPUT/parquet. A failing clipping never fails the job."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the job ran; clippings that failed are in OUTPUT/errors", "2:usage error",
                "4:the job could not run (the reason on stderr)"})
public final class SparkExtractCommand implements Callable<Integer> {
    @Mixin
    ExtractingMixin common;
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "Clippings: a file, directory (read recursively) or glob, local or on any Hadoop file system "
                    + "(hdfs://, s3a://); several separated by commas.")
    String input;
    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory to create for the results.")
    String output;
    @Mixin
    FactsMixin facts;
    @Option(names = "--partitions", paramLabel = "N", converter = PositiveIntegerConverter.class,
            description = "Tasks to split the input into (default: 3 per core of the cluster).")
    int partitions;
    @Option(names = "--parquet", description = "Also write the documents as Parquet, with the same fields.")
    boolean parquet;
    @Option(names = "--people-index", description = "Also write OUTPUT/people-index: one JSON line per person across all the documents.")
    boolean peopleIndex;

    public static void main(String[] args) {
        Main.run(new SparkExtractCommand(), args);
    }

    @Override
    public Integer call() throws IOException {
        NlpLogging.configure(common.verbosity.verbose);
        JobSettings settings = new JobSettings(input, output, facts.selected(), facts.referenceDate(), common.maxChars.maxChars,
                common.timeoutPerFile(), partitions, parquet, peopleIndex);
        SparkSession spark = SparkSession.builder().appName("clipfacts").getOrCreate();
        try {
            ExtractJob.Summary summary = ExtractJob.run(spark, settings);
            if (!common.verbosity.quiet) {
                System.err.printf("clipfacts: %d documents, %d failed (see %s/%s); pipeline loads per executor: %s%n",
                        summary.documents(), summary.errors(), output, ExtractJob.ERRORS, describe(summary.pipelineLoads()));
            }
            return ExitStatus.OK;
        } finally {
            spark.stop();
        }
    }

    private static String describe(Map<String, Integer> loads) {
        return loads.isEmpty() ? "none" : loads.toString();
    }
}
