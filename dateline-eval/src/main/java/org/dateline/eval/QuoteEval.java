package org.dateline.eval;

import org.dateline.facts.ActorResolver;
import org.dateline.facts.ArticleActors;
import org.dateline.facts.QuoteExtractor;
import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.Analyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code dateline eval quotes}: scores quote content and speaker attribution on a PolNeAR split, writing the
 * predictions in the reference scorer's JSONL format ({@code file, start, end, speaker}).
 *
 * <p>{@link #run} measures what users get: every article goes through {@code analyze} ({@link AnalyzePath}) as a
 * JSON Lines input with the text, publication date, publisher and title the benchmark gives, and the quotes found
 * are mapped back to the article's offsets. {@link #runDirect} is a diagnostic: actor resolution and quote
 * extraction on the benchmark text itself, extraction skipped, each article annotated with {@link Preset#FACTS}
 * and its publication date as the reference date.
 *
 * <p>One prediction per attribution, as PolNeAR marks a split quotation ("A," she said. "B."): it spans from the
 * first part's start to the last part's end. The direct path has the extractor's grouping; in {@code analyze}'s
 * output the parts are quotes of their own, and consecutive direct quotes with the same speaker and cue, separated by
 * a short stretch of one paragraph that holds the cue, are read as one attribution.
 */
public final class QuoteEval {
    /** The longest stretch between two parts of a split quotation: the cue and its speaker ("," the minister said. "). */
    private static final int MAX_SPLIT_GAP = 80;

    private final AnnotationCache annotations;

    /** An evaluator that annotates every article afresh. */
    public QuoteEval() {
        this(null);
    }

    /**
     * @param annotationCache a folder where annotations are kept between runs (one JSON file per text; delete it
     *                        when the NLP layer changes), or null for none
     */
    public QuoteEval(Path annotationCache) {
        this.annotations = AnnotationCache.forProduct(annotationCache);
    }

    /** Scores {@code split} through the user's path; writes the predictions to {@code predictionsOut} unless null. */
    public AnalyzeScore<QuoteEvalResult> run(Path polnearDir, String split, Path predictionsOut) {
        List<PolnearDocument> docs = PolnearCorpus.load(polnearDir, split);
        AnalyzePath.Run run = new AnalyzePath(new Analyzer(annotations, Analyzer.MAX_ANALYZED_CHARS),
                Runtime.getRuntime().availableProcessors()).run(docs.stream()
                .map(d -> new AnalyzePath.Input(d.name(), d.text(), d.published(), d.publisher(), d.title())).toList());
        Map<String, List<QuotePrediction>> system = new LinkedHashMap<>();
        for (PolnearDocument doc : docs) {
            AnalyzePath.Output out = run.outputs().get(doc.name());
            List<QuotePrediction> predictions = new ArrayList<>();
            if (out.analyzed() != null) {
                String text = out.analyzed().article().text();
                for (List<Quote> attribution : attributions(text, out.analyzed().quotes())) {
                    out.alignment().original(attribution.get(0).start(), attribution.get(attribution.size() - 1).end())
                            .ifPresent(span -> predictions.add(prediction(doc, span[0], span[1], attribution.get(0))));
                }
            }
            system.put(doc.name(), predictions);
        }
        if (predictionsOut != null) {
            PredictionFile.write(predictionsOut, system.values().stream().flatMap(List::stream));
        }
        return new AnalyzeScore<>(QuoteScorer.score(split, docs, system), run.summary());
    }

    /** The diagnostic: the annotators and the quote extractor on each article's benchmark text directly. */
    public QuoteEvalResult runDirect(Path polnearDir, String split) {
        List<PolnearDocument> docs = PolnearCorpus.load(polnearDir, split);
        ActorResolver resolver = new ActorResolver();
        QuoteExtractor extractor = new QuoteExtractor();
        Map<String, List<QuotePrediction>> system = new LinkedHashMap<>();
        for (PolnearDocument doc : docs) {
            Article article = new Article(doc.name(), doc.name() + ".txt", null, null,
                    doc.published() == null ? null : doc.published().toString(), doc.published() == null ? null
                    : "metadata", null, List.of(), "en", doc.text(), null, null, List.of());
            Annotation annotation = annotations.apply(doc.text(), doc.published());
            ArticleActors actors = resolver.resolve(article, annotation);
            List<QuotePrediction> predictions = new ArrayList<>();
            for (List<Quote> attribution : extractor.extractAttributions(article, annotation, actors, List.of())) {
                predictions.add(prediction(doc, attribution.get(0).start(),
                        attribution.get(attribution.size() - 1).end(), attribution.get(0)));
            }
            system.put(doc.name(), predictions);
        }
        return QuoteScorer.score(split, docs, system);
    }

    private static QuotePrediction prediction(PolnearDocument doc, int start, int end, Quote first) {
        return new QuotePrediction(doc.name(), start, end,
                asciiApostrophes(first.speaker().name() != null ? first.speaker().name() : first.speaker().mention()));
    }

    /**
     * {@code analyze}'s quotes of one article (in text order) grouped by attribution: a direct quote joins the one
     * before it when both are direct, have the same speaker and cue, and the text between them is at most
     * {@link #MAX_SPLIT_GAP} characters of one paragraph holding the cue word.
     */
    static List<List<Quote>> attributions(String text, List<Quote> quotes) {
        List<List<Quote>> groups = new ArrayList<>();
        Quote previous = null;
        for (Quote q : quotes) {
            if (previous != null && splitPart(text, previous, q)) {
                groups.get(groups.size() - 1).add(q);
            } else {
                groups.add(new ArrayList<>(List.of(q)));
            }
            previous = q;
        }
        return groups;
    }

    private static boolean splitPart(String text, Quote before, Quote after) {
        if (before.kind() != QuoteKind.DIRECT || after.kind() != QuoteKind.DIRECT || before.cue() == null
                || !before.cue().equals(after.cue()) || !Objects.equals(before.speaker(), after.speaker())
                || after.start() < before.end() || after.start() - before.end() > MAX_SPLIT_GAP) {
            return false;
        }
        String gap = text.substring(before.end(), after.start());
        return !gap.contains("\n\n") && Pattern.compile("\\b" + Pattern.quote(before.cue()) + "\\b").matcher(gap).find();
    }

    /** O’Neill as O'Neill: the scorer's words are ASCII, and a typographic apostrophe would split the name. */
    private static String asciiApostrophes(String speaker) {
        return speaker == null ? null : speaker.replace('’', '\'');
    }
}
