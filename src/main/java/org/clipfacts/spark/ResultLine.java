package org.clipfacts.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.clipfacts.corpus.ClippingProcessor.Outcome;
import org.clipfacts.output.Json;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One clipping's line of output: its document in the {@code extract --format jsonl} schema, or an error
 * line {@code {"source": ..., "error": ...}} for the errors output.
 */
record ResultLine(boolean document, String json) implements Serializable {
    static ResultLine of(Outcome outcome) {
        try {
            if (outcome.succeeded()) {
                return new ResultLine(true, Json.MAPPER.writeValueAsString(outcome.document()));
            }
            Map<String, String> error = new LinkedHashMap<>();
            error.put("source", outcome.source());
            error.put("error", outcome.failure());
            return new ResultLine(false, Json.MAPPER.writeValueAsString(error));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
