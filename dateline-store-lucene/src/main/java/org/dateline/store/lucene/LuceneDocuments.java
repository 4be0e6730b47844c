package org.dateline.store.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.store.Facet;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Lucene schema of {@link LuceneStore}: field names and how an analysed article becomes documents. */
final class LuceneDocuments {
    static final String ID = "id";
    /** The article id, on the article's own document and on each of its quotes: the key of an upsert. */
    static final String ARTICLE = "article";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String ARTICLE_TITLE = "article_title";
    static final String TEXT = "text";
    /** Analysed: the speaker's canonical name and the mention as written. */
    static final String SPEAKER = "speaker";
    static final String SPEAKER_NAME = "speaker_name";
    static final String SPEAKER_MENTION = "speaker_mention";
    static final String CUE = "cue";
    static final String QUOTE_KIND = "quote_kind";
    static final String OUTLET = "outlet";
    static final String OUTLET_KEY = "outlet_key";
    static final String PUBLISHED = "published";
    static final String SOURCE = "source";
    /** Stored: the date as written that {@link #DAY} was parsed from. */
    static final String DATE = "date";
    /** Point: epoch day of the document's date, for range filters. */
    static final String DAY = "day";

    /** Events: PLOVER type (upper case), mode and CAMEO code, stored. */
    static final String EVENT_TYPE = "event_type";
    static final String EVENT_MODE = "event_mode";
    static final String CAMEO = "cameo";
    /** Events: the confidence, for range filters. */
    static final String CONFIDENCE = "confidence";
    static final String PLACE = "place";
    static final String SOURCE_NAME = "source_name";
    static final String TARGET_NAME = "target_name";
    /** Analysed: the names of an event's source and target. */
    static final String ACTOR = "actor";
    /** Exact: the country codes of an event's source and target. */
    static final String COUNTRY = "country";
    /** Exact, stored: the story of the article (on its quotes' and events' documents too), once linked. */
    static final String STORY = "story";
    /** Exact, stored: the thread of the article's story (on its quotes' and events' documents too), once linked. */
    static final String THREAD = "thread";

    /**
     * Sorted doc values: the document's id, which breaks ties between equal scores so that pages are stable.
     * Indexes written before it existed lack it; their ties fall back to Lucene's document order.
     */
    static final String ID_ORDER = "id_order";

    private static final String FACET_SPEAKER = Facet.SPEAKER.field();
    private static final String FACET_EVENT_TYPE = Facet.EVENT_TYPE.field();
    private static final String FACET_ACTOR = Facet.ACTOR.field();
    private static final String FACET_COUNTRY = Facet.COUNTRY.field();
    private static final String FACET_OUTLET = Facet.OUTLET.field();
    private static final String FACET_MONTH = Facet.MONTH.field();
    private static final String FACET_KIND = Facet.KIND.field();
    private static final String FACET_STORY = Facet.STORY.field();
    private static final String FACET_THREAD = Facet.THREAD.field();

    static final String KIND_ARTICLE = "article";
    static final String KIND_QUOTE = "quote";
    static final String KIND_EVENT = "event";

    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private final FacetsConfig facets = new FacetsConfig();

