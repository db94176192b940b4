package org.clipfacts.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A value named by its label; what is wrong with a label becomes picocli's one-line message. */
abstract class LabelConverter<T> implements ITypeConverter<T> {
    @Override
    public T convert(String label) {
        try {
            return fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    abstract T fromLabel(String label);
}
