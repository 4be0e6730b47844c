package org.dateline.store.lucene;

import org.dateline.store.Facet;
import org.dateline.store.IndexMissingException;
import org.dateline.store.SearchResult;
import org.dateline.store.SearchQuery;
import org.dateline.store.Store;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.model.AnalyzedArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.dateline.store.lucene.LuceneDocuments.*;

/**
 * The embedded {@link Store}: a Lucene index in one folder, the one its caller names.
 *
 * <p>Documents: one per article (id, title, text, outlet, published, source), one per quote (id, article,
 * speaker name and mention, cue, kind, text, date, and the article's outlet, published date and title) and
 * one per event (id, article, PLOVER type and mode, CAMEO code, source and target names and their actors'
 * countries, place, evidence text, confidence, date: the event's own when it is a full day, else the article's).
 * Facets (Lucene sorted-set doc-values facets): speaker, outlet, month of the document's date, kind, event
 * type, actor (source and target), country (source and target), story and thread, named by {@link Facet#field()}.
 *
 * <p>Paging: hits are sorted by score, ties by id ({@code searchAfter} on both), and a page's
 * {@link SearchResult#nextCursor()} is the last hit's score, id and document number. Paging an index nobody
 * writes to meanwhile returns every match once; if it changes between pages, a document whose score moved
 * past the cursor can be missed or seen twice.
 *
 * <p>Durability: {@link #open(Path, int)} commits after every {@code commitEvery} puts and {@link #close()}
 * commits, so a killed run loses at most the articles put since the last commit (fewer than
 * {@code commitEvery}); re-running the same input then puts them again without duplicates (see {@link #put}).
 *
 * <p>Two modes: {@link #open} writes and searches (it holds the index's write lock, one writer per folder);
 * {@link #openReadOnly} only searches, sees what was committed when it was opened or last {@link #refresh()}ed,
 * and may run while another process writes. Both search one shared reader ({@link SearcherManager}); a store
 * opened for writing refreshes it before a search when puts came since. Thread-safe.
 */
public final class LuceneStore implements Store {
    public static final int DEFAULT_COMMIT_EVERY = 50;
    /** How many characters of an article an article hit's snippet shows (a quote's is cut at the same length). */
    public static final int SNIPPET_CHARS = 240;
    /** How many values each facet of a {@link SearchResult} lists at most. */
    public static final int FACET_VALUES = 20;

