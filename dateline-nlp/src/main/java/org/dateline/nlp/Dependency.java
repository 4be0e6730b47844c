package org.dateline.nlp;

/**
 * A Universal Dependencies edge between two tokens of one sentence.
 *
 * @param head      token index of the governor, or -1 for the root edge
 * @param dependent token index of the dependent
 * @param relation  the relation with its subtype ({@code nsubj}, {@code obl:tmod}, {@code ccomp}, ...)
 */
public record Dependency(int head, int dependent, String relation) {
    /** The relation without its subtype: {@code obl:tmod} is {@code obl}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
