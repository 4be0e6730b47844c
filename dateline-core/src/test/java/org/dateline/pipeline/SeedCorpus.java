package org.dateline.pipeline;

import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.Inputs;
import org.dateline.model.AnalyzedArticle;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five real seed articles of {@code ../shared/seeds}, extracted and analysed once per test JVM for
 * every test that checks what a reader sees in them. Tests that call {@link #analyzed()} are skipped
 * when the folder is absent. Nothing of the seeds is copied into the project: checks read the raw files.
 */
public final class SeedCorpus {
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds").toAbsolutePath().normalize();
    /** "  3. name said:" opens a reader comment. */
    private static final Pattern COMMENT = Pattern.compile("(?m)^\\s*\\d+\\.\\s+\\S.*\\bsaid:\\s*$");
    private static Map<String, AnalyzedArticle> byFile;

    private SeedCorpus() {
    }

    /** The analysed seeds by file name, in file-name order; skips the calling test without the seeds. */
    public static synchronized Map<String, AnalyzedArticle> analyzed() {
        assumeTrue(Files.isDirectory(SEEDS), "no ../shared/seeds here");
        if (byFile == null) {
            Analyzer analyzer = new Analyzer(Annotator.forPreset(Preset.FACTS));
            ArticleExtractor extractor = new ArticleExtractor();
            List<String> problems = new ArrayList<>();
            Map<String, AnalyzedArticle> found = new TreeMap<>();
            Inputs.read(List.of(SEEDS), page -> found.put(Path.of(page.source()).getFileName().toString(),
                    analyzer.analyze(extractor.extract(page))), problems::add);
            assertThat(problems).isEmpty();
            assertThat(found).hasSize(5);
            byFile = Map.copyOf(found);
        }
        return byFile;
    }

    /** The reader-comment section of a seed file as it was read, if it has one. */
    public static Optional<String> comments(String file) {
        try {
            String raw = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
            Matcher m = COMMENT.matcher(raw);
            return m.find() ? Optional.of(raw.substring(m.start())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + file, e);
        }
    }
}
