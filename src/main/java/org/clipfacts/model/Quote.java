package org.clipfacts.model;

/**
 * A direct quotation: {@code text} is the words between the marks. {@code speaker} is a person id, or an
 * organization's name when a group speaks, or null when nobody can be named; {@code speakerMention} the
 * words that name the speaker in the text (a name, a pronoun, a noun phrase), or null; {@code cue} is the
 * lemma of the attribution verb.
 */
public record Quote(String text, String speaker, String speakerName, Mention speakerMention, String cue, int start,
                    int end) {
}
