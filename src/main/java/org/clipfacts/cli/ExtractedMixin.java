package org.clipfacts.cli;

import org.clipfacts.output.DocumentLines;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.Document;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.List;

/** {@code --extracted FILE}: documents written earlier by {@code extract --format jsonl}, used instead of clippings. */
final class ExtractedMixin {
    @Option(names = "--extracted", paramLabel = "FILE",
            description = "Use the documents in FILE, written by 'extract --format jsonl', instead of extracting clippings.")
    Path extracted;

    boolean given() {
        return extracted != null;
    }

    List<Document> read() throws InvalidInputException {
        return DocumentLines.read(extracted);
    }

    void checkNotWith(InputsMixin inputs, CommandSpec spec) {
        if (extracted != null && !inputs.paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give clippings (PATH) or --extracted FILE, not both");
        }
    }
}
