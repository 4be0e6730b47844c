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
    /** Participles and adjectives that, after a present "is" or "are" and before "to", set a clause in the future. */
    private static final Set<String> SCHEDULED = Set.of("scheduled", "expected", "due", "set", "slated", "poised",
            "planned", "going");
    /** Words that, after a present "is" or "are" and before "to", tell what is still to come but no plan (not dates of one). */
    private static final Set<String> LIKELY = Set.of("likely", "unlikely");
    /** Present verbs that, before "to", set a clause in the future ("as the country prepares to vote"). */
    private static final Set<String> PREPARING = Set.of("prepares", "prepare", "plans", "plan");
    /** Present forms of "be". */
    static final Set<String> BE = Set.of("is", "are", "'s", "'re", "am");
    private static final Set<String> PAST_BE = Set.of("was", "were");
    /** Participles that move a time rather than tell an act done then. */
    private static final Set<String> RESCHEDULED = Set.of("postponed", "delayed", "moved", "pushed", "rescheduled",
            "planned", "pencilled", "penciled", "earmarked");
    /** Words before a past participle that give it a tense of its own ("has been", "will be"). */
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "is", "are", "was", "were", "'s", "'re",
            "am", "has", "have", "had", "get", "gets", "got");
    /** How many tokens back from an expression a past participle is looked for. */
    private static final int PARTICIPLE_REACH = 6;
    /** How many tokens back from an expression a schedule word of its phrase is looked for. */
    private static final int SCHEDULE_REACH = 10;

    TimexContext(Annotation annotation, LocalDate reference) {
        this(annotation, reference, null);
    }

    /** Grammatical time of the clause around an expression, read from the nearest tensed verb. */
    enum Tense { PAST, PRESENT, FUTURE }

    /**
     * The tense of the tensed verb nearest to {@code [start, end)} in its sentence; PRESENT if none. An expression after
     * "since" is PAST and one after a clause-opening "come" ("Come November 19, the game ships") FUTURE whatever the
     * verb ("have been grounded since March"); a present "is" or "are" before a schedule word and "to" ("is scheduled
     * to lift off", "are expected to vote"), or "likely" or "unlikely" and "to" ("is likely to reach"), and a present "prepares" or
     * "plans" before "to" ("as the country prepares to vote") is FUTURE, and a past "was" or "were" there ("was due to end") PRESENT: the
     * plan was made in the past, the act it names may lie on either side of the reference date.
     */
    Tense tenseAround(int start, int end) {
        if (annotation.sentences().isEmpty()) {
            return Tense.PRESENT;
        }
        Token before = tokenBefore(start);
        if (before != null && before.word().equalsIgnoreCase("since")) {
            return Tense.PAST;
        }
        if (before != null && before.word().equalsIgnoreCase("come") && opensClause(before)) {
            return Tense.FUTURE;
        }
        List<Token> tokens = annotation.sentences().get(annotation.sentenceAt(start)).tokens();
        Tense best = Tense.PRESENT;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Tense tense = tenseOf(tokens, i);
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

    /**
     * Whether a past participle that tells a done act opens the phrase ending at {@code start}, at most {@link
     * #PARTICIPLE_REACH} tokens back with no punctuation or tensed verb between: "a plan announced by the ministry in
     * March", "the report, published in May". Not one after a form of "be" or "have", adverbs between ("have not yet
     * qualified for the December debate": a tense of its own), nor one of a schedule ("expected in March", "postponed until May").
     */
    boolean afterPastParticiple(int start) {
        List<Token> tokens = sentenceTokens(start);
        int i = lastTokenBefore(tokens, start);
        for (int steps = 0; i >= 0 && steps < PARTICIPLE_REACH; i--, steps++) {
            Token t = tokens.get(i);
            if (t.pos().equals("VBN")) {
                int j = i - 1;
                while (j >= 0 && tokens.get(j).pos().startsWith("RB")) {
                    j--;
                }
                Token aux = j < 0 ? null : tokens.get(j);
                String word = t.word().toLowerCase(Locale.ROOT);
                return !SCHEDULED.contains(word) && !RESCHEDULED.contains(word)
                        && (aux == null || !AUXILIARIES.contains(aux.word().toLowerCase(Locale.ROOT)));
            }
            if (!Character.isLetterOrDigit(t.word().charAt(0)) || t.pos().equals("MD") || tenseOf(t) != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a schedule word ({@link #SCHEDULED}, as a participle or adjective: "the scheduled end of the curfew on
     * July 26", "the planned vote in March") opens the phrase ending at {@code start}, at most {@link #SCHEDULE_REACH}
     * tokens back with no punctuation, tensed verb or other participle between ("a planned vote announced in March" is
     * the day of the announcement): a date of a plan, which may lie on either side of the
     * reference date whatever the tense of the clause.
     */
    boolean afterScheduleWord(int start) {
        List<Token> tokens = sentenceTokens(start);
        int i = lastTokenBefore(tokens, start);
        for (int steps = 0; i >= 0 && steps < SCHEDULE_REACH; i--, steps++) {
            Token t = tokens.get(i);
            if (t.pos().matches("VBN|JJ") && SCHEDULED.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!Character.isLetterOrDigit(t.word().charAt(0)) || t.pos().equals("MD") || t.pos().equals("VBN")
                    || tenseOf(t) != null) {
                return false;
            }
        }
        return false;
    }

    /** The index in {@code tokens} of the last token that ends at or before {@code start}, or -1. */
    private static int lastTokenBefore(List<Token> tokens, int start) {
        int i = tokens.size() - 1;
        while (i >= 0 && tokens.get(i).end() > start) {
            i--;
        }
        return i;
    }

    /**
     * Whether a present verb before {@code offset} in its sentence tells of a state that goes on: "still" right before
     * it ("still leaves") or "continue" followed by "to" ("continues to suffer"); "are still searching" (a present
     * auxiliary of an act under way) and a bare "continues" do not count.
     */
    boolean goesOnBefore(int offset) {
        List<Token> tokens = sentenceTokens(offset);
        for (int i = 1; i < tokens.size() && tokens.get(i).end() <= offset; i++) {
            Token t = tokens.get(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (!t.pos().equals("VBZ") && !t.pos().equals("VBP")) {
                continue;
            }
            int next = nextWord(tokens, i);
            boolean auxiliary = next < tokens.size() && tokens.get(next).pos().matches("VBG|VBN");
            boolean still = tokens.get(i - 1).word().equalsIgnoreCase("still") && !auxiliary;
            boolean continuing = word.startsWith("continue") && i + 1 < tokens.size()
                    && tokens.get(i + 1).word().equalsIgnoreCase("to");
            if (still || continuing) {
                return true;
            }
        }
        return false;
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

    /** The tokens of the sentence holding {@code offset}, or none without sentences. */
    List<Token> sentenceTokens(int offset) {
        return annotation.sentences().isEmpty() ? List.of()
                : annotation.sentences().get(annotation.sentenceAt(offset)).tokens();
    }

    /** Whether {@code t} is the first token of its sentence or follows a comma. */
    private boolean opensClause(Token t) {
        Token before = tokenBefore(t.start());
        return before == null || before.word().equals(",");
    }

    /** The tense the token at {@code i} gives its clause, or null if it is no tensed verb. */
    private static Tense tenseOf(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String word = t.word().toLowerCase(Locale.ROOT);
        boolean present = t.pos().equals("VBZ") || t.pos().equals("VBP");
        int next = nextWord(tokens, i);
        int after = nextWord(tokens, next);
        String nextWord = next < tokens.size() ? tokens.get(next).word().toLowerCase(Locale.ROOT) : "";
        boolean beforeTo = after < tokens.size() && tokens.get(after).word().equalsIgnoreCase("to");
        boolean scheduled = beforeTo && SCHEDULED.contains(nextWord);
        if ((scheduled || beforeTo && LIKELY.contains(nextWord)) && present && BE.contains(word)
                || present && PREPARING.contains(word) && nextWord.equals("to")) {
            return Tense.FUTURE;
        }
        if (scheduled && PAST_BE.contains(word)) {
            return Tense.PRESENT;
        }
        return tenseOf(t);
    }

    /** The index of the first token after {@code i} that is no adverb ("has long been", "is now expected"), or the size. */
    private static int nextWord(List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).pos().startsWith("RB")) {
            j++;
        }
        return Math.min(j, tokens.size());
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
