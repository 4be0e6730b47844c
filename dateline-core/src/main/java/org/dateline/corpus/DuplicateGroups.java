package org.dateline.corpus;

import java.util.Map;
import java.util.Set;

/**
 * The result of duplicate detection over a set of articles.
 *
 * @param duplicateOf for every article that is a copy, the id of its group's original (originals and
 *                    articles without copies are absent)
 * @param outlets     for the original of every group with at least one copy, the outlets that carried the
 *                    text (the original's own outlet included; unknown outlets left out), sorted
 */
public record DuplicateGroups(Map<String, String> duplicateOf, Map<String, Set<String>> outlets) {
    public DuplicateGroups {
        duplicateOf = Map.copyOf(duplicateOf);
        outlets = Map.copyOf(outlets);
    }
}
