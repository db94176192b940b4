package org.clipfacts.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clipfacts.model.Mention;

/**
 * One fact as a CSV row. {@code fact} says which columns are filled: person (one row per mention), date,
 * charge or quote; the others are empty.
 */
@JsonPropertyOrder({"source", "fact", "text", "start", "end", "id", "name", "aliases", "titles", "type", "value",
        "speaker", "speaker_name", "speaker_mention", "speaker_mention_start", "speaker_mention_end", "cue", "defendant", "charge", "count", "by", "sentence", "status"})
record CsvRow(String source, String fact, String text, Integer start, Integer end, String id, String name,
              String aliases, String titles, String type, String value,
              String speaker, @JsonProperty("speaker_name") String speakerName,
              @JsonProperty("speaker_mention") String speakerMention,
              @JsonProperty("speaker_mention_start") Integer speakerMentionStart,
              @JsonProperty("speaker_mention_end") Integer speakerMentionEnd,
              String cue, String defendant, String charge, Integer count, String by, String sentence,
              String status) {

    static CsvRow person(String source, String text, int start, int end, String id, String name, String aliases, String titles) {
        return new CsvRow(source, "person", text, start, end, id, name, aliases, titles, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    static CsvRow date(String source, String text, int start, int end, String type, String value) {
        return new CsvRow(source, "date", text, start, end, null, null, null, null, type, value, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    static CsvRow charge(String source, String text, int start, int end, String defendant, String charge, Integer count,
                         String by, String sentence, String status) {
        return new CsvRow(source, "charge", text, start, end, null, null, null, null, null, null, null, null, null,
                null, null, null, defendant, charge, count, by, sentence, status);
    }

    static CsvRow quote(String source, String text, int start, int end, String speaker, String speakerName,
                        Mention speakerMention, String cue) {
        return new CsvRow(source, "quote", text, start, end, null, null, null, null, null, null, speaker, speakerName,
                speakerMention == null ? null : speakerMention.text(),
                speakerMention == null ? null : speakerMention.start(),
                speakerMention == null ? null : speakerMention.end(),
                cue, null, null, null, null, null, null);
    }
}
