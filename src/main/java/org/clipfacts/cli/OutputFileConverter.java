package org.clipfacts.cli;

import org.clipfacts.output.OutputTarget;
import org.clipfacts.output.UnusableTargetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code -o FILE}: checked while the options are read, so a target that cannot be written is a usage error
 * before anything loads. {@code -} and {@code /dev/stdout} mean standard output (null).
 */
final class OutputFileConverter implements ITypeConverter<Path> {
    static final String STANDARD_OUTPUT = "-";

    @Override
    public Path convert(String value) {
        return value.equals(STANDARD_OUTPUT) || value.equals("/dev/stdout") ? null : checked(value, "file", OutputTarget::check);
    }

    /** {@code --cache DIR}: a directory, or a path one may create as one. */
    static final class Directory implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return checked(value, "directory", OutputTarget::checkDirectory);
        }
    }

    private interface TargetCheck {
        void check(Path target) throws UnusableTargetException;
    }

    private static Path checked(String value, String kind, TargetCheck check) {
        try {
            Path target = Path.of(value);
            check.check(target);
            return target;
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a " + kind + " name: " + e.getReason());
        } catch (UnusableTargetException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
