package org.clipfacts.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A count or limit that only makes sense above zero ({@code --threads}, {@code --max-chars}, {@code --timeout-per-file}). */
final class PositiveIntegerConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the one message for every bad value
        }
        throw new TypeConversionException("'" + value + "' is not a whole number from 1 to " + Integer.MAX_VALUE);
    }
}
