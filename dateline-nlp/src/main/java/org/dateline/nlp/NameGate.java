package org.dateline.nlp;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which sentences can hold a named entity, so that the named-entity model runs only on those. A sentence can when
 * one of its tokens is tagged a proper noun ({@code NNP}, {@code NNPS}) or holds a capital letter. The first word of
 * the sentence is capitalised whatever it is: there a capital counts unless the word is tagged a function word
 * ({@link #FUNCTION_TAGS}: "The", "In", "He", ...), for the tagger often calls a name that opens a sentence a common
 * noun ("SpaceX", "Luna" tagged {@code NN} are still an organisation and a person to the model). The three-class model Dateline uses tags a person, a place
 * or an organisation only on such tokens in news; the others get {@code O} without running it, which is what the
 * model gives them. {@code GatedNerTest} checks this against the ungated pipeline on the fixtures and dev sets.
 */
final class NameGate {
    /** Part-of-speech tags of the closed word classes, which the model never tags as a name at a sentence's start. */
    static final Set<String> FUNCTION_TAGS = Set.of(
            "DT", "PDT", "IN", "CC", "TO", "MD", "EX", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "RB");

    private NameGate() {
    }

    /** Whether the sentence of {@code tokens}, read through {@code word} and {@code tag}, can hold a name. */
    static <T> boolean mayHoldName(List<T> tokens, Function<T, String> word, Function<T, String> tag) {
        boolean initial = true;
        for (T token : tokens) {
            if (mayBeName(word.apply(token), tag.apply(token), initial)) {
                return true;
            }
            initial &= word.apply(token).chars().noneMatch(Character::isLetter);
        }
        return false;
    }

    /**
     * Whether a token with this word and part-of-speech tag can be part of a name; {@code sentenceInitial} when it is
     * the first token of its sentence that holds a letter.
     */
    static boolean mayBeName(String word, String tag, boolean sentenceInitial) {
        if (tag != null && tag.startsWith("NNP")) {
            return true;
        }
        return (!sentenceInitial || !FUNCTION_TAGS.contains(tag)) && word.chars().anyMatch(Character::isUpperCase);
    }
}
