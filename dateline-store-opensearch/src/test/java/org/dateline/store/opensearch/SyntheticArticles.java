package org.dateline.store.opensearch;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invented analysed articles for the store benchmark: texts of 150 to 450 words drawn Zipf-like from a vocabulary
 * of 20,000 made-up words, each with two quotes of one of 500 speakers and one event between two of 60 countries, from
 * 40 outlets over ten years, 20 articles a story. Words are consonant-vowel syllables ending in a, o or u, which
 * neither the English analyzer's stemmer nor its stop list changes, so that both stores index the same terms.
 * Article {@code i} depends only on the seed and {@code i}: nothing is kept in memory.
 *
 * <p>(dateline-eval's {@code SyntheticNews} makes texts only, and that module brings the language models; this one
 * makes the quotes, events and facets a store is searched by.)
 */
final class SyntheticArticles {
    private static final String[] ONSETS = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
            "dr", "kr", "st", "tr", "sh", "ch"};
    private static final String[] VOWELS = {"a", "o", "u"};
    private static final int VOCABULARY = 20_000;
    private static final int SPEAKERS = 500;
    private static final int COUNTRIES = 60;
    private static final int OUTLETS = 40;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 3650;

    private final long seed;
    private final List<String> words = new ArrayList<>();

    SyntheticArticles(long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> seen = new LinkedHashSet<>();
        while (seen.size() < VOCABULARY) {
            StringBuilder w = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            seen.add(w.toString());
        }
        words.addAll(seen);
    }

    /** A word by rank, frequent ones often (probability about 1 / rank). */
    String word(SplittableRandom random) {
        return ranked(Math.min(VOCABULARY, (int) Math.exp(random.nextDouble() * Math.log(VOCABULARY + 1.0))));
    }

    /** The word of {@code rank}, from 1 (the most frequent) to the vocabulary's size. */
    String ranked(int rank) {
        return words.get(rank - 1);
    }

    static final int OUTLET_COUNT = OUTLETS;
    static final int SPEAKER_COUNT = SPEAKERS;
    static final int COUNTRY_COUNT = COUNTRIES;

    static String outlet(int n) {
        return "Outlet " + (char) ('A' + n % 26) + (n / 26);
    }

    static String speaker(int n) {
        return "Speaker" + n + " Surname" + (n % 97);
    }

    static String country(int n) {
        return "C" + (char) ('A' + n / 26) + (char) ('A' + n % 26);
    }

    static LocalDate day(int n) {
        return FIRST_DAY.plusDays(n % DAYS);
    }

    AnalyzedArticle article(int i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String id = "s" + i;
        String published = day(random.nextInt(DAYS)).toString();
        StringBuilder text = new StringBuilder();
        for (int n = 150 + random.nextInt(300); n > 0; n--) {
            text.append(word(random)).append(n % 12 == 1 ? ". " : " ");
        }
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < 2; q++) {
            int start = text.length();
            for (int n = 0; n < 15; n++) {
                text.append(n == 0 ? "" : " ").append(word(random));
            }
            int end = text.length();
            text.append(". ");
            String name = speaker(random.nextInt(SPEAKERS));
            quotes.add(new Quote(id + "-q" + q, id, new Speaker("actor-" + name, name, name), QuoteKind.DIRECT,
                    "said", text.substring(start, end), start, end, null, null));
        }
        int start = 0;
        int end = text.indexOf(". ") + 1;
        EventType[] types = EventType.values();
        Event event = new Event("e" + id, id, new Party(null, "the government", country(random.nextInt(COUNTRIES)),
                null), new Party(null, "its neighbour", country(random.nextInt(COUNTRIES)), null),
                types[random.nextInt(types.length)], null, null, published, DateBasis.SENTENCE, null,
                text.substring(start, end), start, end, random.nextDouble());
        Article a = new Article(id, id + ".txt", outlet(random.nextInt(OUTLETS)), word(random) + " " + word(random),
                published, "metadata", null, List.of(), "en", text.toString().strip(), null, null, List.of())
                .withLinks(null, "story-" + i / 20).withThread("thread-" + i / 200);
        return new AnalyzedArticle(a, List.of(), quotes, List.of(), List.of(event));
    }
}
