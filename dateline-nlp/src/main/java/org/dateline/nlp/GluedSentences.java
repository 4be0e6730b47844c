package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts two sentences glued at a period with no space after it, as pages lose a line break ("she worked at the
 * clinic as a nurse.Guards detained a man"): CoreNLP's tokenizer keeps "nurse.Guards" one word in one sentence, so
 * "nurse.Guards" becomes a party of the next sentence's act. A token of lowercase letters, a period and a
 * capitalised word of letters (not after a lowercase abbreviation, {@link #ABBREVIATIONS}) becomes three tokens, the
 * word and the period ending one sentence and the capitalised word opening the next. Abbreviations, initials and
 * names with a period inside ("U.S.Army", "e.g.The", "Node.js", "iPhone.Apple") and web addresses
 * ("www.example.com") stay whole. Runs after the tokenizer, which also splits sentences; the text is not changed:
 * the new tokens' offsets point into it.
 */
final class GluedSentences implements edu.stanford.nlp.pipeline.Annotator {
    private static final Pattern GLUED = Pattern.compile("(\\p{Ll}{2,})\\.(\\p{Lu}\\p{Ll}+)");
    /** Lowercase abbreviations that stand before a name ("Ajax vs.Benfica", "cf.Smith"): no sentence ends there. */
    private static final Set<String> ABBREVIATIONS = Set.of("vs", "cf");

    @Override
    public void annotate(edu.stanford.nlp.pipeline.Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        if (sentences == null || tokens == null || tokens.stream().noneMatch(t -> glued(t).isPresent())) {
            return;
        }
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreLabel> all = new ArrayList<>(tokens.size() + 2);
        List<CoreMap> out = new ArrayList<>(sentences.size() + 1);
        for (CoreMap sentence : sentences) {
            List<CoreLabel> current = new ArrayList<>();
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                Optional<Matcher> m = glued(t);
                if (m.isEmpty()) {
                    current.add(t);
                    continue;
                }
                int dot = t.beginPosition() + m.get().end(1);
                current.add(part(t, m.get().group(1), t.beginPosition(), t.before(), ""));
                current.add(part(t, ".", dot, "", ""));
                out.add(sentence(text, current, all, out.size()));
                current = new ArrayList<>();
                current.add(part(t, m.get().group(2), dot + 1, "", t.after()));
            }
            if (!current.isEmpty()) {
                out.add(sentence(text, current, all, out.size()));
            }
        }
        annotation.set(CoreAnnotations.TokensAnnotation.class, all);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    /** The match of a glued token, empty for any other. */
    private static Optional<Matcher> glued(CoreLabel t) {
        Matcher m = GLUED.matcher(t.word());
        return m.matches() && t.word().equals(t.originalText()) && !ABBREVIATIONS.contains(m.group(1))
                ? Optional.of(m) : Optional.empty();
    }

    /** A sentence of {@code tokens}, numbered {@code index}; its tokens are added to the document's {@code all}. */
    private static CoreMap sentence(String text, List<CoreLabel> tokens, List<CoreLabel> all, int index) {
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
        s.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            t.setIndex(i + 1);
            t.setSentIndex(index);
            t.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            t.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
            all.add(t);
        }
        return s;
    }

    private static CoreLabel part(CoreLabel whole, String word, int begin, String before, String after) {
        CoreLabel l = new CoreLabel(whole);
        l.setWord(word);
        l.setValue(word);
        l.setOriginalText(word);
        l.setBeginPosition(begin);
        l.setEndPosition(begin + word.length());
        l.setBefore(before);
        l.setAfter(after);
        return l;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}