    LuceneDocuments() {
        facets.setMultiValued(FACET_ACTOR, true);
        facets.setMultiValued(FACET_COUNTRY, true);
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    /** The article's document followed by one per quote and one per event, facets built. */
    List<Document> of(AnalyzedArticle analyzed) throws IOException {
        Article article = analyzed.article();
        List<Document> docs = new ArrayList<>();
        docs.add(facets.build(articleDoc(article)));
        for (Quote quote : analyzed.quotes()) {
            docs.add(facets.build(quoteDoc(article, quote)));
        }
        Map<String, Actor> actors = new HashMap<>();
        analyzed.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
        for (Event event : analyzed.events()) {
            docs.add(facets.build(eventDoc(article, event, actors)));
        }
        return docs;
    }

    static String outletKey(String outlet) {
        return outlet.strip().toLowerCase(Locale.ROOT);
    }

    private Document articleDoc(Article article) {
        Document doc = new Document();
        id(doc, article.id());
        common(doc, KIND_ARTICLE, article);
        addIfPresent(doc, article.title(), v -> new TextField(TITLE, v, Field.Store.YES));
        doc.add(new TextField(TEXT, article.text(), Field.Store.YES));
        addIfPresent(doc, article.source(), v -> new StoredField(SOURCE, v));
        date(doc, article.published());
        return doc;
    }

    private Document quoteDoc(Article article, Quote quote) {
        Document doc = new Document();
        id(doc, quote.id());
        common(doc, KIND_QUOTE, article);
        addIfPresent(doc, article.title(), v -> new StoredField(ARTICLE_TITLE, v));
        doc.add(new TextField(TEXT, quote.text(), Field.Store.YES));
        if (quote.speaker() != null) {
            String name = quote.speaker().name();
            String mention = quote.speaker().mention();
            String words = String.join(" ", nonNull(name, mention));
            if (!words.isBlank()) {
                doc.add(new TextField(SPEAKER, words, Field.Store.NO));
            }
            addIfPresent(doc, name, v -> new StoredField(SPEAKER_NAME, v));
            addIfPresent(doc, mention, v -> new StoredField(SPEAKER_MENTION, v));
            addIfPresent(doc, name, v -> new SortedSetDocValuesFacetField(FACET_SPEAKER, v));
        }
        addIfPresent(doc, quote.cue(), v -> new StoredField(CUE, v));
        if (quote.kind() != null) {
            doc.add(new StoredField(QUOTE_KIND, quote.kind().name().toLowerCase(Locale.ROOT)));
        }
        if (isoDay(quote.date()) != null) {
            date(doc, quote.date());
        } else {
            date(doc, article.published());
        }
        return doc;
    }

    private Document eventDoc(Article article, Event event, Map<String, Actor> actors) {
        Document doc = new Document();
        id(doc, event.id());
        common(doc, KIND_EVENT, article);
        addIfPresent(doc, article.title(), v -> new StoredField(ARTICLE_TITLE, v));
        doc.add(new TextField(TEXT, event.text() == null ? "" : event.text(), Field.Store.YES));
        String type = event.event() == null ? null : event.event().name();
        addIfPresent(doc, type, v -> new StringField(EVENT_TYPE, v, Field.Store.YES));
        addIfPresent(doc, type, v -> new SortedSetDocValuesFacetField(FACET_EVENT_TYPE, v));
        addIfPresent(doc, event.mode(), v -> new StoredField(EVENT_MODE, v));
        addIfPresent(doc, event.cameo(), v -> new StoredField(CAMEO, v));
        doc.add(new DoublePoint(CONFIDENCE, event.confidence()));
        addIfPresent(doc, event.place(), v -> new StoredField(PLACE, v));
        Set<String> names = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        party(doc, event.source(), SOURCE_NAME, actors, names, countries);
        party(doc, event.target(), TARGET_NAME, actors, names, countries);
        if (!names.isEmpty()) {
            doc.add(new TextField(ACTOR, String.join(" ", names), Field.Store.NO));
        }
        names.forEach(n -> doc.add(new SortedSetDocValuesFacetField(FACET_ACTOR, n)));
        for (String c : countries) {
            doc.add(new StringField(COUNTRY, c, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(FACET_COUNTRY, c));
        }
        if (isoDay(event.date()) != null) {
            date(doc, event.date());
        } else {
            date(doc, article.published());
        }
        return doc;
    }

    /** Stores a side's name and collects its name and its actor's country. */
    private static void party(Document doc, Party party, String field, Map<String, Actor> actors, Set<String> names,
                              Set<String> countries) {
        if (party == null) {
            return;
        }
        Actor actor = party.actor() == null ? null : actors.get(party.actor());
        String name = actor != null ? actor.name() : party.name();
        if (name != null && !name.isBlank()) {
            doc.add(new StoredField(field, name));
            names.add(name.strip());
        }
        String country = party.country() != null || actor == null ? party.country() : actor.country();
        if (country != null) {
            countries.add(country.toUpperCase(Locale.ROOT));
        }
    }

    private static void id(Document doc, String id) {
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID_ORDER, new BytesRef(id)));
    }

    private static void common(Document doc, String kind, Article article) {
        doc.add(new StringField(ARTICLE, article.id(), Field.Store.YES));
        doc.add(new StringField(KIND, kind, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(FACET_KIND, kind));
        String outlet = article.outlet();
        if (outlet != null && !outlet.isBlank()) {
            doc.add(new StoredField(OUTLET, outlet));
            doc.add(new StringField(OUTLET_KEY, outletKey(outlet), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(FACET_OUTLET, outlet.strip()));
        }
        addIfPresent(doc, article.published(), v -> new StoredField(PUBLISHED, v));
        addIfPresent(doc, article.story(), v -> new StringField(STORY, v, Field.Store.YES));
        addIfPresent(doc, article.story(), v -> new SortedSetDocValuesFacetField(FACET_STORY, v));
        addIfPresent(doc, article.thread(), v -> new StringField(THREAD, v, Field.Store.YES));
        addIfPresent(doc, article.thread(), v -> new SortedSetDocValuesFacetField(FACET_THREAD, v));
    }

    /** Adds the stored date, its day point and its month facet, when {@code value} starts with an ISO day. */
    private static void date(Document doc, String value) {
        LocalDate day = isoDay(value);
        if (day == null) {
            return;
        }
        doc.add(new StoredField(DATE, value));
        doc.add(new LongPoint(DAY, day.toEpochDay()));
        doc.add(new SortedSetDocValuesFacetField(FACET_MONTH, value.substring(0, 7)));
    }

    /** The day an ISO date or date-time starts with, or null (also for TIMEX values like {@code XXXX-12-02}). */
    static LocalDate isoDay(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void addIfPresent(Document doc, String value,
                                        Function<String, ? extends IndexableField> field) {
        if (value != null && !value.isBlank()) {
            doc.add(field.apply(value));
        }
    }

    private static List<String> nonNull(String... values) {
        List<String> list = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                list.add(v);
            }
        }
        return list;
    }
}
