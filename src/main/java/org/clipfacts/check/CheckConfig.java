package org.clipfacts.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.output.Json;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code check --config FILE}, JSON or (by the {@code .yaml}/{@code .yml} extension) YAML. Every field is
 * optional:
 * <ul>
 *   <li>{@code rules}: per rule id, {@code enabled} and {@code severity} (findings a rule is less sure of
 *       stay one level below it);</li>
 *   <li>{@code requiredMetadata}: which of title, url, publisher, dateline, date a clipping must have;</li>
 *   <li>{@code quoteSimilarity}, {@code quoteMinWords}: see {@link QuoteMatching};</li>
 *   <li>{@code accepted}: findings a team has acknowledged, by {@code rule} and {@code file} (a path as
 *       given, a file name or a glob), with an optional {@code reason}.</li>
 * </ul>
 */
public record CheckConfig(Map<String, RuleSettings> rules, List<String> requiredMetadata, Double quoteSimilarity,
                          Integer quoteMinWords, List<Acceptance> accepted) {
    public static final List<String> DEFAULT_REQUIRED_METADATA = List.of("title", "url", "date");
    public static final double DEFAULT_QUOTE_SIMILARITY = 0.6;
    public static final int DEFAULT_QUOTE_MIN_WORDS = 4;
    public static final CheckConfig DEFAULT = new CheckConfig(null, null, null, null, null);

    public record RuleSettings(Boolean enabled, Severity severity) {
    }

    /** A known finding the team accepts: it is still reported, marked accepted, and never fails the run. */
    public record Acceptance(String rule, String file, String reason) {
        boolean covers(Finding finding) {
            return rule.equals(finding.rule()) && finding.locations().stream().anyMatch(location -> names(location.file()));
        }

        private boolean names(String source) {
            Path given = Path.of(file).normalize();
            Path path = Path.of(source).normalize();
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + file);
            return path.equals(given) || given.equals(path.getFileName()) || glob.matches(path);
        }
    }

    public CheckConfig {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        requiredMetadata = requiredMetadata == null ? DEFAULT_REQUIRED_METADATA : List.copyOf(requiredMetadata);
        quoteSimilarity = quoteSimilarity == null ? DEFAULT_QUOTE_SIMILARITY : quoteSimilarity;
        quoteMinWords = quoteMinWords == null ? DEFAULT_QUOTE_MIN_WORDS : quoteMinWords;
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
    }

    public static CheckConfig read(Path file) throws InvalidInputException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : Json.MAPPER;
        CheckConfig config;
        try {
            String text = Files.readString(file);
            if (text.isBlank()) {
                return DEFAULT;
            }
            config = mapper.readValue(text, CheckConfig.class);
        } catch (JsonMappingException e) {
            throw new InvalidInputException(file.toString(), describe(e));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file.toString(), "not valid " + (mapper == Json.MAPPER ? "JSON" : "YAML")
                    + ": " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ")");
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        }
        if (config == null) {
            return DEFAULT;
        }
        Optional<String> problem = config.problem();
        if (problem.isPresent()) {
            throw new InvalidInputException(file.toString(), problem.get());
        }
        return config;
    }

    /** The first thing wrong with the settings, naming the field. */
    Optional<String> problem() {
        List<String> known = CheckRules.IDS;
        for (String rule : rules.keySet()) {
            if (!known.contains(rule)) {
                return Optional.of("rules." + rule + ": unknown rule (rules: " + String.join(", ", known) + ")");
            }
        }
        for (String field : requiredMetadata) {
            if (!MetadataRule.FIELDS.contains(field)) {
                return Optional.of("requiredMetadata: unknown field '" + field + "' (fields: " + String.join(", ", MetadataRule.FIELDS) + ")");
            }
        }
        if (!(quoteSimilarity > 0 && quoteSimilarity <= 1)) {
            return Optional.of("quoteSimilarity: " + quoteSimilarity + " is not between 0 (excluded) and 1");
        }
        if (quoteMinWords < 1) {
            return Optional.of("quoteMinWords: " + quoteMinWords + " is not a positive number of words");
        }
        for (int i = 0; i < accepted.size(); i++) {
            Acceptance acceptance = accepted.get(i);
            if (acceptance.rule() == null || !known.contains(acceptance.rule())) {
                return Optional.of("accepted[" + i + "].rule: " + (acceptance.rule() == null ? "missing" : "unknown rule '" + acceptance.rule() + "'"));
            }
            if (acceptance.file() == null || acceptance.file().isBlank()) {
                return Optional.of("accepted[" + i + "].file: missing");
            }
        }
        return Optional.empty();
    }

    public boolean enabled(String rule) {
        RuleSettings settings = rules.get(rule);
        return settings == null || settings.enabled() == null || settings.enabled();
    }

    public Severity severity(CheckRule rule) {
        RuleSettings settings = rules.get(rule.id());
        return settings == null || settings.severity() == null ? rule.defaultSeverity() : settings.severity();
    }

    public QuoteMatching quoteMatching() {
        return new QuoteMatching(quoteSimilarity, quoteMinWords);
    }

    /** What a setting of this type holds, in words; null for types a person need not be told about. */
    private static String kindOfValue(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object of fields";
        }
        return null;
    }

    /** Where a setting is, as a person writes it: {@code rules.quote.variant.severity}, {@code accepted[2].rule}. */
    private static String describe(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        String problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            problem = "unknown field (fields here: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof MismatchedInputException mismatched && kindOfValue(mismatched.getTargetType()) != null) {
            problem = "expected " + kindOfValue(mismatched.getTargetType())
                    + (e instanceof InvalidFormatException invalid ? ", not '" + invalid.getValue() + "'" : "");
        } else {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            problem = cause instanceof JsonProcessingException processing ? processing.getOriginalMessage() : cause.getMessage();
        }
        return field.isEmpty() ? problem : field + ": " + problem;
    }
}
