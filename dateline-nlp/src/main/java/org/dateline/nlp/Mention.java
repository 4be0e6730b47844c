package org.dateline.nlp;

/**
 * A named-entity mention found by the tagger.
 *
 * @param type       PERSON, ORGANIZATION, LOCATION, MISC, COUNTRY, NATIONALITY, TITLE, ... (non-temporal)
 * @param sentence   index of the sentence that holds it
 * @param firstToken first token index in that sentence
 * @param lastToken  token index after the last (exclusive)
 */
public record Mention(String text, String type, int start, int end, int sentence, int firstToken, int lastToken) {
}