    /** Best first; equal scores by id, so that a cursor names one place in the order. */
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE, new SortField(ID_ORDER, SortField.Type.STRING));

    private final Path location;
    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final LuceneDocuments schema = new LuceneDocuments();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final int commitEvery;
    private int uncommitted;

    private LuceneStore(Path location, int commitEvery, boolean readOnly) throws IOException {
        this.location = location;
        this.commitEvery = commitEvery;
        if (readOnly) {
            if (!Files.isDirectory(location)) {
                throw new IndexMissingException(location.toString(),
                        Files.exists(location) ? "it is a file, not a folder" : "the folder does not exist");
            }
            this.directory = FSDirectory.open(location);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new IndexMissingException(location.toString(), "the folder holds no index");
            }
            this.writer = null;
            this.searchers = new SearcherManager(directory, new FacetedSearchers());
        } else {
            this.directory = FSDirectory.open(location);
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(writer, new FacetedSearchers());
        }
    }

    /** Opens (creating if needed) the store in {@code location} for writing and searching. */
    public static LuceneStore open(Path location) throws IOException {
        return open(location, DEFAULT_COMMIT_EVERY);
    }

    /** As {@link #open(Path)}, committing after every {@code commitEvery} puts. */
    public static LuceneStore open(Path location, int commitEvery) throws IOException {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1, not " + commitEvery);
        }
        return new LuceneStore(location, commitEvery, false);
    }

    /**
     * Opens an existing store for searching only; {@link #put} and {@link #commit} then throw
     * {@link IllegalStateException}.
     *
     * @throws IndexMissingException if {@code location} does not exist or holds no index; the message names it
     */
    public static LuceneStore openReadOnly(Path location) throws IOException {
        return new LuceneStore(location, 1, true);
    }

    public Path location() {
        return location;
    }

    /**
     * Lets later searches see what was committed since the store was opened or last refreshed (a store opened for
     * writing sees every put without this).
     */
    @Override
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * Replaces the article's document and all its quotes' documents in one atomic
     * {@link IndexWriter#updateDocuments} keyed on the article id; commits after every {@code commitEvery}.
     */
    @Override
    public void put(AnalyzedArticle article) throws IOException {
        IndexWriter w = writable();
        w.updateDocuments(new Term(ARTICLE, article.article().id()), schema.of(article));
        boolean due;
        synchronized (this) {
            due = ++uncommitted >= commitEvery;
        }
        if (due) {
            commit();
        }
    }

    @Override
    public synchronized void commit() throws IOException {
        writable().commit();
        uncommitted = 0;
    }

    @Override
    public SearchResult search(SearchQuery query) throws IOException {
        ClassicQuery user = ClassicQuery.read(query.text(), analyzer);
        Query full = withFilters(user.query(), query);
        FieldDoc after = query.cursor() == null ? null : PageCursor.decode(query.cursor()).fieldDoc();
        if (writer != null) {
            searchers.maybeRefreshBlocking();
        }
        FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
        try {
            if (searcher.getIndexReader().numDocs() == 0) {
                throw new IndexMissingException(location.toString(), "the index is empty");
            }
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.searchAfter(searcher, after, full,
                    query.pageSize() + 1, ORDER, true, new FacetsCollectorManager());
            FacetsCollector collected = found.facetsCollector();
            long total = collected.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            ScoreDoc[] page = found.topDocs().scoreDocs;
            int shown = Math.min(page.length, query.pageSize());
            List<SearchResult.Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : Arrays.asList(page).subList(0, shown)) {
                hits.add(hit(stored.document(sd.doc), sd.score, user.words()));
            }
            String next = page.length > shown ? PageCursor.after((FieldDoc) page[shown - 1]).encode() : null;
            return new SearchResult(total, hits, facets(searcher.facetState(), collected), next);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try (directory; analyzer) {
            searchers.close();
            if (writer != null && writer.isOpen()) {
                writer.commit();
                writer.close();
            }
        }
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("store in " + location + " was opened read-only");
        }
        return writer;
    }

    private Query withFilters(Query userQuery, SearchQuery query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
        switch (query.scope()) {
            case ARTICLES -> b.add(new TermQuery(new Term(KIND, KIND_ARTICLE)), BooleanClause.Occur.FILTER);
            case QUOTES -> b.add(new TermQuery(new Term(KIND, KIND_QUOTE)), BooleanClause.Occur.FILTER);
            case EVENTS -> b.add(new TermQuery(new Term(KIND, KIND_EVENT)), BooleanClause.Occur.FILTER);
            case ALL -> { }
        }
        if (query.eventType() != null) {
            b.add(new TermQuery(new Term(EVENT_TYPE, query.eventType())), BooleanClause.Occur.FILTER);
        }
        if (query.story() != null) {
            b.add(new TermQuery(new Term(STORY, query.story())), BooleanClause.Occur.FILTER);
        }
        if (query.thread() != null) {
            b.add(new TermQuery(new Term(THREAD, query.thread())), BooleanClause.Occur.FILTER);
        }
        if (query.minConfidence() != null) {
            b.add(DoublePoint.newRangeQuery(CONFIDENCE, query.minConfidence(), Double.POSITIVE_INFINITY),
                    BooleanClause.Occur.FILTER);
        }
        if (query.country() != null) {
            b.add(new TermQuery(new Term(COUNTRY, query.country())), BooleanClause.Occur.FILTER);
        }
        if (query.speaker() != null) {
            List<String> words = analyze(SPEAKER, query.speaker());
            if (words.isEmpty()) {
                throw new IllegalArgumentException("speaker filter \"" + query.speaker() + "\" has no searchable word");
            }
            for (String word : words) {
                b.add(new TermQuery(new Term(SPEAKER, word)), BooleanClause.Occur.FILTER);
            }
        }
        if (query.outlet() != null) {
            b.add(new TermQuery(new Term(OUTLET_KEY, outletKey(query.outlet()))), BooleanClause.Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private List<String> analyze(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing \"" + text + "\"", e);
        }
        return words;
    }

    private static SearchResult.Hit hit(Document doc, float score, Set<String> words) {
        SearchResult.Kind kind = switch (doc.get(KIND)) {
            case KIND_QUOTE -> SearchResult.Kind.QUOTE;
            case KIND_EVENT -> SearchResult.Kind.EVENT;
            default -> SearchResult.Kind.ARTICLE;
        };
        String text = doc.get(TEXT);
        String speaker = doc.get(SPEAKER_NAME) != null ? doc.get(SPEAKER_NAME) : doc.get(SPEAKER_MENTION);
        SearchResult.EventSummary event = kind != SearchResult.Kind.EVENT ? null
                : new SearchResult.EventSummary(doc.get(EVENT_TYPE), doc.get(EVENT_MODE), doc.get(CAMEO),
                doc.get(SOURCE_NAME), doc.get(TARGET_NAME), doc.get(PLACE));
        return new SearchResult.Hit(doc.get(ID), kind, score,
                kind == SearchResult.Kind.ARTICLE ? Snippets.around(text, words, SNIPPET_CHARS)
                        : Snippets.opening(text, SNIPPET_CHARS),
                speaker, doc.get(OUTLET), doc.get(DATE), doc.get(ARTICLE),
                kind == SearchResult.Kind.ARTICLE ? doc.get(TITLE) : doc.get(ARTICLE_TITLE), event);
    }

    private static Map<Facet, List<SearchResult.FacetCount>> facets(SortedSetDocValuesReaderState state,
                                                                    FacetsCollector collected) throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collected);
        Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            facets.put(f, facet(counts, state, f.field()));
        }
        return facets;
    }

    private static List<SearchResult.FacetCount> facet(SortedSetDocValuesFacetCounts counts,
                                                       SortedSetDocValuesReaderState state, String dim)
            throws IOException {
        if (state.getOrdRange(dim) == null) {
            return List.of();
        }
        FacetResult result = counts.getTopChildren(FACET_VALUES, dim);
        if (result == null) {
            return List.of();
        }
        List<SearchResult.FacetCount> values = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            values.add(new SearchResult.FacetCount(lv.label, lv.value.intValue()));
        }
        return values;
    }

    /** Makes the {@link SearcherManager}'s searchers {@link FacetedSearcher}s. */
    private final class FacetedSearchers extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new FacetedSearcher(reader, schema.facetsConfig());
        }
    }

    /** A searcher that reads its reader's facet ordinals once, on its first search, for all searches after. */
    private static final class FacetedSearcher extends IndexSearcher {
        private final FacetsConfig config;
        private SortedSetDocValuesReaderState facetState;

        FacetedSearcher(IndexReader reader, FacetsConfig config) {
            super(reader);
            this.config = config;
        }

        synchronized SortedSetDocValuesReaderState facetState() throws IOException {
            if (facetState == null) {
                facetState = new DefaultSortedSetDocValuesReaderState(getIndexReader(), config);
            }
            return facetState;
        }
    }
}
