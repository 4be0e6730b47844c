package org.dateline.facts;

import org.dateline.nlp.Annotation;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a {@link TimexRule} may consult besides the expression itself: the annotated text, the
 * reference date (null when the publication date is unknown) and the time of day of publication (null
 * when the stamp gives none).
 */
record TimexContext(Annotation annotation, LocalDate reference, PublicationTime published) {
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");

    TimexContext(Annotation annotation, LocalDate reference) {
        this(annotation, reference, null);
    }

    /** Grammatical time of the clause around an expression, read from the nearest tensed verb. */
    enum Tense { PAST, PRESENT, FUTURE }

    /** The tense of the tensed verb nearest to {@code [start, end)} in its sentence; PRESENT if none. */
    Tense tenseAround(int start, int end) {
        if (annotation.sentences().isEmpty()) {
            return Tense.PRESENT;
        }
        Sentence s = annotation.sentences().get(annotation.sentenceAt(start));
        Tense best = Tense.PRESENT;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : s.tokens()) {
            Tense tense = tenseOf(t);
            if (tense == null || (t.start() >= start && t.end() <= end)) {
                continue;
            }
            int distance = t.end() <= start ? start - t.end() : t.start() - end;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = tense;
            }
        }
        return best;
    }

    /** Whether the sentence holding {@code offset} contains {@code word} (lower case, as a whole word). */
    boolean sentenceMentions(int offset, String word) {
        if (annotation.sentences().isEmpty()) {
            return false;
        }
        Sentence s = annotation.sentences().get(annotation.sentenceAt(offset));
        return s.tokens().stream().anyMatch(t -> t.word().toLowerCase(Locale.ROOT).equals(word));
    }

    /** Whether the line of text holding {@code offset} has a tensed verb or a modal (read from its sentences' tokens). */
    boolean lineHasTensedVerb(int offset) {
        String text = annotation.text();
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int newline = text.indexOf('\n', offset);
        int lineEnd = newline < 0 ? text.length() : newline;
        return annotation.sentences().stream().flatMap(s -> s.tokens().stream())
                .anyMatch(t -> t.start() >= lineStart && t.end() <= lineEnd && (t.pos().equals("MD") || tenseOf(t) != null));
    }

    /** The first token of the sentence holding {@code offset}, or null. */
    Token sentenceStart(int offset) {
        List<Token> tokens = sentenceTokens(offset);
        return tokens.isEmpty() ? null : tokens.get(0);
    }

    /** The token that ends last at or before {@code offset} in the sentence holding it, or null. */
    Token tokenBefore(int offset) {
        Token found = null;
        for (Token t : sentenceTokens(offset)) {
            if (t.end() <= offset) {
                found = t;
            }
        }
        return found;
    }

    /** The first token starting at or after {@code offset} in the sentence holding it, or null. */
    Token tokenAfter(int offset) {
        for (Token t : sentenceTokens(offset)) {
            if (t.start() >= offset) {
                return t;
            }
        }
        return null;
    }

    private List<Token> sentenceTokens(int offset) {
        return annotation.sentences().isEmpty() ? List.of()
                : annotation.sentences().get(annotation.sentenceAt(offset)).tokens();
    }

    private static Tense tenseOf(Token t) {
        if (t.pos().equals("MD")) {
            return FUTURE_MODALS.contains(t.word().toLowerCase(Locale.ROOT)) ? Tense.FUTURE : null;
        }
        return switch (t.pos()) {
            case "VBD" -> Tense.PAST;
            case "VBZ", "VBP" -> Tense.PRESENT;
            default -> null;
        };
    }
}
