package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.extract.ArticleExtractor;
import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.model.SourceMeta;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * {@code dateline eval extraction}: runs {@link ArticleExtractor} over the article-extraction benchmark
 * ({@code ground-truth.json} and {@code html/<id>.html.gz}, pages decoded as UTF-8), writes the
 * predictions in the benchmark's format ({@code {id: {"articleBody": ...}}}, which
 * {@code shared/tools/extraction_score.py} reads) and scores them with {@link ExtractionScorer}.
 *
 * <p>Besides the body it measures the metadata: how often a title is found and agrees with the page's
 * own {@code og:title} or {@code <title>}, and how often a publication date is found, on all pages and on
 * the pages whose URL carries a date ({@code /2019/11/19/}, {@code /20191119/}, {@code /2019-11-19/}):
 * those certainly show one, and there the date found can be checked against the URL's.
 *
 * <p>Speed is measured on a second pass over the pages held in memory (the first warms up the JIT and
 * loads the language models), on one thread, extraction alone (no reading, no scoring).
 */
public final class ExtractionEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?=[/_.-]|\\d{0,2}/)");

    private final ArticleExtractor extractor = new ArticleExtractor();

    /** One page's outcome. */
    public record PageResult(String id, String url, ExtractionScorer.PageScore score, String title,
                             boolean titleAgrees, String published, String urlDate) {
    }

    /** Runs over {@code dataDir}, writes predictions to {@code predictionsOut} (unless null) and scores them. */
    public ExtractionEvalResult run(Path dataDir, Path predictionsOut) {
        Map<String, JsonNode> truth = readTruth(dataDir);
        Map<String, String> predicted = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        List<PageResult> pages = new ArrayList<>();
        List<RawPage> raw = new ArrayList<>();
        long bytes = 0;
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            String id = e.getKey();
            String url = e.getValue().path("url").asText(null);
            String html = readPage(dataDir.resolve("html").resolve(id + ".html.gz"));
            bytes += html.getBytes(StandardCharsets.UTF_8).length;
            RawPage page = new RawPage(id, RawPage.Format.HTML, html, SourceMeta.NONE, List.of());
            raw.add(page);
            Article article = extractor.extract(page);
            String body = e.getValue().path("articleBody").asText("");
            predicted.put(id, article.text());
            expected.put(id, body);
            pages.add(new PageResult(id, url, ExtractionScorer.page(body, article.text()), article.title(),
                    titleAgrees(article.title(), Jsoup.parse(html)), article.published(), urlDate(url)));
        }
        if (predictionsOut != null) {
            writePredictions(predicted, predictionsOut);
        }
        SpeedBench.Timing timing = SpeedBench.time(() -> raw.forEach(extractor::extract));
        return new ExtractionEvalResult(ExtractionScorer.score(expected, predicted), pages, timing, bytes);
    }

    /** The date a URL carries ({@code /2019/11/19/}) as ISO, or null. */
    static String urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
    }

    /** Whether {@code title} equals the page's {@code og:title} or {@code <title>}, or is contained in one, after normalising. */
    static boolean titleAgrees(String title, Document doc) {
        if (title == null) {
            return false;
        }
        String t = normalise(title);
        List<String> references = new ArrayList<>();
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null) {
            references.add(og.attr("content"));
        }
        references.add(doc.title());
        return !t.isEmpty() && references.stream().map(ExtractionEval::normalise)
                .anyMatch(r -> !r.isEmpty() && (r.equals(t) || r.contains(t)));
    }

    private static String normalise(String s) {
        return String.join(" ", ExtractionScorer.tokens(Normalizer.normalize(s, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)));
    }

    private static Map<String, JsonNode> readTruth(Path dataDir) {
        Path file = dataDir.resolve("ground-truth.json");
        try {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            JsonNode root = JSON.readTree(file.toFile());
            root.fieldNames().forEachRemaining(id -> out.put(id, root.get(id)));
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no pages in " + file);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String readPage(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gz, e);
        }
    }

    private static void writePredictions(Map<String, String> predicted, Path out) {
        ObjectNode root = JSON.createObjectNode();
        predicted.forEach((id, text) -> root.putObject(id).put("articleBody", text));
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write predictions to " + out, e);
        }
    }
}
