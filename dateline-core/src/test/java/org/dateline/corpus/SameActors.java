package org.dateline.corpus;

import org.dateline.model.AnalyzedArticle;

import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity of the blocked and the local actor merge, for the tests of any module (published in dateline-core's test
 * jar): {@link BlockedActors} gives {@link CorpusActors}' actors, corpus ids and merges (as a set).
 */
final class SameActors {
    private SameActors() {
    }

    /** Asserts that the blocked merge of {@code articles} gives the local merge's actors, corpus ids and merges. */
    static void assertBlockedIsLocal(List<AnalyzedArticle> articles) {
        CorpusActors.Result local = new CorpusActors().merge(articles);
        CorpusActors.Result blocked = new BlockedActors().merge(articles);

        assertThat(blocked.actors()).isEqualTo(local.actors());
        assertThat(blocked.corpusIdOf()).isEqualTo(local.corpusIdOf());
        assertThat(new HashSet<>(blocked.merges())).isEqualTo(new HashSet<>(local.merges()));
        assertThat(blocked.merges()).hasSameSizeAs(local.merges());
    }
}
