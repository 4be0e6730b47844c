package org.dateline.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.dateline.model.AnalyzedArticle;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run has analysed so far, one article a line with everything its analysis found (actors included), in the
 * run's staging folder. A run killed before its end leaves the journal behind; the next run into the same output
 * reads it ({@link #read}) and reuses those analyses instead of repeating them, so it ends with the same output as a
 * run that was never interrupted, only sooner. Each line goes to the file in one unbuffered write, so a kill leaves
 * at most a torn last line, which {@link #read} ignores.
 */
final class ResumeJournal implements Closeable {
    static final String FILE = "analysed.jsonl";

    private final OutputStream out;

    ResumeJournal(Path dir) throws IOException {
        this.out = Files.newOutputStream(dir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    void add(AnalyzedArticle analyzed) throws IOException {
        out.write((RecordJson.write(analyzed) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /**
     * The analyses journaled in {@code dir} by article id; empty when there is no journal. A line that cannot be read
     * (the torn last line of a killed run, or one written by another version) is left out: its article is analysed
     * again.
     */
    static Map<String, AnalyzedArticle> read(Path dir) {
        Map<String, AnalyzedArticle> analysed = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Map.of(); // no journal (NoSuchFileException) or none that can be read: nothing to reuse
        }
        for (String line : lines) {
            try {
                AnalyzedArticle a = RecordJson.read(line, AnalyzedArticle.class);
                analysed.put(a.article().id(), a);
            } catch (JsonProcessingException | RuntimeException e) {
                // analysed again
            }
        }
        return Map.copyOf(analysed);
    }
}
