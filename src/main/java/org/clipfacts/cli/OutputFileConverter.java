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
        if (value.equals(STANDARD_OUTPUT) || value.equals("/dev/stdout")) {
            return null;
        }
        try {
            Path target = Path.of(value);
            OutputTarget.check(target);
            return target;
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a file name: " + e.getReason());
        } catch (UnusableTargetException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** {@code --cache DIR}: a directory, or a path one may create as one. */
    static final class Directory implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            try {
                Path directory = Path.of(value);
                OutputTarget.checkDirectory(directory);
                return directory;
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + value + "' is not a directory name: " + e.getReason());
            } catch (UnusableTargetException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
