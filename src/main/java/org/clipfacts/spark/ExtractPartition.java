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
import org.clipfacts.extract.Extraction;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One partition of clippings to their result lines, one record at a time as Spark pulls them, so a
 * partition never holds more than the clipping in hand. Each clipping runs on a helper thread under the
 * per-file time limit; one that exceeds it is interrupted and becomes an error line, like any failure.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<String>, ResultLine> {
    private static final long serialVersionUID = 1L;
    private static final long CLIPPING_THREAD_STACK_BYTES = 4L << 20;

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
        String executor = SparkEnv.get().executorId();
        TimedRunner runner = new TimedRunner(settings.timeoutPerFile());
        TaskContext.get().addTaskCompletionListener(done -> {
            runner.close();
            counters.pipelineLoads().add(executor + "=" + ExecutorExtraction.loads());
        });
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return clippings.hasNext();
            }

            @Override
            public ResultLine next() {
                String source = clippings.next();
                Outcome outcome = runner.run(source, () -> processor.process(source, () -> read(source, configuration)));
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

    /** Runs one clipping at a time on a daemon thread, so a clipping past the time limit can be abandoned. */
    private static final class TimedRunner implements AutoCloseable {
        private final Duration limit;
        private ExecutorService thread = newThread();

        TimedRunner(Duration limit) {
            this.limit = limit;
        }

        Outcome run(String source, Callable<Outcome> work) {
            Future<Outcome> outcome = thread.submit(work);
            try {
                return outcome.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                outcome.cancel(true);
                thread.shutdownNow();
                thread = newThread();
                return Outcome.tookTooLong(source, limit);
            } catch (InterruptedException e) {
                outcome.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("task interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a clipping failed outside its processing", e.getCause());
            }
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }

        /** The stack the launcher gives the command line with -Xss4m, without asking executors for a JVM flag. */
        private static ExecutorService newThread() {
            return Executors.newSingleThreadExecutor(task -> {
                Thread worker = new Thread(null, task, "clipfacts-spark-clipping", CLIPPING_THREAD_STACK_BYTES);
                worker.setDaemon(true);
                return worker;
            });
        }
    }
}
