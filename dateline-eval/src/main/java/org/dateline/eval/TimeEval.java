package org.dateline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.facts.TimeExtractor;
import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Annotator;
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
 * {@code dateline eval times}: runs the product's time extraction over a TimeML corpus (TempEval-3
 * platinum, or the TBAQ training files) and scores it the TempEval-3 way.
 *
 * <p>Each document's TEXT (tags removed) is annotated with its creation date as the reference date,
 * so nothing depends on the wall clock. Predictions are written as JSON Lines
 * ({@code doc, start, end, value, type, text}) that {@code shared/tools/timex_score.py} reads and
 * scores identically.
 */
public final class TimeEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BiFunction<String, LocalDate, Annotation> annotator;
    private final TimeExtractor extractor;

    /** @param annotator annotates a text against a reference date (the product uses {@link Preset#FACTS}) */
    public TimeEval(BiFunction<String, LocalDate, Annotation> annotator, TimeExtractor extractor) {
        this.annotator = annotator;
        this.extractor = extractor;
    }

    /** The evaluation of the product as {@code analyze} runs it: {@link Preset#FACTS} and {@link TimeExtractor}. */
    public static TimeEval forProduct() {
        Annotator annotator = Annotator.forPreset(Preset.FACTS);
        return new TimeEval(annotator::annotate, new TimeExtractor());
    }

    /**
     * Annotates and scores every document of {@code timeMlDir} and writes the predictions to
     * {@code predictionsOut}. The directory is either a TempEval-3 release (its {@code gold/} folder is
     * used) or any folder of {@code *.tml} files, searched recursively.
     */
    public TimeEvalResult run(Path timeMlDir, Path predictionsOut) {
        List<TimeMlDocument> docs = readCorpus(timeMlDir);
        Map<String, List<TimeMention>> gold = new LinkedHashMap<>();
        Map<String, List<TimeMention>> system = new LinkedHashMap<>();
        for (TimeMlDocument doc : docs) {
            if (gold.put(doc.docId(), doc.gold()) != null) {
                throw new IllegalArgumentException("DOCID " + doc.docId() + " occurs twice in " + timeMlDir);
            }
            Annotation annotation = annotator.apply(doc.text(), doc.creationDate());
            system.put(doc.docId(), extractor.extract(doc.docId(), annotation, doc.creationDate()));
        }
        writePredictions(system, predictionsOut);
        return TimeScorer.score(gold, system);
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
