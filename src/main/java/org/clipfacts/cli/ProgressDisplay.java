package org.clipfacts.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.clipfacts.corpus.ExtractRun;
import org.clipfacts.input.Input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on stderr (files done, files/s, ETA) for a run over more than one file, shown only when
 * stderr is a terminal: a pipeline's log or a CI job gets none.
 */
final class ProgressDisplay implements ExtractRun.Progress, AutoCloseable {
    private final ProgressBar bar;

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    static ProgressDisplay forRun(int files, boolean quiet) {
        if (files < 2 || quiet || !stderrIsTerminal()) {
            return new ProgressDisplay(null);
        }
        return new ProgressDisplay(new ProgressBarBuilder().setTaskName("clipfacts").setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed().setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build());
    }

    /** Java 17 can only say whether stdin and stdout are both terminals; Linux tells about stderr itself. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public void done(Input input) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
