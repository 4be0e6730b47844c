package org.dateline.nlp;

import java.util.List;

/** Everything the NLP stage found in one text; offsets refer to {@link #text()}. */
public record Annotation(String text, List<Sentence> sentences, List<Mention> mentions, List<Timex> timexes) {
    public Annotation {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }

    /** The sentence covering character {@code offset}, or the last one starting before it. */
    public int sentenceAt(int offset) {
        int found = 0;
        for (Sentence s : sentences) {
            if (s.start() <= offset) {
                found = s.index();
            } else {
                break;
            }
        }
        return found;
    }
}
