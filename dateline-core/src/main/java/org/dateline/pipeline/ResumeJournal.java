package org.dateline.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.dateline.model.AnalyzedArticle;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a run has analysed so far, in the run's staging folder: a first line with the {@link AnalysisKey} of what made
 * the analyses, then one article a line with everything its analysis found (actors included). A run killed before its
 * end leaves the journal behind; the next run into the same output reads it ({@link #read}) and, when its key is the
 * same, reuses those analyses instead of repeating them, so it ends with the same output as a run that was never
 * interrupted, only sooner. Each line goes to the file in one unbuffered write, so a kill leaves at most a torn last
 * line, which {@link #read} ignores.
 */
final class ResumeJournal implements Closeable {
    static final String FILE = "analysed.jsonl";

    private final OutputStream out;

    ResumeJournal(Path dir, AnalysisKey key) throws IOException {
        this.out = Files.newOutputStream(dir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        write(key);
    }

    void add(AnalyzedArticle analyzed) throws IOException {
        write(analyzed);
    }

    private void write(Object record) throws IOException {
        out.write((RecordJson.write(record) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /**
     * The analyses journaled in {@code dir} by article id: empty when there is no journal; {@link Optional#empty()}
     * when the journal's key is not {@code key} or it has none (made by other code or settings, or before journals had
     * keys), so nothing of it may be reused. A line that cannot be read (the torn last line of a killed run) is left
     * out: its article is analysed again.
     */
    static Optional<Map<String, AnalyzedArticle>> read(Path dir, AnalysisKey key) {
        Map<String, AnalyzedArticle> analysed = new HashMap<>();
        SharedStrings strings = new SharedStrings(SharedStrings.ROOM); // held all run long: shared as the corpus's are
        // a line at a time (a long run's journal need not fit in memory beside its analyses); bytes that are not UTF-8,
        // as a line torn inside a character leaves them, spoil that line only
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(dir.resolve(FILE)),
                StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            if (first == null) {
                return Optional.of(Map.of());
            }
            try {
                if (!key.equals(RecordJson.read(first, AnalysisKey.class))) {
                    return Optional.empty();
                }
            } catch (JsonProcessingException | RuntimeException e) {
                return Optional.empty();
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                try {
                    AnalyzedArticle a = strings.share(RecordJson.read(line, AnalyzedArticle.class));
                    analysed.put(a.article().id(), a);
                } catch (JsonProcessingException | RuntimeException e) {
                    // analysed again
                }
            }
        } catch (IOException e) {
            // no journal (NoSuchFileException), or none that can be read past this point: reuse what was read
        }
        return Optional.of(Map.copyOf(analysed));
    }
}
