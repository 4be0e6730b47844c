package org.dateline.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The PLOVER trigger vocabulary of {@code plover-vocabulary.tsv} (its header documents the format), looked
 * up by the lemma of a trigger word. Immutable and shared.
 */
public final class EventVocabulary {
    /** The word of a pattern that a verb with any direct object matches ("strike +obj": struck the depots). */
    public static final String ANY_OBJECT = "+obj";
    /** The sixteen PLOVER event types. */
    public static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");

    private static final EventVocabulary DEFAULT = load();

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

    private static EventVocabulary load() {
        try (InputStream in = EventVocabulary.class.getResourceAsStream("plover-vocabulary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("plover-vocabulary.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plover-vocabulary.tsv", e);
        }
    }

    /** Parses vocabulary lines (comments start with {@code #}); a malformed line is an error quoting it. */
    static EventVocabulary parse(List<String> lines) {
        Map<String, List<EventPattern>> verbs = new HashMap<>();
        Map<String, List<EventPattern>> nouns = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 4 || !TYPES.contains(cols[1])) {
                throw new IllegalArgumentException("bad vocabulary line (want pattern, PLOVER type, mode, cameo): '"
                        + line + "'");
            }
            boolean noun = cols[0].startsWith("=");
            String[] words = (noun ? cols[0].substring(1) : cols[0]).split(" ");
            if (words.length > 2) {
                throw new IllegalArgumentException("a pattern has one or two words: '" + line + "'");
            }
            // A noun's extra word is its modifier and comes first ("hunger strike"); a verb's comes after it.
            String head = noun ? words[words.length - 1] : words[0];
            String word = words.length == 1 ? null : noun ? words[0] : words[1];
            EventPattern p = new EventPattern(head, word, noun, cols[1], dash(cols[2]), dash(cols[3]));
            (noun ? nouns : verbs).computeIfAbsent(head, k -> new ArrayList<>()).add(p);
        }
        verbs.replaceAll((k, v) -> List.copyOf(v));
        nouns.replaceAll((k, v) -> List.copyOf(v));
        return new EventVocabulary(Map.copyOf(verbs), Map.copyOf(nouns));
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }
}
