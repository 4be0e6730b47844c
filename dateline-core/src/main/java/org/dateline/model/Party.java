package org.dateline.model;

/**
 * One side of an event: the actor (id, or null when unresolved) and its canonical name or the words
 * as written.
 */
public record Party(String actor, String name) {
}
