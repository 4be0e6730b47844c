package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.Inputs;
import org.dateline.model.Article;
import org.dateline.model.RawPage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dateline eval dates}: publication days of web pages against a person's reading
 * ({@code gold.json}: {@code {URL: {"file": NAME, "date": "YYYY-MM-DD"}}} over {@code pages/NAME}; entries
 * whose date is not a day, such as {@code NaN}, are left out). Each page goes the way a user's crawl goes:
 * one JSONL line with its {@code url} and {@code html}, read by {@link Inputs} and extracted by
 * {@link ArticleExtractor}. A page is right when the day of its {@code published} equals the gold day; a
 * page with no date is wrong.
 */
public final class DateEval {
    /** The gold file writes an unknown date as a bare {@code NaN}. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final ArticleExtractor extractor = new ArticleExtractor();

    /** One page's outcome; {@code published} and {@code basis} are null when no date was found. */
    public record PageResult(String url, String file, String gold, String published, String basis) {
        /** Whether the day of {@code published} is the gold day. */
        public boolean right() {
            return published != null && published.length() >= 10 && published.substring(0, 10).equals(gold);
        }
    }

    /** Scores the pages of {@code dataDir}; the JSONL the pages travel in is written to a temporary file and removed. */
    public DateEvalResult run(Path dataDir) {
        Map<String, JsonNode> gold = readGold(dataDir.resolve("gold.json"));
        try {
            Path jsonl = Files.createTempFile("dateline-dates-", ".jsonl");
            try {
                List<String> urls = writeLines(dataDir.resolve("pages"), gold, jsonl);
                List<PageResult> out = new ArrayList<>();
                List<String> problems = new ArrayList<>();
                Inputs.read(List.of(jsonl), page -> out.add(score(page, urls, gold)), problems::add);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("pages not read: " + problems);
                }
                return new DateEvalResult(out);
            } finally {
                Files.deleteIfExists(jsonl);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PageResult score(RawPage page, List<String> urls, Map<String, JsonNode> gold) {
        int line = Integer.parseInt(page.source().substring(page.source().lastIndexOf('#') + 1));
        String url = urls.get(line - 1);
        Article article = extractor.extract(page);
        return new PageResult(url, gold.get(url).path("file").asText(), gold.get(url).path("date").asText(),
                article.published(), article.publishedBasis());
    }

    /** One line per gold page with a day, in gold order; returns the URLs in line order. */
    private static List<String> writeLines(Path pages, Map<String, JsonNode> gold, Path jsonl) throws IOException {
        List<String> urls = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
                ObjectNode line = JSON.createObjectNode();
                line.put("url", e.getKey());
                line.put("html", Files.readString(pages.resolve(e.getValue().path("file").asText()), StandardCharsets.UTF_8));
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
                urls.add(e.getKey());
            }
        }
        return urls;
    }

    /** The gold entries whose date is a day ({@code YYYY-MM-DD}), by URL in file order. */
    private static Map<String, JsonNode> readGold(Path file) {
        try {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            JsonNode root = JSON.readTree(file.toFile());
            root.fields().forEachRemaining(e -> {
                if (e.getValue().path("date").asText("").matches("\\d{4}-\\d{2}-\\d{2}")) {
                    out.put(e.getKey(), e.getValue());
                }
            });
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no dated pages in " + file);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
