package org.dateline.store.opensearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.dateline.model.AnalyzedArticle;
import org.dateline.store.Facet;
import org.dateline.store.IndexMissingException;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResult;
import org.dateline.store.Store;
import org.dateline.store.lucene.ClassicQuery;
import org.dateline.store.lucene.LuceneStore;
import org.dateline.store.lucene.Snippets;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.indices.stats.IndicesStatsMetric;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.dateline.store.opensearch.OpenSearchDocuments.ARTICLES;
import static org.dateline.store.opensearch.OpenSearchDocuments.EVENTS;
import static org.dateline.store.opensearch.OpenSearchDocuments.KIND_EVENT;
import static org.dateline.store.opensearch.OpenSearchDocuments.KIND_QUOTE;
import static org.dateline.store.opensearch.OpenSearchDocuments.QUOTES;

/**
 * The scale-out {@link Store}: three indices of an OpenSearch cluster (2.x or 3.x), reached over HTTP by the
 * opensearch-java client. {@code PREFIX-articles}, {@code PREFIX-quotes} and {@code PREFIX-events} share one mapping
 * ({@code index-mapping.json}): the English analyzer for titles, texts, quotes, evidence, speakers and actors (one
 * analyzer, so that the words of a query may each be found in a different field, as in the Lucene store), keyword
 * fields for every facet ({@link Facet}) and filter.
 *
 * <p>Writing: {@link #put} gathers articles and sends them in one {@code _bulk} request every {@link #BULK_ARTICLES}
 * articles (and before a search, a commit or the close). Documents are keyed by their ids, so a put replaces an
 * earlier one (an upsert); the article's document lists its quotes and events, and those that an earlier put had and
 * this one lacks are deleted in the same request. {@link #commit} sends what is gathered and refreshes the indices,
 * so that readers see it; a bulk request the cluster acknowledged is durable (its translog) without more.
 *
 * <p>Searching: the query text is read in Lucene's classic syntax ({@link ClassicQuery}: a problem is named before
 * the cluster sees the query) and sent as a {@code query_string} over the same fields, term by term
 * ({@code cross_fields}: {@code ceasefire Sarn} matches an article with one word in its title and the other in its
 * text); filters and facets (terms aggregations over all matches) run in the same request. Hits are sorted by score, ties by id, and a page's
 * cursor is the last hit's sort values for {@code search_after}: stateless, so paging goes on when a node holding a
 * copy of the shards is lost (another copy answers). Paging indices nobody writes to meanwhile returns every match
 * once. A search some shard of which no copy answered is an {@link IOException}, never a partial result.
 * Scores are computed per shard: with several shards, keep the default of one shard per index for scores that
 * do not depend on where a document landed.
 *
 * <p>Thread-safe: puts, commits and searches of a store opened for writing take turns.
 */
public final class OpenSearchStore implements Store {
    /** How many articles one {@code _bulk} request carries. */
    public static final int BULK_ARTICLES = 500;
    /**
     * How often a search that some shards did not answer is sent: while a node leaves, the copy of a shard on it can
     * fail a search that the other copy answers a moment later.
     */
    private static final int SEARCH_TRIES = 4;
    private static final long SEARCH_RETRY_PAUSE_MS = 250;
    private static final String[] KINDS = {ARTICLES, QUOTES, EVENTS};
    private static final Map<Facet, String> FACET_FIELDS = facetFields();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchLocation location;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchClient client;
    private final boolean readOnly;
    private final Analyzer analyzer = new StandardAnalyzer();
    /** Articles put since the last bulk request, by id (a second put of one before it replaces the first). */
    private final Map<String, AnalyzedArticle> pending = new LinkedHashMap<>();
    private boolean unrefreshed;
    private volatile boolean holdsArticles;

