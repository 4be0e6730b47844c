package org.dateline.store.opensearch;

import org.dateline.model.EventType;
import org.dateline.store.Facet;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchQuery.Scope;
import org.dateline.store.SearchResult;
import org.dateline.store.Store;
import org.dateline.store.StoreLocation;
import org.dateline.store.lucene.LuceneLocation;
import org.dateline.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two stores on the same synthetic articles ({@link SyntheticArticles}): how fast each indexes them (articles
 * a second, from the first put to the commit that makes them searchable) and how long a search of a first page with
 * all facets takes (median and 95th percentile over a fixed mix of queries: words, two words, a word with an outlet
 * or a year, events by type and country, quotes by speaker), and that both count the same matches for every query.
 * In the build it runs on 1,000 articles and 120 queries; the figures of docs/scale.md are
 * {@code -Ddateline.bench.articles=20000 -Ddateline.bench.queries=300}. The figures go to
 * {@code target/store-bench.txt}.
 */
class StoreBenchTest {
    private static final int ARTICLES = Integer.getInteger("dateline.bench.articles", 1_000);
    private static final int QUERIES = Integer.getInteger("dateline.bench.queries", 120);
    private static final int WARM_UP = 30;
    private static final int PAGE = 20;

    @TempDir
    Path work;

    /** What one store did: indexing and search figures, and the total of each query in order. */
    private record Figures(String store, double seconds, long bytes, double p50, double p95, List<Long> totals,
                           List<List<SearchResult.FacetCount>> kinds) {
        String line() {
            return String.format(Locale.ROOT, "%-10s %,d articles indexed in %.1f s: %,.0f articles/s; index %,d MB"
                            + " (%,.0f bytes an article); %d searches: p50 %.1f ms, p95 %.1f ms", store, ARTICLES,
                    seconds, ARTICLES / seconds, bytes >> 20, (double) bytes / ARTICLES, totals.size(), p50, p95);
        }
    }

    @Test
    void bothStoresIndexTheSameArticlesAndCountTheSameMatchesForEveryQuery() throws IOException {
        SyntheticArticles articles = new SyntheticArticles(14);
        List<SearchQuery> queries = queries(articles);
        Path folder = work.resolve("lucene");
        Figures lucene = run("lucene", () -> LuceneStore.open(folder, OpenSearchStore.BULK_ARTICLES),
                new LuceneLocation(folder), articles, queries, () -> folderBytes(folder));
        Figures opensearch;
        try (TestNode node = TestNode.single(work.resolve("node"))) {
            OpenSearchLocation location = node.location("bench", 1, 0);
            opensearch = run("opensearch", location::open, location, articles, queries, () -> indexBytes(location));
        }
        String report = "store bench, " + ARTICLES + " synthetic articles (2 quotes and 1 event each), "
                + Runtime.getRuntime().availableProcessors() + " cores; the OpenSearch node runs in the same JVM\n"
                + lucene.line() + "\n" + opensearch.line() + "\n";
        System.out.print(report);
        Files.writeString(Path.of("target", "store-bench.txt"), report, StandardCharsets.UTF_8);

        assertThat(opensearch.totals()).as("matches of each query").isEqualTo(lucene.totals());
        assertThat(opensearch.kinds()).as("articles, quotes and events among the matches of each query")
                .isEqualTo(lucene.kinds());
        assertThat(lucene.totals()).as("queries that find something").filteredOn(t -> t > 0)
                .hasSizeGreaterThan(queries.size() / 2);
    }

    /** Something that measures, in bytes, an index on disk. */
    private interface Size {
        long bytes() throws IOException;
    }

    /** Opens a store for writing. */
    private interface Writer {
        Store open() throws IOException;
    }

    /**
     * Indexes the articles through {@code writer}, then searches {@code location} opened read-only. The Lucene store
     * commits every {@link OpenSearchStore#BULK_ARTICLES} articles here (not every 50, as {@code analyze} does), so
     * that both stores make their work durable as often.
     */
    private static Figures run(String name, Writer writer, StoreLocation location, SyntheticArticles articles,
                               List<SearchQuery> queries, Size size) throws IOException {
        long start = System.nanoTime();
        try (Store store = writer.open()) {
            for (int i = 0; i < ARTICLES; i++) {
                store.put(articles.article(i));
            }
            store.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> totals = new ArrayList<>();
        List<List<SearchResult.FacetCount>> kinds = new ArrayList<>();
        double[] millis = new double[queries.size()];
        try (Store store = location.openReadOnly()) {
            for (int i = 0; i < WARM_UP; i++) {
                store.search(queries.get(i % queries.size()));
            }
            for (int i = 0; i < queries.size(); i++) {
                long t = System.nanoTime();
                SearchResult r = store.search(queries.get(i));
                millis[i] = (System.nanoTime() - t) / 1e6;
                totals.add(r.totalHits());
                kinds.add(r.facet(Facet.KIND).stream().sorted((a, b) -> a.value().compareTo(b.value())).toList());
            }
        }
        Arrays.sort(millis);
        return new Figures(name, seconds, size.bytes(), percentile(millis, 0.50), percentile(millis, 0.95), totals,
                kinds);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** A fixed mix of what people search, each the first page with every facet. */
    private static List<SearchQuery> queries(SyntheticArticles articles) {
        SplittableRandom random = new SplittableRandom(7);
        EventType[] types = EventType.values();
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String word = articles.ranked(50 + random.nextInt(2000));
            queries.add(switch (i % 6) {
                case 0 -> new SearchQuery(word, null, null, null, null, Scope.ALL, PAGE);
                case 1 -> new SearchQuery(word + " " + articles.ranked(20 + random.nextInt(500)), null, null, null,
                        null, Scope.ALL, PAGE);
                case 2 -> new SearchQuery(word, null, SyntheticArticles.outlet(random.nextInt(
                        SyntheticArticles.OUTLET_COUNT)), null, null, Scope.ARTICLES, PAGE);
                case 3 -> {
                    var from = SyntheticArticles.day(random.nextInt(3000));
                    yield new SearchQuery(word, null, null, from, from.plusYears(1), Scope.ALL, PAGE);
                }
                case 4 -> new SearchQuery(null, null, null, null, null, Scope.EVENTS, PAGE,
                        types[random.nextInt(types.length)].name(), SyntheticArticles.country(random.nextInt(
                        SyntheticArticles.COUNTRY_COUNT)), null, null, null, null);
                default -> new SearchQuery(null, SyntheticArticles.speaker(random.nextInt(
                        SyntheticArticles.SPEAKER_COUNT)), null, null, null, Scope.QUOTES, PAGE);
            });
        }
        return queries;
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long indexBytes(OpenSearchLocation location) throws IOException {
        try (OpenSearchStore store = location.openReadOnly()) {
            return store.storedBytes();
        }
    }
}
