package org.dateline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.corpus.Corpus;
import org.dateline.extract.ArticleExtractor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.pipeline.AnalyzeJob;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.OutputException;
import org.dateline.pipeline.ResultSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Benchmark articles through the user's path: every article is given as one JSON Lines input with its
 * {@code text} and the metadata the benchmark carries ({@code published}, {@code outlet}, {@code title}), and
 * {@link AnalyzeJob} runs on it as {@code dateline analyze} does: ingest, extraction, analysis, and the corpus
 * stage that links the articles. Each analysed article comes back with the alignment of its extracted text with
 * the benchmark's, so that its facts can be scored at the benchmark's offsets.
 */
final class AnalyzePath {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One benchmark article as a user would give it; {@code published}, {@code outlet}, {@code title} may be null. */
    record Input(String id, String text, LocalDate published, String outlet, String title) {
    }

    /**
     * What {@code analyze} made of one input.
     *
     * @param analyzed  the linked article with its facts, or null when the input was skipped (reported)
     * @param alignment the extracted text's alignment with the input's text, or null when skipped
     */
    record Output(AnalyzedArticle analyzed, TextAlignment alignment) {
    }

    /**
     * The run over a benchmark.
     *
     * @param outputs  by input id, in input order
     * @param problems what the run reported (skipped or failed inputs), as {@code analyze} prints them
     */
    record Run(Map<String, Output> outputs, List<String> problems) {
        /** Inputs that produced no article. */
        long skipped() {
            return outputs.values().stream().filter(o -> o.analyzed() == null).count();
        }

        /** Extracted lines that could not be found in their benchmark text, over all articles. */
        int unalignedLines() {
            return outputs.values().stream().filter(o -> o.alignment() != null)
                    .mapToInt(o -> o.alignment().unalignedLines()).sum();
        }

        /** What the path lost: skipped inputs, unaligned lines, and the problems reported, one a line. */
        String summary() {
            StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "analyze path: %d articles, %d "
                    + "skipped, %d extracted lines not found in the benchmark text, %d problems reported",
                    outputs.size(), skipped(), unalignedLines(), problems.size()));
            problems.forEach(p -> out.append("\n  ").append(p));
            return out.toString();
        }
    }

    private final Analyzer analyzer;
    private final int threads;

    AnalyzePath(Analyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = threads;
    }

    /** Analyses {@code inputs} (ids unique) in a temporary folder, removed afterwards. */
    Run run(List<Input> inputs) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("dateline-eval");
            Path jsonl = dir.resolve("benchmark.jsonl");
            List<String> lines = new ArrayList<>();
            for (Input input : inputs) {
                lines.add(line(input));
            }
            Files.write(jsonl, lines, StandardCharsets.UTF_8);
            List<String> problems = new ArrayList<>();
            Collector collector = new Collector();
            new AnalyzeJob(new ArticleExtractor(), analyzer, threads, Optional.empty())
                    .run(List.of(jsonl), Corpus.Earlier.NONE, List.of(collector), new AnalyzeJob.Listener() {
                        @Override
                        public void problem(String message) {
                            problems.add(message);
                        }
                    });
            Map<String, Output> outputs = new java.util.LinkedHashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                Input input = inputs.get(i);
                AnalyzedArticle analyzed = collector.byLine.get(i + 1);
                outputs.put(input.id(), analyzed == null ? new Output(null, null)
                        : new Output(analyzed, TextAlignment.of(input.text(), analyzed.article().text())));
            }
            return new Run(outputs, List.copyOf(problems));
        } catch (OutputException e) {
            throw new IllegalStateException("the analyze run failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the benchmark for analyze in " + dir, e);
        } finally {
            delete(dir);
        }
    }

    private static String line(Input input) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", input.text());
        if (input.published() != null) {
            node.put("published", input.published().toString());
        }
        if (input.outlet() != null) {
            node.put("outlet", input.outlet());
        }
        if (input.title() != null) {
            node.put("title", input.title());
        }
        return JSON.writeValueAsString(node);
    }

    /** Keeps the linked articles by the JSONL line they were read from (their source is {@code path#line}). */
    private static final class Collector implements ResultSink {
        final Map<Integer, AnalyzedArticle> byLine = new HashMap<>();

        @Override
        public String location() {
            return "the evaluation";
        }

        @Override
        public void add(AnalyzedArticle analyzed) {
            // the linked articles arrive in complete
        }

        @Override
        public void complete(Corpus.Linked linked) {
            for (AnalyzedArticle a : linked.articles()) {
                String source = a.article().source();
                byLine.put(Integer.parseInt(source.substring(source.lastIndexOf('#') + 1)), a);
            }
        }

        @Override
        public void abandon() {
            // nothing is kept outside memory
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
