package org.dateline.facts;

import org.dateline.model.MentionRule;

/**
 * Where an actor is named in the text: a proper name ("Lavrov") or a role ("the Russian top diplomat").
 *
 * @param firstToken first token index in {@code sentence}
 * @param lastToken  token index after the last (exclusive)
 * @param rule       why this mention was linked to {@code actor}
 */
public record ActorMention(String actor, String text, int start, int end, int sentence, int firstToken,
                           int lastToken, MentionRule rule) {
    public boolean covers(int sentenceIndex, int token) {
        return sentence == sentenceIndex && firstToken <= token && token < lastToken;
    }
}
