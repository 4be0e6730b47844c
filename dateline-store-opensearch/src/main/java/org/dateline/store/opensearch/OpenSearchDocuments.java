package org.dateline.store.opensearch;

import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.IsoDay;
import org.dateline.model.Party;
import org.dateline.model.Quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How an analysed article becomes the documents of {@link OpenSearchStore}: one in the articles index, one per quote
 * and one per event in theirs. The same fields as the Lucene store's documents, so that a search finds the same
 * documents in both.
 */
final class OpenSearchDocuments {
    static final String ARTICLES = "articles";
    static final String QUOTES = "quotes";
    static final String EVENTS = "events";
    static final String KIND_ARTICLE = "article";
    static final String KIND_QUOTE = "quote";
    static final String KIND_EVENT = "event";

    private OpenSearchDocuments() {
    }

    /** A document and the kind of index ({@link #ARTICLES}, {@link #QUOTES}, {@link #EVENTS}) it goes to. */
    record Placed(String index, IndexedDocument document) {
    }

    /** The article's document, then its quotes' and its events'. */
    static List<Placed> of(AnalyzedArticle analyzed) {
        Article article = analyzed.article();
        List<Placed> docs = new ArrayList<>();
        docs.add(new Placed(ARTICLES, articleDoc(analyzed)));
        for (Quote quote : analyzed.quotes()) {
            docs.add(new Placed(QUOTES, quoteDoc(article, quote)));
        }
        Map<String, Actor> actors = new HashMap<>();
        analyzed.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
        for (Event event : analyzed.events()) {
            docs.add(new Placed(EVENTS, eventDoc(article, event, actors)));
        }
        return docs;
    }

    private static IndexedDocument articleDoc(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        Dated d = Dated.of(a.published(), a.published());
        return new IndexedDocument(a.id(), KIND_ARTICLE, a.id(), blankToNull(a.title()), null, a.text(), a.source(),
                null, null, null, null, null, outlet(a), a.published(), a.story(), a.thread(), d.date(), d.day(),
                d.month(), null, null, null, null, null, null, null, null, null,
                analyzed.quotes().stream().map(Quote::id).toList(), analyzed.events().stream().map(Event::id).toList());
    }

    private static IndexedDocument quoteDoc(Article a, Quote q) {
        Dated d = Dated.of(q.date(), a.published());
        String name = q.speaker() == null ? null : blankToNull(q.speaker().name());
        String mention = q.speaker() == null ? null : blankToNull(q.speaker().mention());
        List<String> speaker = Stream.of(name, mention).filter(s -> s != null).toList();
        return new IndexedDocument(q.id(), KIND_QUOTE, a.id(), null, blankToNull(a.title()), q.text(), null,
                speaker.isEmpty() ? null : speaker, name, mention, blankToNull(q.cue()),
                q.kind() == null ? null : q.kind().name().toLowerCase(Locale.ROOT), outlet(a), a.published(),
                a.story(), a.thread(), d.date(), d.day(), d.month(), null, null, null, null, null, null, null, null,
                null, null, null);
    }

    private static IndexedDocument eventDoc(Article a, Event e, Map<String, Actor> actors) {
        Dated d = Dated.of(e.date(), a.published());
        Side source = Side.of(e.source(), actors);
        Side target = Side.of(e.target(), actors);
        Set<String> names = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (Side side : List.of(source, target)) {
            if (side.name() != null) {
                names.add(side.name());
            }
            if (side.country() != null) {
                countries.add(side.country());
            }
        }
        return new IndexedDocument(e.id(), KIND_EVENT, a.id(), null, blankToNull(a.title()),
                e.text() == null ? "" : e.text(), null, null, null, null, null, null, outlet(a), a.published(),
                a.story(), a.thread(), d.date(), d.day(), d.month(), e.event() == null ? null : e.event().name(),
                blankToNull(e.mode()), blankToNull(e.cameo()), e.confidence(), blankToNull(e.place()), source.name(),
                target.name(), names.isEmpty() ? null : List.copyOf(names),
                countries.isEmpty() ? null : List.copyOf(countries), null, null);
    }

    private static String outlet(Article a) {
        return blankToNull(a.outlet());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * An event's side as searched: its actor's canonical name (else the name as written) and country (the party's
     * own, else its actor's), both null for no side.
     */
    private record Side(String name, String country) {
        static Side of(Party party, Map<String, Actor> actors) {
            if (party == null) {
                return new Side(null, null);
            }
            Actor actor = party.actor() == null ? null : actors.get(party.actor());
            String name = blankToNull(actor != null ? actor.name() : party.name());
            String country = party.country() != null || actor == null ? party.country() : actor.country();
            return new Side(name, country == null ? null : country.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The date a document is filtered and counted by: {@code own} when it begins with a full ISO day, else
     * {@code fallback} when that does, else none (all three fields null).
     */
    private record Dated(String date, String day, String month) {
        static Dated of(String own, String fallback) {
            for (String value : new String[] {own, fallback}) {
                LocalDate day = IsoDay.of(value);
                if (day != null) {
                    return new Dated(value, day.toString(), day.toString().substring(0, 7));
                }
            }
            return new Dated(null, null, null);
        }
    }
}
