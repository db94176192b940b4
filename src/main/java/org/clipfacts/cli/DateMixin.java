package org.clipfacts.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code --date}: the reference date relative expressions resolve against, overriding the clipping's own. */
final class DateMixin {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
            description = "Reference date for relative dates (default: the date the clipping states, if any).")
    LocalDate date;

    static final class IsoDateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
            }
        }
    }
}
