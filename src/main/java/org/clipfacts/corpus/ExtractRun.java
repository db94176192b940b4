package org.clipfacts.corpus;

import org.clipfacts.article.ClippingReader;
import org.clipfacts.corpus.ClippingProcessor.Outcome;
import org.clipfacts.extract.Extraction;
import org.clipfacts.input.Input;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.DocumentWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Reads, extracts and writes clippings with worker threads sharing one loaded pipeline. Documents are
 * written in input order as soon as each is ready; at most a few per worker are in flight, so memory does
 * not grow with the number of files. A clipping that fails is reported and skipped; the others are
 * written in full. With a cache, a clipping seen before costs a file read, and CoreNLP is not even loaded
 * until some clipping needs it.
 */
public final class ExtractRun {
    private static final int IN_FLIGHT_PER_WORKER = 2;
    private static final long WAITING_POLL_MILLIS = 200;
    private static final long WORKER_STACK_BYTES = 4L << 20;

    /** Told about each input that could not be read or extracted, with a one-line reason. */
    public interface Failures {
        void failed(String source, String reason, Exception cause);
    }

    /** Reads an input's bytes: from its file, standard input, or wherever a front end keeps its clippings. */
    public interface InputBytes {
        byte[] read(Input input) throws IOException;
    }

    /** Told when each input is done, written or failed, in input order. */
    public interface Progress {
        Progress NONE = input -> { };

        void done(Input input);
    }

    public record Summary(int files, int failed, long facts, Duration elapsed) {
    }

    private final Processor processor;
    private final Set<FactKind> facts;
    private final InputBytes bytesOf;
    private final int threads;
    private final Duration timeoutPerFile;
    private final Function<Set<FactKind>, Extraction> loader;
    private volatile Extraction extraction;
    /** While CoreNLP loads, no clipping's clock runs; {@code loadedAt} is when it finished (0: not yet). */
    private volatile boolean loading;
    private volatile long loadedAt;

    /** {@code cache} may be null. */
    public ExtractRun(ClippingReader reader, Set<FactKind> facts, LocalDate referenceDate, InputStream stdin, int threads,
                      ResultCache cache, Duration timeoutPerFile) {
        this(reader, facts, referenceDate, stdin, threads, cache, timeoutPerFile, Extraction::new);
    }

    /** {@code loader} makes the pipeline, the first time a clipping needs it. */
    ExtractRun(ClippingReader reader, Set<FactKind> facts, LocalDate referenceDate, InputStream stdin, int threads,
               ResultCache cache, Duration timeoutPerFile, Function<Set<FactKind>, Extraction> loader) {
        this.processor = new ClippingProcessor(reader, facts, referenceDate, cache, this::extraction);
        this.loader = loader;
        this.facts = Set.copyOf(facts);
        this.bytesOf = input -> input.readAllBytes(stdin);
        this.threads = Math.max(1, threads);
        this.timeoutPerFile = timeoutPerFile;
    }

    /** A run whose clippings go through {@code processor} (a server's, for one), which loads nothing here. */
    public ExtractRun(Processor processor, InputStream stdin, int threads, Duration timeoutPerFile) {
        this(processor, input -> input.readAllBytes(stdin), threads, timeoutPerFile);
    }

    /** As {@link #ExtractRun(Processor, InputStream, int, Duration)}, the clippings' bytes read by {@code bytesOf}. */
    public ExtractRun(Processor processor, InputBytes bytesOf, int threads, Duration timeoutPerFile) {
        this.processor = processor;
        this.loader = null;
        this.facts = Set.of();
        this.bytesOf = bytesOf;
        this.threads = Math.max(1, threads);
        this.timeoutPerFile = timeoutPerFile;
    }

    /**
     * A clipping on its way: {@code startedAt} is set when a worker takes it up (0 while it waits); {@code settled}
     * by whichever comes first, the clipping's end or its abandonment at the time limit.
     */
    private record Job(Input input, Future<Outcome> outcome, AtomicLong startedAt, AtomicBoolean settled) {
    }

    public Summary run(List<Input> inputs, DocumentWriter writer, Failures failures, Progress progress) throws IOException {
        return run(inputs, null, writer, failures, progress);
    }

