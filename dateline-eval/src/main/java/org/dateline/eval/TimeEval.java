package org.dateline.eval;

import org.dateline.facts.TimeExtractor;
import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.pipeline.Analyzer;
import org.dateline.nlp.Preset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * {@code dateline eval times}: scores the product's time expressions on a TimeML corpus (TempEval-3 platinum, or
 * the TBAQ training files) the TempEval-3 way.
 *
 * <p>{@link #run} measures what users get: each document's TEXT (tags removed) goes through {@code analyze}
 * ({@link AnalyzePath}: ingest, extraction, analysis) as a JSON Lines input with its creation date as
 * {@code published}, and the times found are mapped back to the TEXT's offsets. {@link #runDirect} is a
 * diagnostic: the annotators on the TEXT itself, extraction skipped. Either way the creation date is the
 * reference date, so nothing depends on the wall clock. Predictions are written as JSON Lines
 * ({@code doc, start, end, value, type, text}) that {@code shared/tools/timex_score.py} reads and scores
 * identically.
 */
public final class TimeEval {
    private final BiFunction<String, LocalDate, Annotation> annotator;
    private final TimeExtractor extractor;

    /** @param annotator annotates a text against a reference date (the product uses {@link Preset#FACTS}) */
    public TimeEval(BiFunction<String, LocalDate, Annotation> annotator, TimeExtractor extractor) {
        this.annotator = annotator;
        this.extractor = extractor;
    }

    /** The evaluation of the product as {@code analyze} runs it: {@link Preset#FACTS} and {@link TimeExtractor}. */
    public static TimeEval forProduct() {
        return forProduct(null);
    }

    /**
     * {@link #forProduct()}, keeping annotations in {@code annotationCache} between runs (one JSON file per text;
     * delete it when the NLP layer changes), or none when null.
     */
    public static TimeEval forProduct(Path annotationCache) {
        return new TimeEval(AnnotationCache.forProduct(annotationCache),
                new TimeExtractor());
    }

    /**
     * Scores the documents of {@code timeMlDir} through the user's path and writes the predictions to
     * {@code predictionsOut}. The directory is either a TempEval-3 release (its {@code gold/} folder is used) or
     * any folder of {@code *.tml} files, searched recursively.
     */
    public AnalyzeScore<TimeEvalResult> run(Path timeMlDir, Path predictionsOut) {
        List<TimeMlDocument> docs = readCorpus(timeMlDir);
        Map<String, List<TimeMention>> gold = gold(docs, timeMlDir);
        AnalyzePath.Run run = new AnalyzePath(new Analyzer(annotator, Analyzer.MAX_ANALYZED_CHARS),
                Runtime.getRuntime().availableProcessors()).run(docs.stream()
                .map(d -> new AnalyzePath.Input(d.docId(), d.text(), d.creationDate(), null, null)).toList());
        Map<String, List<TimeMention>> system = new LinkedHashMap<>();
        for (TimeMlDocument doc : docs) {
            AnalyzePath.Output out = run.outputs().get(doc.docId());
            system.put(doc.docId(), out.analyzed() == null ? List.of() : out.analyzed().times().stream()
                    .flatMap(t -> out.alignment().original(t.start(), t.end()).map(span -> new TimeMention(doc.docId(),
                            doc.text().substring(span[0], span[1]), t.type(), t.value(), span[0], span[1])).stream())
                    .toList());
        }
        writePredictions(system, predictionsOut);
        return new AnalyzeScore<>(TimeScorer.score(gold, system), run.summary());
    }

    /** The diagnostic: the annotators on each document's TEXT directly, without ingest and extraction. */
    public TimeEvalResult runDirect(Path timeMlDir) {
        List<TimeMlDocument> docs = readCorpus(timeMlDir);
        Map<String, List<TimeMention>> system = new LinkedHashMap<>();
        for (TimeMlDocument doc : docs) {
            Annotation annotation = annotator.apply(doc.text(), doc.creationDate());
            system.put(doc.docId(), extractor.extract(doc.docId(), annotation, doc.creationDate()));
        }
        return TimeScorer.score(gold(docs, timeMlDir), system);
    }

    private static Map<String, List<TimeMention>> gold(List<TimeMlDocument> docs, Path timeMlDir) {
        Map<String, List<TimeMention>> gold = new LinkedHashMap<>();
        for (TimeMlDocument doc : docs) {
            if (gold.put(doc.docId(), doc.gold()) != null) {
                throw new IllegalArgumentException("DOCID " + doc.docId() + " occurs twice in " + timeMlDir);
            }
        }
        return gold;
    }

    /** The gold documents of {@code timeMlDir}, sorted by file name. */
    public static List<TimeMlDocument> readCorpus(Path timeMlDir) {
        Path goldDir = Files.isDirectory(timeMlDir.resolve("gold")) ? timeMlDir.resolve("gold") : timeMlDir;
        try (Stream<Path> files = Files.walk(goldDir)) {
            List<TimeMlDocument> docs = files.filter(p -> p.getFileName().toString().endsWith(".tml"))
                    .sorted().map(TimeMlDocument::read).toList();
            if (docs.isEmpty()) {
                throw new IllegalArgumentException("no *.tml files in " + goldDir);
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list TimeML files in " + goldDir, e);
        }
    }

    private static void writePredictions(Map<String, List<TimeMention>> system, Path out) {
        PredictionFile.write(out, system.values().stream().flatMap(List::stream).map(m -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("doc", m.article());
            line.put("start", m.start());
            line.put("end", m.end());
            line.put("value", m.value());
            line.put("type", m.type());
            line.put("text", m.text());
            return line;
        }));
    }
}
