package org.clipfacts.cli;

import org.clipfacts.input.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"clipfacts " + ToolVersion.current() + " (Stanford CoreNLP 4.5.10)"};
    }
}
