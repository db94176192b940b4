package org.clipfacts.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.clipfacts.article.ClippingReader;
import org.clipfacts.corpus.ClippingProcessor;
import org.clipfacts.corpus.ClippingProcessor.Outcome;
import org.clipfacts.corpus.ExtractRun;
import org.clipfacts.extract.Extraction;
import org.clipfacts.input.Input;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;

/**
 * One partition of clippings to their result lines, one record at a time as Spark pulls them, so a
 * partition holds no more than the few clippings in flight. They go through the command line's run (one
 * worker, the per-file time limit): one that exceeds it is interrupted and becomes an error line, like any failure.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<String>, ResultLine> {
    private static final long serialVersionUID = 1L;

    private final JobSettings settings;
    private final Broadcast<SerializableWritable<Configuration>> hadoopConfiguration;
    private final JobCounters counters;

    ExtractPartition(JobSettings settings, Broadcast<SerializableWritable<Configuration>> hadoopConfiguration,
                     JobCounters counters) {
        this.settings = settings;
        this.hadoopConfiguration = hadoopConfiguration;
        this.counters = counters;
    }

    @Override
    public Iterator<ResultLine> call(Iterator<String> clippings) {
        Configuration configuration = hadoopConfiguration.value().value();
        // Outside the per-clipping error handling: a pipeline that cannot load fails the task, not every clipping.
        Extraction extraction = ExecutorExtraction.forFacts(settings.facts());
        ClippingProcessor processor = new ClippingProcessor(new ClippingReader(settings.maxChars()), settings.facts(), settings.referenceDate(),
                null, () -> extraction);
        ExtractRun run = new ExtractRun(processor, input -> read(input.source(), configuration), 1, settings.timeoutPerFile());
        ExtractRun.Outcomes outcomes = run.outcomes(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return clippings.hasNext();
            }

            @Override
            public Input next() {
                return new Input(clippings.next(), null);
            }
        });
        String executor = SparkEnv.get().executorId();
        TaskContext.get().addTaskCompletionListener(done -> {
            outcomes.close();
            counters.pipelineLoads().add(executor + "=" + ExecutorExtraction.loads());
        });
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return outcomes.hasNext();
            }

            @Override
            public ResultLine next() {
                Outcome outcome = outcomes.next();
                (outcome.succeeded() ? counters.documents() : counters.errors()).add(1);
                return ResultLine.of(outcome);
            }
        };
    }

    private static byte[] read(String source, Configuration configuration) throws IOException {
        Path path = new Path(source);
        try (InputStream in = path.getFileSystem(configuration).open(path)) {
            return in.readAllBytes();
        } catch (FileNotFoundException e) {
            throw new NoSuchFileException(source);
        }
    }
}
