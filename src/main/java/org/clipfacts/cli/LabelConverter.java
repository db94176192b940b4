package org.clipfacts.cli;

import org.clipfacts.check.ReportFormat;
import org.clipfacts.check.Severity;
import org.clipfacts.corpus.EvaluationRun;
import org.clipfacts.eval.EvaluationReportFormat;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.PeopleTable;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.function.Function;

/**
 * A value named by its label, for every option whose type has labels: registered once for each such type on the
 * whole command tree, so an option names no converter. What is wrong with a label becomes picocli's one-line message.
 */
final class LabelConverter<T> implements ITypeConverter<T> {
    private final Function<String, T> fromLabel;

    private LabelConverter(Function<String, T> fromLabel) {
        this.fromLabel = fromLabel;
    }

    /** On {@code commandLine} and the subcommands it has. */
    static void registerAll(CommandLine commandLine) {
        register(commandLine, FactKind.class, FactKind::fromLabel);
        register(commandLine, EvaluationReportFormat.class, EvaluationReportFormat::fromLabel);
        register(commandLine, EvaluationRun.ReferenceDates.class, EvaluationRun.ReferenceDates::fromLabel);
        register(commandLine, ReportFormat.class, ReportFormat::fromLabel);
        register(commandLine, Severity.class, CheckCommand::failOn);
        register(commandLine, PeopleTable.class, PeopleTable::fromLabel);
    }

    private static <T> void register(CommandLine commandLine, Class<T> type, Function<String, T> fromLabel) {
        commandLine.registerConverter(type, new LabelConverter<>(fromLabel));
    }

    @Override
    public T convert(String label) {
        try {
            return fromLabel.apply(label);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
