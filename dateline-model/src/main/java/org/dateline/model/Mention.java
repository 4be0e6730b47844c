package org.dateline.model;

/**
 * Where an article names an actor, and why that text was linked to it: a line of {@code mentions.jsonl}.
 *
 * @param actor   the actor's id (once linked, the corpus actor's)
 * @param text    the text, {@code article text.substring(start, end)}
 * @param rule    what linked it: a {@link MentionRule#label()} ({@code name}, {@code known-entity}, ...)
 */
public record Mention(String actor, String article, String text, int start, int end, String rule) {
    /** This mention pointing at {@code actor} instead. */
    public Mention withActor(String actor) {
        return new Mention(actor, article, text, start, end, rule);
    }
}
