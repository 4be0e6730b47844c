package org.dateline.store.opensearch;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchQuery.Scope;
import org.dateline.store.SearchResult;
import org.dateline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.apache.hc.core5.http.HttpHost;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A two-node cluster: every shard of the store's indices has a replica on the other node, and when the second node
 * stops while searches run and while a result is being paged, every search still counts every match and the pages
 * still give each article once.
 */
class OpenSearchClusterTest {
    private static final int ARTICLES = 240;
    private static final int SHARDS = 2;
    @TempDir
    static Path home;
    private static TestNode first;
    private static TestNode second;

    @BeforeAll
    static void startCluster() {
        first = TestNode.first(home.resolve("first"));
        second = TestNode.joining("second", home.resolve("second"), first);
    }

    @AfterAll
    static void stopCluster() throws IOException {
        second.close();
        first.close();
    }

    @Test
    void replicasKeepEverySearchCompleteWhenANodeStopsMidQuery() throws Exception {
        OpenSearchLocation location = first.location("cluster", SHARDS, 1);
        Set<String> ids = new HashSet<>();
        try (Store writer = OpenSearchStore.open(location)) {
            for (int i = 0; i < ARTICLES; i++) {
                AnalyzedArticle a = article(i);
                writer.put(a);
                ids.add(a.article().id());
            }
        }
        HealthResponse health = health(location, HealthStatus.Green);
        assertThat(health.status()).isEqualTo(HealthStatus.Green);
        assertThat(health.numberOfDataNodes()).isEqualTo(2);
        assertThat(health.activeShards()).as("three indices, %d primaries each, one replica of each", SHARDS)
                .isEqualTo(3 * SHARDS * 2);

        SearchQuery query = new SearchQuery("depot", null, null, null, null, Scope.ARTICLES, 20);
        try (Store reader = OpenSearchStore.openReadOnly(location)) {
            List<String> paged = new ArrayList<>();
            SearchResult page = reader.search(query);
            page.hits().forEach(h -> paged.add(h.id()));

            AtomicBoolean stopping = new AtomicBoolean(true);
            CountDownLatch searching = new CountDownLatch(2);
            ExecutorService searchers = Executors.newFixedThreadPool(2);
            List<Future<Integer>> running = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                running.add(searchers.submit(() -> {
                    int searches = 0;
                    while (stopping.get()) {
                        assertThat(reader.search(query).totalHits()).isEqualTo(ARTICLES);
                        searches++;
                        searching.countDown();
                    }
                    return searches;
                }));
            }
            assertThat(searching.await(1, TimeUnit.MINUTES)).as("both searchers under way").isTrue();
            second.close();
            stopping.set(false);
            searchers.shutdown();
            assertThat(searchers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            for (Future<Integer> f : running) {
                assertThat(f.get()).as("complete searches, from before the node stopped until after").isPositive();
            }

            while (page.nextCursor() != null) {
                page = reader.search(query.withCursor(page.nextCursor()));
                assertThat(page.totalHits()).isEqualTo(ARTICLES);
                page.hits().forEach(h -> paged.add(h.id()));
            }
            assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        }
        assertThat(health(location, HealthStatus.Yellow).status()).as("replicas of the stopped node's shards are gone")
                .isEqualTo(HealthStatus.Yellow);
    }

    private static AnalyzedArticle article(int i) {
        String text = "Trucks queued at the depot on day " + i + "." + " The depot stayed open late.".repeat(i % 5);
        Article a = new Article("c" + i, "c" + i + ".html", i % 3 == 0 ? "Velmora Herald" : "Kestrel Wire",
                "Depot report " + i, LocalDate.of(2024, 1, 1).plusDays(i).toString(), "metadata", null, List.of(), "en",
                text, null, null, List.of());
        return new AnalyzedArticle(a, List.of(), List.of(), List.of());
    }

    /** The health of the store's indices once it is at least {@code wanted} (or after a minute). */
    private static HealthResponse health(OpenSearchLocation location, HealthStatus wanted) throws IOException {
        try (ApacheHttpClient5Transport transport = ApacheHttpClient5TransportBuilder.builder(
                new HttpHost("http", location.host(), location.port())).build()) {
            return new OpenSearchClient(transport).cluster().health(h -> h.index(location.prefix() + "-*")
                    .waitForStatus(wanted).waitForNoInitializingShards(true)
                    .timeout(t -> t.time("60s")));
        }
    }
}
