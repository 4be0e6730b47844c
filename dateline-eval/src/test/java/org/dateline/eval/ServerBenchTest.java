package org.dateline.eval;

import org.dateline.corpus.CorpusActors;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.server.ServedOutput;
import org.dateline.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServerBenchTest {
    @TempDir
    Path work;

    @Test
    void aSyntheticArticleHasItsFactsAtTheirOffsets() {
        AnalyzedArticle a = new SyntheticRecord(4L).article(17);
        String text = a.article().text();

        assertThat(text.substring(a.quotes().get(0).start(), a.quotes().get(0).end())).isEqualTo(a.quotes().get(0).text());
        assertThat(text.substring(a.events().get(0).start(), a.events().get(0).end())).isEqualTo(a.events().get(0).text());
        assertThat(text.substring(a.times().get(0).start(), a.times().get(0).end())).isEqualTo("Monday");
        a.mentions().forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(new SyntheticRecord(4L).article(17)).isEqualTo(a);
    }

    @Test
    void theWrittenRecordIsAnOutputTheServerReads() throws IOException {
        SyntheticRecord.Written written;
        try (LuceneStore store = LuceneStore.open(work.resolve("store"))) {
            written = new SyntheticRecord(2L).write(100, work.resolve("out"), store);
        }
        ServedOutput.Counts counts = ServedOutput.read(work.resolve("out")).counts();

        assertThat(counts.articles()).isEqualTo(100);
        assertThat(counts.quotes()).isEqualTo(100);
        assertThat(counts.events()).isEqualTo(100);
        assertThat(counts.stories()).isEqualTo(written.stories()).isEqualTo(100 / SyntheticRecord.PER_STORY + 1);
        assertThat(counts.threads()).isEqualTo(written.threads());
    }

    @Test
    void theRecordsActorsKeepTheirIdsWhenABatchIsAddedAsAnalyzeAppendAddsIt() throws IOException {
        try (LuceneStore store = LuceneStore.open(work.resolve("store"))) {
            new SyntheticRecord(2L).write(100, work.resolve("out"), store);
        }
        List<Actor> known = List.copyOf(ServedOutput.read(work.resolve("out")).actors().values());
        CorpusActors.Result withBatch = new CorpusActors().merge(known, List.of(new SyntheticRecord(5L).article(0)));

        assertThat(known).hasSizeGreaterThan(100);
        known.forEach(a -> assertThat(withBatch.corpusIdOf()).containsEntry(a.id(), a.id()));
    }

    @Test
    void theSearchesAreVariedAndEveryOneIsAnswered() throws IOException {
        ServerBench.Latency latency = ServerBench.latency(300, 3L, work, 80, message -> { });
        List<String> queries = ServerBench.queries(new SyntheticRecord.Written(300, 38, 7, List.of("The Herald"),
                List.of(new SyntheticRecord(3L).article(0).actors().get(0)), List.of("talks", "crossing")), 3L, 80);

        assertThat(latency.failed()).isZero();
        assertThat(latency.queries()).isEqualTo(80);
        assertThat(latency.p95ByKind()).hasSize(ServerBench.KINDS.size()).allSatisfy(p -> assertThat(p).isPositive());
        assertThat(latency.p95()).isGreaterThanOrEqualTo(latency.p50()).isPositive();
        assertThat(new HashSet<>(queries)).hasSizeGreaterThan(20);
        assertThat(queries).anyMatch(q -> q.contains("speaker=")).anyMatch(q -> q.contains("event_type="))
                .anyMatch(q -> q.contains("from=")).anyMatch(q -> q.contains("story="));
        assertThat(latency.format()).contains("p50", "p95", "0 failed");
    }
}
