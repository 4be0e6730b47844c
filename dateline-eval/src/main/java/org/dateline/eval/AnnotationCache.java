package org.dateline.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.model.Ids;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Mention;
import org.dateline.nlp.Preset;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Timex;
import org.dateline.nlp.Token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * An annotator that keeps its annotations in a folder between runs, one JSON file per text and reference day
 * (named by their hash, so a text that extraction changes is annotated afresh). Delete the folder when the NLP
 * layer changes. With no folder it annotates every time. Thread-safe.
 */
final class AnnotationCache implements BiFunction<String, LocalDate, Annotation> {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final BiFunction<String, LocalDate, Annotation> annotator;
    private final Path folder;

    /** @param folder where annotations are kept, or null for none */
    AnnotationCache(BiFunction<String, LocalDate, Annotation> annotator, Path folder) {
        this.annotator = annotator;
        this.folder = folder;
    }

    /**
     * The product's annotator ({@link Preset#FACTS}), cached in {@code folder} (null for none); its models load
     * on the first text not in the cache.
     */
    static AnnotationCache forProduct(Path folder) {
        return new AnnotationCache((text, reference) -> Annotator.forPreset(Preset.FACTS).annotate(text, reference),
                folder);
    }

    /** An annotation as stored: its sentences as records, which Jackson reads back by their canonical constructor. */
    private record Stored(String text, List<StoredSentence> sentences, List<Mention> mentions, List<Timex> timexes) {
        static Stored of(Annotation a) {
            return new Stored(a.text(), a.sentences().stream().map(s -> new StoredSentence(s.index(), s.start(), s.end(),
                    s.tokens(), s.dependencies())).toList(), a.mentions(), a.timexes());
        }

        Annotation annotation() {
            return new Annotation(text, sentences.stream().map(s -> new Sentence(s.index(), s.start(), s.end(),
                    s.tokens(), s.dependencies())).toList(), mentions, timexes);
        }
    }

    private record StoredSentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
    }

    @Override
    public Annotation apply(String text, LocalDate reference) {
        if (folder == null) {
            return annotator.apply(text, reference);
        }
        Path cached = folder.resolve(Ids.of(reference + "\n" + text) + ".json");
        try {
            if (Files.exists(cached)) {
                return JSON.readValue(cached.toFile(), Stored.class).annotation();
            }
            Annotation annotation = annotator.apply(text, reference);
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "annotation", ".part");
            JSON.writeValue(partial.toFile(), Stored.of(annotation));
            Files.move(partial, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return annotation;
        } catch (IOException e) {
            throw new UncheckedIOException("annotation cache entry " + cached + " unusable", e);
        }
    }
}
