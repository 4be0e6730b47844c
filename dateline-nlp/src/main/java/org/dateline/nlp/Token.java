package org.dateline.nlp;

/**
 * One token of an annotated text.
 *
 * @param index position in its sentence, from 0
 * @param word  the characters as written in the text
 * @param pos   Penn Treebank tag
 * @param ner   named-entity class (PERSON, ORGANIZATION, LOCATION, DATE, ..., or {@code O})
 * @param start character offset into the annotated text
 * @param end   character offset into the annotated text (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.equals("PRP");
    }
}
