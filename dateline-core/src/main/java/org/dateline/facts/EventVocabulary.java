package org.dateline.facts;

import org.dateline.model.EventType;
import org.dateline.resources.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The PLOVER trigger vocabulary of {@code plover-vocabulary.tsv} (its header documents the format), looked
 * up by the lemma of a trigger word. Immutable and shared.
 */
public final class EventVocabulary {
    /** The word of a pattern that a verb with any direct object matches ("strike +obj": struck the depots). */
    public static final String ANY_OBJECT = "+obj";
    private static final EventVocabulary DEFAULT = load(EventVocabulary.class, "plover-vocabulary.tsv");

    private final Map<String, List<EventPattern>> verbs;
    private final Map<String, List<EventPattern>> nouns;

    private EventVocabulary(Map<String, List<EventPattern>> verbs, Map<String, List<EventPattern>> nouns) {
        this.verbs = verbs;
        this.nouns = nouns;
    }

    public static EventVocabulary get() {
        return DEFAULT;
    }

    /**
     * The pattern for a verb (or predicate adjective) with lemma {@code lemma}: the two-word patterns whose
     * second word {@code hasWord} accepts come first, then the one-word pattern; empty when none fits.
     */
    public Optional<EventPattern> verb(String lemma, Predicate<String> hasWord) {
        return best(verbs, lemma, hasWord);
    }

    /** Like {@link #verb}, for a noun trigger; {@code hasWord} tests its compound modifiers. */
    public Optional<EventPattern> noun(String lemma, Predicate<String> hasWord) {
        return best(nouns, lemma, hasWord);
    }

    private static Optional<EventPattern> best(Map<String, List<EventPattern>> table, String lemma,
                                                         Predicate<String> hasWord) {
        List<EventPattern> candidates = table.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
        EventPattern single = null;
        for (EventPattern p : candidates) {
            if (p.word() == null) {
                single = p;
            } else if (hasWord.test(p.word())) {
                return Optional.of(p);
            }
        }
        return Optional.ofNullable(single);
    }

    /**
     * The vocabulary of {@code name}, a resource next to {@code owner} in the format of
     * {@code plover-vocabulary.tsv}; a bad row (an unknown PLOVER type, a pattern of more than two words) fails
     * naming the file and line ({@link TsvResource}).
     */
    static EventVocabulary load(Class<?> owner, String name) {
        Map<String, List<EventPattern>> verbs = new HashMap<>();
        Map<String, List<EventPattern>> nouns = new HashMap<>();
        for (EventPattern p : TsvResource.rows(owner, name, 4, EventVocabulary::pattern)) {
            (p.noun() ? nouns : verbs).computeIfAbsent(p.head(), k -> new ArrayList<>()).add(p);
        }
        verbs.replaceAll((k, v) -> List.copyOf(v));
        nouns.replaceAll((k, v) -> List.copyOf(v));
        return new EventVocabulary(Map.copyOf(verbs), Map.copyOf(nouns));
    }

    /** A row: pattern, PLOVER type, mode and CAMEO code ("-" for none). */
    private static EventPattern pattern(String[] row) {
        boolean noun = row[0].startsWith("=");
        String[] words = (noun ? row[0].substring(1) : row[0]).split(" ");
        if (words.length > 2) {
            throw new IllegalArgumentException("a pattern has one or two words");
        }
        // A noun's extra word is its modifier and comes first ("hunger strike"); a verb's comes after it.
        String head = noun ? words[words.length - 1] : words[0];
        String word = words.length == 1 ? null : noun ? words[0] : words[1];
        return new EventPattern(head, word, noun, EventType.valueOf(row[1]), dash(row[2]), dash(row[3]));
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }
}
