package org.clipfacts.cli;

import org.clipfacts.article.ClippingReader;
import org.clipfacts.corpus.ClippingProcessor;
import org.clipfacts.corpus.ResultCache;
import org.clipfacts.extract.Extraction;
import org.clipfacts.model.FactKind;
import org.clipfacts.nlp.NlpLogging;
import org.clipfacts.server.ExtractServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Keep one loaded pipeline and extract the clippings sent to it over HTTP: POST /extract, GET /health.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"143:stopped by SIGTERM (or Ctrl-C: 130) after answering the requests under way",
                "1:the address or port cannot be listened on (named on stderr)", ExitStatus.USAGE_LINE, ExitStatus.SOFTWARE_LINE})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ExtractingMixin common;
    @Mixin
    FactsMixin facts;
    @Mixin
    BatchMixin batch;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8077",
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}; 0: any free port, printed on start).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Listen on ADDRESS (e.g. 0.0.0.0) instead of the loopback interface only: anyone who reaches it can send clippings.")
    String bind;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "16",
            description = "Requests that may wait for a worker; more are turned away with 429 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Override
    public Integer call() throws IOException, InterruptedException {
        NlpLogging.configure(common.verbosity.verbose);
        Set<FactKind> kinds = facts.selected();
        long started = System.nanoTime();
        // Loaded before listening, so the first request is as fast as the others.
        Extraction extraction = new Extraction(kinds);
        ClippingReader reader = common.reader();
        ResultCache cache = batch.cache();
        InetAddress address = bind == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(bind);
        ExtractServer server;
        try {
            server = ExtractServer.start(
                    new ExtractServer.Settings(new InetSocketAddress(address, port), kinds, facts.referenceDate(), common.maxChars.maxChars,
                            common.timeoutPerFile(), batch.threads(), queue),
                    (requested, referenceDate) -> new ClippingProcessor(reader, requested, referenceDate, cache,
                            () -> extraction.only(requested)));
        } catch (BindException e) {
            System.err.println("clipfacts: cannot listen on " + address.getHostAddress() + ":" + port + ": " + e.getMessage());
            return ExitStatus.NOT_CLEAN;
        }
        if (bind != null) {
            System.err.println("clipfacts: warning: listening on " + address.getHostAddress()
                    + " as --bind asks: every machine that reaches it can send clippings");
        }
        System.err.printf(Locale.ROOT, "clipfacts: serving %s on http://%s:%d/ with %d threads (loaded in %.1f s)%n",
                kinds.stream().map(FactKind::label).sorted().toList(), hostForUrl(server.address().getAddress()),
                server.address().getPort(), batch.threads(), (System.nanoTime() - started) / 1e9);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "clipfacts-server-shutdown"));
        stopped.await();
        return ExitStatus.OK;
    }

    private static String hostForUrl(InetAddress address) {
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
