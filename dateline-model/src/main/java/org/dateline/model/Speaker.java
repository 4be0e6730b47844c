package org.dateline.model;

/**
 * Who a quote is attributed to.
 *
 * @param actor   actor id, or null when unresolved
 * @param name    canonical name; for "they" standing for a group no actor names, the group's words
 *                ("Armenia's leaders"); null when unresolved
 * @param mention the words naming the speaker where the quote is attributed ("he", "the minister")
 */
public record Speaker(String actor, String name, String mention) {
}
