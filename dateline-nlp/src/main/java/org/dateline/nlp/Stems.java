package org.dateline.nlp;

import edu.stanford.nlp.process.Morphology;

/**
 * The stem of an English word without its part of speech, from CoreNLP's morphological analyser (Minnen,
 * Carroll and Pearce's Morpha): plural, verb and participle endings and irregular forms go, so "talks" and
 * "talk", "visited" and "visiting", "went" and "go" agree. Words in other languages come back unchanged. Thread-safe.
 */
public final class Stems {
    /** Morpha keeps lexer state, so each thread has its own. */
    private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

    private Stems() {
    }

    /**
     * The stem of a lower-case {@code word}. A string with whitespace or an underscore is no word for Morpha
     * (it would read a word and a tag) and comes back unchanged.
     */
    public static String of(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                return word;
            }
        }
        return MORPHOLOGY.get().stem(word);
    }
}
