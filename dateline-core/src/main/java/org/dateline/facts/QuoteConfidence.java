package org.dateline.facts;

import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A quote's confidence: the chance that a careful reader judges it reported speech with the right speaker
 * ({@code docs/judging.md}), from named signals of how it was found ({@link #signals}). Each signal has a weight in
 * {@code quote-confidence.tsv}, fitted by logistic regression on judged quotes ({@code scripts/fit-confidence.py},
 * {@code docs/quotes.md}, "Confidence"); see {@link SignalWeights}.
 */
final class QuoteConfidence {
    /** What attributes the words to their speaker. */
    enum Cue {
        /** A speech verb: "X said", "…," said X, a cue in the sentence before or after a quotation. */
        VERB,
        /** "According to X". */
        ACCORDING,
        /** A transcript or headline label: "NAME: words". */
        LABEL,
        /** No cue: the quotation's sentence has an actor for its subject ("X introduced Y as "…""). */
        SUBJECT,
        /** No cue: the speaker of the quotation just before, continued. */
        CARRIED,
        /** No cue and no speaker: a long quotation alone. */
        NONE
    }

    private static final SignalWeights WEIGHTS = new SignalWeights("quote-confidence.tsv");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they", "him", "her",
            "them", "who", "which", "that");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "this", "that", "these", "those", "one", "two", "some", "many", "several");

    private QuoteConfidence() {
    }

    /**
     * The signals of a quote of {@code words} words found by {@code cue}, whose cue lies {@code cueSentence}
     * sentences after the sentence the words start in (negative: before; ignored without a cue) and
     * {@code distance} characters from the words (0 inside or touching, negative without a cue), attributed to
     * {@code speaker}: the cue's kind, where it is, how the speaker is named (none, a pronoun, a name, a
     * description), the quote's kind (quotation marks around all, some or none of it), its length and the
     * distance.
     */
    static List<String> signals(Cue cue, int cueSentence, int distance, Speaker speaker, QuoteKind kind, int words) {
        String where = cue == Cue.NONE ? "none" : cueSentence < 0 ? "before" : cueSentence > 0 ? "after" : "same";
        String far = distance < 0 ? "none" : distance <= 20 ? "near" : distance <= 150 ? "mid" : "far";
        String length = words <= 5 ? "1-5" : words <= 15 ? "6-15" : words <= 40 ? "16-40" : "41+";
        return List.of("cue:" + cue.name().toLowerCase(Locale.ROOT), "cue-sentence:" + where,
                "speaker:" + named(speaker), "kind:" + kind.name().toLowerCase(Locale.ROOT), "words:" + length,
                "distance:" + far);
    }

    /** The confidence of a quote with {@code signals}, from 0 to 1, rounded to three decimals. */
    static double of(List<String> signals) {
        return WEIGHTS.confidence(signals);
    }

    /**
     * How a speaker is named: "none" (no words), "pronoun" ("he", "they"), "name" (an actor named by a proper
     * name: "Maria Lopez", "Chile") or "described" (a description, resolved or not: "the minister", "police").
     */
    private static String named(Speaker speaker) {
        String mention = speaker.mention();
        if (mention == null || mention.isBlank()) {
            return "none";
        }
        String first = mention.strip().split("\\s+")[0];
        String lower = first.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            return "pronoun";
        }
        return speaker.actor() != null && Character.isUpperCase(first.charAt(0)) && !DETERMINERS.contains(lower)
                ? "name" : "described";
    }
}
