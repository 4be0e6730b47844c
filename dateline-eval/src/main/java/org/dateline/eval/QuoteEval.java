package org.dateline.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.facts.ActorResolver;
import org.dateline.facts.ArticleActors;
import org.dateline.facts.QuoteExtractor;
import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dateline eval quotes}: runs actor resolution and quote extraction over a PolNeAR split, writes the
 * predictions in the reference scorer's JSONL format ({@code file, start, end, speaker}) and scores them.
 * One prediction per attribution (a split quotation is one, as PolNeAR marks it): it spans from the first
 * part's start to the last part's end.
 * Each article is annotated with {@link Preset#FACTS}, its publication date as the reference date.
 */
public final class QuoteEval {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path annotationCache;

    /** An evaluator that annotates every article afresh. */
    public QuoteEval() {
        this(null);
    }

    /**
     * @param annotationCache a folder where annotations are kept between runs (one JSON file per article;
     *                        delete it when the NLP layer changes), or null for none
     */
    public QuoteEval(Path annotationCache) {
        this.annotationCache = annotationCache;
    }

    public QuoteEvalResult run(Path polnearDir, String split, Path predictionsOut) {
        List<PolnearDocument> docs = PolnearCorpus.load(polnearDir, split);
        ActorResolver resolver = new ActorResolver();
        QuoteExtractor extractor = new QuoteExtractor();
        Map<String, List<QuotePrediction>> system = new LinkedHashMap<>();
        for (PolnearDocument doc : docs) {
            Article article = new Article(doc.name(), doc.name() + ".txt", null, null,
                    doc.published() == null ? null : doc.published().toString(), doc.published() == null ? null
                    : "metadata", null, List.of(), "en", doc.text(), null, null, List.of());
            Annotation annotation = annotate(doc);
            ArticleActors actors = resolver.resolve(article, annotation);
            List<QuotePrediction> predictions = new ArrayList<>();
            for (List<Quote> attribution : extractor.extractAttributions(article, annotation, actors, List.of())) {
                Quote q = attribution.get(0);
                String speaker = asciiApostrophes(q.speaker().name() != null ? q.speaker().name() : q.speaker().mention());
                predictions.add(new QuotePrediction(doc.name(), q.start(),
                        attribution.get(attribution.size() - 1).end(), speaker));
            }
            system.put(doc.name(), predictions);
        }
        if (predictionsOut != null) {
            write(predictionsOut, system);
        }
        return QuoteScorer.score(split, docs, system);
    }

    /** O’Neill as O'Neill: the scorer's words are ASCII, and a typographic apostrophe would split the name. */
    private static String asciiApostrophes(String speaker) {
        return speaker == null ? null : speaker.replace('’', '\'');
    }

    private Annotation annotate(PolnearDocument doc) {
        Path cached = annotationCache == null ? null : annotationCache.resolve(doc.name() + ".json");
        try {
            if (cached != null && Files.exists(cached)) {
                return JSON.readValue(cached.toFile(), Annotation.class);
            }
            Annotation annotation = Annotator.forPreset(Preset.FACTS).annotate(doc.text(), doc.published());
            if (cached != null) {
                Files.createDirectories(annotationCache);
                JSON.writeValue(cached.toFile(), annotation);
            }
            return annotation;
        } catch (IOException e) {
            throw new UncheckedIOException("annotation cache entry " + cached + " unusable", e);
        }
    }

    private static void write(Path out, Map<String, List<QuotePrediction>> system) {
        PredictionFile.write(out, system.values().stream().flatMap(List::stream));
    }
}
