package org.dateline.corpus;

import org.dateline.model.Article;

import java.util.Map;
import java.util.Objects;
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

    /** {@code article} with its {@code duplicateOf} set from these groups (null when it is no copy). */
    public Article apply(Article article) {
        String of = duplicateOf.get(article.id());
        if (Objects.equals(of, article.duplicateOf())) {
            return article;
        }
        return article.withLinks(of, article.story());
    }
}