    /**
     * As {@link #run(List, DocumentWriter, Failures, Progress)}, each clipping read against the reference date
     * {@code referenceDates} gives it (null: what it states) instead of the run's.
     */
    public Summary run(List<Input> inputs, Function<Input, LocalDate> referenceDates, DocumentWriter writer, Failures failures,
                       Progress progress) throws IOException {
        long started = System.nanoTime();
        int failed = 0;
        long factCount = 0;
        try (Outcomes outcomes = new Outcomes(inputs.iterator(), referenceDates)) {
            while (outcomes.hasNext()) {
                Job job = outcomes.nextDone();
                Outcome outcome = outcomes.await(job);
                if (outcome.succeeded()) {
                    writer.write(outcome.document());
                    factCount += outcome.document().factCount();
                } else {
                    failures.failed(outcome.source(), outcome.failure(), outcome.cause());
                    failed++;
                }
                progress.done(job.input());
            }
        }
        return new Summary(inputs.size(), failed, factCount, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The outcomes of {@code inputs} in their order, each taken from the iterator only as the workers have room
     * for it, so a caller that pulls one outcome at a time (a Spark partition) holds a few clippings at most.
     * Closing it stops the workers.
     */
    public Outcomes outcomes(Iterator<Input> inputs) {
        return new Outcomes(inputs, null);
    }

    /** See {@link #outcomes(Iterator)}; {@link #next} throws {@link UncheckedIOException} when interrupted. */
    public final class Outcomes implements Iterator<Outcome>, AutoCloseable {
        private final Iterator<Input> inputs;
        private final Function<Input, LocalDate> referenceDates;
        private final ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    // The stack the launcher gives the command line with -Xss4m, for front ends (Spark executors) started without it.
                    Thread thread = new Thread(null, task, "clipfacts-worker", WORKER_STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        private final Deque<Job> inFlight = new ArrayDeque<>();

        private Outcomes(Iterator<Input> inputs, Function<Input, LocalDate> referenceDates) {
            this.inputs = inputs;
            this.referenceDates = referenceDates;
        }

        @Override
        public boolean hasNext() {
            return inputs.hasNext() || !inFlight.isEmpty();
        }

        @Override
        public Outcome next() {
            try {
                return await(nextDone());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The first clipping in flight, after as many more are handed to the workers as they have room for. */
        private Job nextDone() {
            while (inputs.hasNext() && inFlight.size() < threads * IN_FLIGHT_PER_WORKER) {
                Input input = inputs.next();
                AtomicLong startedAt = new AtomicLong();
                AtomicBoolean settled = new AtomicBoolean();
                inFlight.add(new Job(input, workers.submit(() -> {
                    startedAt.set(System.nanoTime());
                    try {
                        ClippingProcessor.Bytes bytes = () -> bytesOf.read(input);
                        return referenceDates == null ? processor.process(input.source(), bytes)
                                : processor.process(input.source(), bytes, referenceDates.apply(input));
                    } finally {
                        if (!settled.compareAndSet(false, true)) {
                            resizeWorkers(-1);
                        }
                    }
                }), startedAt, settled));
            }
            if (inFlight.isEmpty()) {
                throw new NoSuchElementException();
            }
            return inFlight.removeFirst();
        }

        @Override
        public void close() {
            workers.shutdownNow();
        }

        /**
         * The job's outcome; a job that runs longer than the per-file limit is interrupted (CoreNLP's annotators
         * stop on interrupt), reported, and its worker freed for the next clipping.
         */
        private Outcome await(Job job) throws IOException {
            try {
                while (true) {
                    if (job.startedAt().get() == 0 || loading) {
                        try {
                            return job.outcome().get(WAITING_POLL_MILLIS, TimeUnit.MILLISECONDS);
                        } catch (TimeoutException stillQueuedOrLoading) {
                            continue;
                        }
                    }
                    long clockStarted = clockStarted(job);
                    long left = timeoutPerFile.toNanos() - (System.nanoTime() - clockStarted);
                    try {
                        return job.outcome().get(Math.max(0, left), TimeUnit.NANOSECONDS);
                    } catch (TimeoutException e) {
                        // The pipeline may have begun loading meanwhile: its loading time is not the clipping's.
                        if (!loading && clockStarted(job) == clockStarted) {
                            abandon(job);
                            return Outcome.tookTooLong(job.input().source(), timeoutPerFile);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker failed outside its clipping", e.getCause());
            }
        }

        /**
         * Interrupts the job; should its clipping ignore that, the workers get one more thread until it ends, so a
         * stuck clipping never holds up the next ones.
         */
        private void abandon(Job job) {
            job.outcome().cancel(true);
            if (job.settled().compareAndSet(false, true)) {
                resizeWorkers(+1);
            }
        }

        private synchronized void resizeWorkers(int change) {
            if (change > 0) {
                workers.setMaximumPoolSize(workers.getMaximumPoolSize() + change);
                workers.setCorePoolSize(workers.getCorePoolSize() + change);
            } else {
                workers.setCorePoolSize(workers.getCorePoolSize() + change);
                workers.setMaximumPoolSize(workers.getMaximumPoolSize() + change);
            }
        }
    }

    private Extraction extraction() {
        Extraction loaded = extraction;
        if (loaded == null) {
            synchronized (this) {
                if (extraction == null) {
                    loading = true;
                    try {
                        extraction = loader.apply(facts);
                    } finally {
                        loadedAt = System.nanoTime();
                        loading = false;
                    }
                }
                loaded = extraction;
            }
        }
        return loaded;
    }

    /** A clipping's time starts when its worker takes it up, or when the pipeline is loaded if that is later. */
    private long clockStarted(Job job) {
        return Math.max(job.startedAt().get(), loadedAt);
    }
}