    private OpenSearchStore(OpenSearchLocation location, boolean readOnly) {
        this.location = location;
        this.readOnly = readOnly;
        HttpHost host = new HttpHost(location.tls() ? "https" : "http", location.host(), location.port());
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper(json));
        if (location.user() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(host),
                    new UsernamePasswordCredentials(location.user(), location.password().toCharArray()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        this.transport = builder.build();
        this.client = new OpenSearchClient(transport);
    }

    /**
     * Opens the store at {@code location} for writing and searching, creating its indices (with the location's
     * shards and replicas) when the cluster lacks them.
     *
     * @throws IOException naming the location when the cluster cannot be reached or refuses the indices
     */
    public static OpenSearchStore open(OpenSearchLocation location) throws IOException {
        OpenSearchStore store = new OpenSearchStore(location, false);
        try {
            for (String kind : KINDS) {
                store.createIfMissing(location.index(kind));
            }
        } catch (IOException | RuntimeException e) {
            store.transport.close();
            throw unreachable(location, e);
        }
        return store;
    }

    /**
     * Opens an existing store for searching only; {@link #put} and {@link #commit} then throw
     * {@link IllegalStateException}. Its searches see what was last committed.
     *
     * @throws IndexMissingException if the cluster has no articles index under the location's prefix
     * @throws IOException naming the location when the cluster cannot be reached
     */
    public static OpenSearchStore openReadOnly(OpenSearchLocation location) throws IOException {
        OpenSearchStore store = new OpenSearchStore(location, true);
        boolean exists;
        try {
            exists = store.client.indices().exists(e -> e.index(location.index(ARTICLES))).value();
        } catch (IOException | RuntimeException e) {
            store.close();
            throw unreachable(location, e);
        }
        if (!exists) {
            store.close();
            throw new IndexMissingException(location.toString(), "the cluster has no index " + location.index(ARTICLES));
        }
        return store;
    }

    /** {@code e}, what opening the store at {@code location} failed with, as an error that names the location. */
    private static IOException unreachable(OpenSearchLocation location, Exception e) {
        if (e instanceof IOException io && io.getMessage() != null && io.getMessage().contains(location.toString())) {
            return io;
        }
        return new IOException("cannot use the OpenSearch store " + location + ": " + e, e);
    }

    /** The bytes the primary copies of the store's three indices take on disk (replicas take as much again each). */
    public long storedBytes() throws IOException {
        return client.indices().stats(s -> s.index(Arrays.stream(KINDS).map(location::index).toList()).metric(IndicesStatsMetric.Store))
                .all().primaries().store().sizeInBytes();
    }

    public OpenSearchLocation location() {
        return location;
    }

    @Override
    public synchronized void put(AnalyzedArticle article) throws IOException {
        writable();
        pending.put(article.article().id(), article);
        if (pending.size() >= BULK_ARTICLES) {
            send();
        }
    }

    @Override
    public synchronized void commit() throws IOException {
        writable();
        send();
        refresh();
    }

    /** Makes everything sent visible to searches (OpenSearch refreshes by itself about every second too). */
    @Override
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(Arrays.stream(KINDS).map(location::index).toList()));
        unrefreshed = false;
    }

    @Override
    public SearchResult search(SearchQuery query) throws IOException {
        ClassicQuery user = ClassicQuery.read(query.text(), analyzer);
        if (!readOnly) {
            synchronized (this) {
                send();
                if (unrefreshed) {
                    refresh();
                }
            }
        }
        requireArticles();
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(indices(query.scope()))
                .query(q -> q.bool(b -> b.must(userQuery(query.text())).filter(filters(query))))
                .sort(s -> s.score(o -> o.order(SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
                .size(query.pageSize() + 1)
                .trackTotalHits(t -> t.enabled(true));
        if (query.cursor() != null) {
            SearchAfter after = SearchAfter.decode(query.cursor());
            request.searchAfter(List.of(FieldValue.of(after.score()), FieldValue.of(after.id())));
        }
        FACET_FIELDS.forEach((facet, field) -> request.aggregations(facet.field(),
                Aggregation.of(a -> a.terms(t -> t.field(field).size(LuceneStore.FACET_VALUES)))));
        SearchResponse<IndexedDocument> response = complete(request.build());
        List<Hit<IndexedDocument>> found = response.hits().hits();
        int shown = Math.min(found.size(), query.pageSize());
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<IndexedDocument> h : found.subList(0, shown)) {
            hits.add(hit(h.source(), h.score() == null ? 0f : h.score().floatValue(), user.words()));
        }
        String next = null;
        if (found.size() > shown) {
            List<FieldValue> last = found.get(shown - 1).sort();
            next = new SearchAfter(last.get(0).doubleValue(), last.get(1).stringValue()).encode();
        }
        Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            for (StringTermsBucket b : response.aggregations().get(f.field()).sterms().buckets().array()) {
                counts.add(new SearchResult.FacetCount(b.key(), (int) b.docCount()));
            }
            facets.put(f, counts);
        }
        return new SearchResult(response.hits().total().value(), hits, facets, next);
    }

    @Override
    public synchronized void close() throws IOException {
        try (transport; analyzer) {
            if (!readOnly) {
                commit();
            }
        }
    }

    private void writable() {
        if (readOnly) {
            throw new IllegalStateException("store " + location + " was opened read-only");
        }
    }

    private void createIfMissing(String index) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("settings").put("number_of_shards", location.shards())
                .put("number_of_replicas", location.replicas())
                .putObject("analysis").putObject("normalizer").putObject("folded").put("type", "custom")
                .putArray("filter").add("lowercase");
        try (InputStream mapping = OpenSearchStore.class.getResourceAsStream("index-mapping.json")) {
            body.set("mappings", JSON.readTree(mapping));
        }
        try (Response r = client.generic().execute(Requests.builder().method("PUT").endpoint("/" + index)
                .json(JSON.writeValueAsString(body)).build())) {
            String answer = r.getBody().map(b -> b.bodyAsString()).orElse("");
            if (r.getStatus() >= 300 && !answer.contains("resource_already_exists_exception")) {
                throw new IOException("cannot create the index " + index + " in " + location + ": HTTP "
                        + r.getStatus() + " " + answer);
            }
        }
    }

    /** Sends the gathered articles in one bulk request, deleting the quotes and events they no longer have. */
    private void send() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, IndexedDocument> before = stored(pending.keySet());
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (AnalyzedArticle a : pending.values()) {
            Set<String> kept = new HashSet<>();
            for (OpenSearchDocuments.Placed p : OpenSearchDocuments.of(a)) {
                kept.add(p.document().id());
                bulk.operations(o -> o.index(i -> i.index(location.index(p.index())).id(p.document().id())
                        .document(p.document())));
            }
            IndexedDocument old = before.get(a.article().id());
            if (old != null) {
                deleteMissing(bulk, old.quoteIds(), kept, QUOTES);
                deleteMissing(bulk, old.eventIds(), kept, EVENTS);
            }
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            BulkResponseItem failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
            throw new IOException("the cluster " + location + " refused document " + failed.id() + " of "
                    + failed.index() + ": " + failed.error().reason());
        }
        pending.clear();
        unrefreshed = true;
        holdsArticles = true;
    }

    private void deleteMissing(BulkRequest.Builder bulk, List<String> ids, Set<String> kept, String kind) {
        if (ids == null) {
            return;
        }
        for (String id : ids) {
            if (!kept.contains(id)) {
                bulk.operations(o -> o.delete(d -> d.index(location.index(kind)).id(id)));
            }
        }
    }

    /** The stored article documents (their quote and event ids only) of those of {@code ids} the index has. */
    private Map<String, IndexedDocument> stored(Set<String> ids) throws IOException {
        Map<String, IndexedDocument> found = new LinkedHashMap<>();
        for (MultiGetResponseItem<IndexedDocument> item : client.mget(m -> m.index(location.index(ARTICLES))
                .ids(List.copyOf(ids)).sourceIncludes("id", "quote_ids", "event_ids"), IndexedDocument.class).docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                found.put(item.result().id(), item.result().source());
            }
        }
        return found;
    }

    /** @throws IndexMissingException when the articles index has no document (or is gone) */
    private void requireArticles() throws IOException {
        if (holdsArticles) {
            return;
        }
        String articles = location.index(ARTICLES);
        long count;
        try {
            count = client.count(c -> c.index(articles)).count();
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                throw new IndexMissingException(location.toString(), "the cluster has no index " + articles);
            }
            throw new IOException("counting the articles of " + location + ": " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new IndexMissingException(location.toString(), "the index " + articles + " holds no article");
        }
        holdsArticles = true;
    }

    private List<String> indices(SearchQuery.Scope scope) {
        return switch (scope) {
            case ARTICLES -> List.of(location.index(ARTICLES));
            case QUOTES -> List.of(location.index(QUOTES));
            case EVENTS -> List.of(location.index(EVENTS));
            case ALL -> Arrays.stream(KINDS).map(location::index).toList();
        };
    }

    private static Query userQuery(String text) {
        if (text == null) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.queryString(s -> s.query(text).fields(Arrays.asList(ClassicQuery.FIELDS))
                .defaultOperator(Operator.And).type(TextQueryType.CrossFields)));
    }

    private static List<Query> filters(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        Function<String, Function<String, Query>> term = field -> value -> Query.of(q -> q.term(t -> t.field(field)
                .value(FieldValue.of(value))));
        if (query.eventType() != null) {
            filters.add(term.apply("event_type").apply(query.eventType()));
        }
        if (query.story() != null) {
            filters.add(term.apply("story").apply(query.story()));
        }
        if (query.thread() != null) {
            filters.add(term.apply("thread").apply(query.thread()));
        }
        if (query.country() != null) {
            filters.add(term.apply("country").apply(query.country()));
        }
        if (query.outlet() != null) {
            filters.add(term.apply("outlet.key").apply(query.outlet().toLowerCase(Locale.ROOT)));
        }
        if (query.minConfidence() != null) {
            filters.add(Query.of(q -> q.range(r -> r.field("confidence").gte(JsonData.of(query.minConfidence())))));
        }
        if (query.speaker() != null) {
            if (query.speaker().codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException("speaker filter \"" + query.speaker() + "\" has no searchable word");
            }
            filters.add(Query.of(q -> q.match(m -> m.field("speaker").query(FieldValue.of(query.speaker()))
                    .operator(Operator.And))));
        }
        if (query.from() != null || query.to() != null) {
            filters.add(Query.of(q -> q.range(r -> {
                r.field("day");
                if (query.from() != null) {
                    r.gte(JsonData.of(query.from().toString()));
                }
                if (query.to() != null) {
                    r.lte(JsonData.of(query.to().toString()));
                }
                return r;
            })));
        }
        return filters;
    }

    private static SearchResult.Hit hit(IndexedDocument doc, float score, Set<String> words) {
        SearchResult.Kind kind = switch (doc.kind()) {
            case KIND_QUOTE -> SearchResult.Kind.QUOTE;
            case KIND_EVENT -> SearchResult.Kind.EVENT;
            default -> SearchResult.Kind.ARTICLE;
        };
        String text = doc.text() == null ? "" : doc.text();
        SearchResult.EventSummary event = kind != SearchResult.Kind.EVENT ? null
                : new SearchResult.EventSummary(doc.eventType(), doc.eventMode(), doc.cameo(), doc.sourceName(),
                doc.targetName(), doc.place());
        return new SearchResult.Hit(doc.id(), kind, score,
                kind == SearchResult.Kind.ARTICLE ? Snippets.around(text, words, LuceneStore.SNIPPET_CHARS)
                        : Snippets.opening(text, LuceneStore.SNIPPET_CHARS),
                doc.speakerName() != null ? doc.speakerName() : doc.speakerMention(), doc.outlet(), doc.date(),
                doc.article(), kind == SearchResult.Kind.ARTICLE ? doc.title() : doc.articleTitle(), event);
    }

    private static Map<Facet, String> facetFields() {
        Map<Facet, String> fields = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            fields.put(f, switch (f) {
                case SPEAKER -> "speaker_name";
                case ACTOR -> "actor.facet";
                default -> f.field();
            });
        }
        return fields;
    }

    /**
     * The response of {@code request} from every shard, asked again while some shards did not answer or the cluster
     * failed it (a 5xx: a node that left between the query and the fetch); a refusal of the request (4xx) at once.
     */
    private SearchResponse<IndexedDocument> complete(SearchRequest request) throws IOException {
        String searching = "searching " + location;
        return new Retried(searching, SEARCH_TRIES, SEARCH_RETRY_PAUSE_MS).call(() -> {
            try {
                SearchResponse<IndexedDocument> response = client.search(request, IndexedDocument.class);
                if (response.shards().failed() > 0) {
                    throw new Retried.Incomplete(response.shards().failed() + " of " + response.shards().total()
                            + " shards did not answer (no copy of them is available), so the result would be incomplete");
                }
                return response;
            } catch (OpenSearchException e) {
                if (e.status() < 500) {
                    throw new IOException(searching + ": " + e.getMessage(), e);
                }
                throw new Retried.Incomplete(e.getMessage());
            } catch (ResponseException e) {
                if (e.status() < 500) {
                    throw new IOException(searching + ": " + e.getMessage(), e);
                }
                throw new Retried.Incomplete("the cluster answered " + e.status());
            }
        });
    }
}
