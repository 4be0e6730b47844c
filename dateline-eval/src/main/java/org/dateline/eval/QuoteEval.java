package org.dateline.eval;

import org.dateline.facts.ActorResolver;
import org.dateline.facts.ArticleActors;
import org.dateline.facts.QuoteExtractor;
import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.Analyzer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

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
 * first part's start to the last part's end. In {@code analyze}'s output the parts are quotes of their own; they are
 * grouped as the quote extractor groups them on the annotation {@code analyze} made of the extracted text (kept
 * from the run), and the speaker is the one {@code analyze} wrote.
 */
public final class QuoteEval {
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
        Map<String, Annotation> annotated = new ConcurrentHashMap<>();
        BiFunction<String, LocalDate, Annotation> kept = (text, reference) ->
                annotated.computeIfAbsent(reference + "\n" + text, key -> annotations.apply(text, reference));
        AnalyzePath.Run run = new AnalyzePath(new Analyzer(kept, Analyzer.MAX_ANALYZED_CHARS),
                Runtime.getRuntime().availableProcessors()).run(docs.stream()
                .map(d -> new AnalyzePath.Input(d.name(), d.text(), d.published(), d.publisher(), d.title())).toList());
        Map<String, List<QuotePrediction>> system = new LinkedHashMap<>();
        for (PolnearDocument doc : docs) {
            AnalyzePath.Output out = run.outputs().get(doc.name());
            List<QuotePrediction> predictions = new ArrayList<>();
            if (out.analyzed() != null) {
                Article article = out.analyzed().article();
                Annotation annotation = annotated.get(article.referenceDay() + "\n" + article.text());
                for (List<Quote> attribution : attributions(article, annotation, out.analyzed().quotes())) {
                    out.alignment().original(attribution.get(0).start(), attribution.get(attribution.size() - 1).end())
                            .ifPresent(span -> predictions.add(prediction(doc, span[0], span[1], attribution.get(0))));
                }
            }
            system.put(doc.name(), predictions);
        }
        write(predictionsOut, system);
        return new AnalyzeScore<>(QuoteScorer.score(split, docs, system), run.summary());
    }

    /**
     * {@code analyze}'s quotes of one article grouped by attribution as the quote extractor groups them on the same
     * annotation (the parts of a split quotation); a quote the extractor does not list is an attribution of its own.
     */
    private static List<List<Quote>> attributions(Article article, Annotation annotation, List<Quote> quotes) {
        Map<String, Integer> groupOf = new HashMap<>();
        if (annotation != null) {
            List<List<Quote>> groups = new QuoteExtractor().extractAttributions(article, annotation,
                    new ActorResolver().resolve(article, annotation), List.of());
            for (int g = 0; g < groups.size(); g++) {
                for (Quote part : groups.get(g)) {
                    groupOf.put(part.start() + ":" + part.end(), g);
                }
            }
        }
        Map<Object, List<Quote>> grouped = new LinkedHashMap<>();
        for (Quote q : quotes) {
            Integer g = groupOf.get(q.start() + ":" + q.end());
            grouped.computeIfAbsent(g == null ? q : g, key -> new ArrayList<>()).add(q);
        }
        return List.copyOf(grouped.values());
    }

    /**
     * The diagnostic: the annotators and the quote extractor on each article's benchmark text directly; writes the
     * predictions to {@code predictionsOut} unless null.
     */
    public QuoteEvalResult runDirect(Path polnearDir, String split, Path predictionsOut) {
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
        write(predictionsOut, system);
        return QuoteScorer.score(split, docs, system);
    }

    private static void write(Path predictionsOut, Map<String, List<QuotePrediction>> system) {
        if (predictionsOut != null) {
            PredictionFile.write(predictionsOut, system.values().stream().flatMap(List::stream));
        }
    }

    private static QuotePrediction prediction(PolnearDocument doc, int start, int end, Quote first) {
        return new QuotePrediction(doc.name(), start, end,
                asciiApostrophes(first.speaker().name() != null ? first.speaker().name() : first.speaker().mention()));
    }

    /** O’Neill as O'Neill: the scorer's words are ASCII, and a typographic apostrophe would split the name. */
    private static String asciiApostrophes(String speaker) {
        return speaker == null ? null : speaker.replace('’', '\'');
    }
}
