package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Party;
import org.dateline.nlp.Stems;
import org.dateline.resources.TsvResource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What the story similarity reads from articles ({@link Stories}), computed once per article and shared by
 * {@link Stories} and {@link Threads}: each word, name, place and event signature becomes a key, an int in one
 * dictionary, so features are compact arrays and comparing two articles is a merge of sorted arrays. Keys are
 * numbered in the order they are first seen, which sets only the order sums are taken in (ties between keys go by
 * {@link #name(int)}); the corpus stage computes features in {@link Stories#OLDEST_FIRST} order, so one run and an
 * append run number them alike. Not thread-safe.
 */
public final class StoryFeatures {
    /** The kinds of key, each with the prefix (a letter and a colon) its name starts with. */
    enum Kind {
        TERM("t:"), ENTITY("e:"), PLACE("p:"), EVENT("v:");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");
    private static final Set<String> STOP = TsvResource.words(Stories.class, "story-stop-words.txt");
    /** How many words' term keys are remembered; a stream's words repeat. */
    private static final int STEM_CACHE = 500_000;

    /**
     * One article's features. Arrays hold key ids in increasing order and are never changed after construction.
     *
     * @param article     the article id
     * @param title       its title, or null
     * @param outlet      its outlet, or null
     * @param duplicateOf the article it copies, or null
     * @param day         its publication day, else a dateline date with a year, or null
     * @param terms       its words (title counted twice, stop words out, stemmed)
     * @param weights     each term's weight, {@code 1 + ln(count)}, in the order of {@code terms}
     * @param entities    the corpus actor ids of its persons, organisations and groups
     * @param places      the places and countries it names and its dateline place
     * @param events      its events' signatures: PLOVER type and the unordered pair of parties
     * @param keys        every key above, of all kinds, in increasing order (what the candidate index holds)
     */
    public record Features(String article, String title, String outlet, String duplicateOf, LocalDate day,
                           int[] terms, float[] weights, int[] entities, int[] places, int[] events, int[] keys) {
    }

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    /** What {@link #term} gives a word that is no term: a stop word or one of two letters or fewer. */
    private static final int NO_TERM = -1;
    /**
     * The term key of each word seen as written (up to {@link #STEM_CACHE} words), or {@link #NO_TERM}: folding and
     * the stemmer are the costly part.
     */
    private final Map<String, Integer> termOf = new HashMap<>();

    /** The features of {@code analyzed}, its actors mapped by {@code corpusIdOf} (ids it lacks stand for themselves). */
    public Features of(AnalyzedArticle analyzed, Map<String, String> corpusIdOf) {
        Article article = analyzed.article();
        Map<Integer, Integer> counts = new HashMap<>();
        String title = article.title() == null ? "" : article.title();
        for (String text : new String[] {title, title, article.text()}) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                int term = term(m.group());
                if (term != NO_TERM) {
                    counts.merge(term, 1, Integer::sum);
                }
            }
        }
        int[] terms = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] weights = new float[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = (float) (1 + Math.log(counts.get(terms[i])));
        }
        List<String> entities = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (Actor actor : analyzed.actors()) {
            if (actor.type() == ActorType.LOCATION || actor.type() == ActorType.COUNTRY) {
                places.add(String.join(" ", NameKey.words(actor.name())));
            } else {
                entities.add(corpusIdOf.getOrDefault(actor.id(), actor.id()));
            }
        }
        if (article.dateline() != null && article.dateline().place() != null) {
            places.add(String.join(" ", NameKey.words(article.dateline().place())));
        }
        List<String> events = new ArrayList<>();
        for (Event e : analyzed.events()) {
            String source = partyKey(e.source(), corpusIdOf);
            String target = partyKey(e.target(), corpusIdOf);
            if (source != null || target != null) {
                List<String> pair = new ArrayList<>(Arrays.asList(source, target));
                pair.sort(Comparator.nullsLast(Comparator.naturalOrder()));
                events.add(e.event() + "|" + pair.get(0) + "|" + pair.get(1));
            }
        }
        int[] entityIds = ids(Kind.ENTITY, entities);
        int[] placeIds = ids(Kind.PLACE, places);
        int[] eventIds = ids(Kind.EVENT, events);
        int[] keys = IntStream.concat(IntStream.of(terms), IntStream.concat(IntStream.of(entityIds),
                IntStream.concat(IntStream.of(placeIds), IntStream.of(eventIds)))).sorted().toArray();
        return new Features(article.id(), article.title(), article.outlet(), article.duplicateOf(),
                article.referenceDay(), terms, weights, entityIds, placeIds, eventIds, keys);
    }

    /** The name of key {@code id}: its kind's prefix and the word, name or signature. */
    String name(int id) {
        return names.get(id);
    }

    /** The word, name or signature of key {@code id}, without its kind's prefix. */
    String value(int id) {
        return names.get(id).substring(2);
    }

    /** How many keys there are; every id is below it. */
    int size() {
        return names.size();
    }

    private int[] ids(Kind kind, List<String> values) {
        return values.stream().mapToInt(v -> id(kind, v)).distinct().sorted().toArray();
    }

    private int id(Kind kind, String value) {
        String name = kind.prefix + value;
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
        }
        return id;
    }

    /** The key of the stem of {@code written} once folded, or {@link #NO_TERM} for a stop word or a short one. */
    private int term(String written) {
        Integer id = termOf.get(written);
        if (id == null) {
            String w = NameKey.fold(written);
            id = w.length() > 2 && !STOP.contains(w) ? id(Kind.TERM, Stems.of(w)) : NO_TERM;
            if (termOf.size() < STEM_CACHE) {
                termOf.put(written, id);
            }
        }
        return id;
    }

    private static String partyKey(Party p, Map<String, String> corpusIdOf) {
        if (p == null) {
            return null;
        }
        return p.actor() != null ? corpusIdOf.getOrDefault(p.actor(), p.actor()) : p.country();
    }
}
