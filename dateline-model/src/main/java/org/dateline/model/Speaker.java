package org.dateline.model;

/**
 * Who a quote is attributed to.
 *
 * @param actor   actor id, or null when unresolved
 * @param name    canonical name of the actor; when no actor holds the speaker, the words that describe it as the
 *                article does ("spokesman for the harbour authority", "local source", for "they" the group's words:
 *                "Armenia's leaders"); null when unresolved
 * @param mention the words naming the speaker where the quote is attributed ("he", "the minister")
 */
public record Speaker(String actor, String name, String mention) {
}
