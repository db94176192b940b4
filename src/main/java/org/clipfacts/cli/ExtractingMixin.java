package org.clipfacts.cli;

import org.clipfacts.article.ClippingReader;
import picocli.CommandLine.Mixin;

import java.time.Duration;

/**
 * The options of every command that extracts facts, composed of the small mixins the way jbang composes its
 * build mixins: --help and --version, --max-chars, --timeout-per-file, --verbose and --quiet.
 */
final class ExtractingMixin {
    @Mixin
    HelpMixin help;
    @Mixin
    MaxCharsMixin maxChars;
    @Mixin
    TimeoutMixin timeout;
    @Mixin
    VerbosityMixin verbosity;

    ClippingReader reader() {
        return new ClippingReader(maxChars.maxChars);
    }

    Duration timeoutPerFile() {
        return timeout.timeoutPerFile();
    }
}
