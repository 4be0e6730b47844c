package org.dateline.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The article objects of a page's JSON-LD blocks ({@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle}, {@code BlogPosting}, ...), found at the top level, in arrays and in
 * {@code @graph}. A block that is not valid JSON is skipped with a warning. Strings are returned with
 * HTML entities decoded.
 */
final class JsonLd {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
            "liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting", "posting");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "collectionpage");

    private JsonLd() {
    }

    /** The article objects of {@code doc}, in page order. */
    static List<JsonNode> articles(Document doc, List<String> warnings) {
        return objects(doc, ARTICLE_TYPES, warnings);
    }

    /**
     * The page objects of {@code doc} ({@code WebPage} and kin), in page order: where a site describes the page
     * and not the article (as WordPress SEO plugins do), they carry its dates. Blocks that are not JSON are
     * skipped silently ({@link #articles} says so).
     */
    static List<JsonNode> pages(Document doc) {
        return objects(doc, PAGE_TYPES, new ArrayList<>());
    }

    private static List<JsonNode> objects(Document doc, Set<String> types, List<String> warnings) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data().strip();
            if (data.isEmpty()) {
                continue;
            }
            try {
                collect(JSON.readTree(data), types, out, 0);
            } catch (Exception e) {
                warnings.add("skipped a JSON-LD block that is not valid JSON");
            }
        }
        return out;
    }

    private static void collect(JsonNode node, Set<String> types, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, types, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isOf(node.get("@type"), types)) {
            out.add(node);
        }
        collect(node.get("@graph"), types, out, depth + 1);
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isObject()) {
            collect(main, types, out, depth + 1);
        }
    }

    private static boolean isOf(JsonNode type, Set<String> types) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isOf(t, types)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(java.util.Locale.ROOT);
        return types.contains(t.substring(t.lastIndexOf('/') + 1));
    }

    /** JSON-LD strings often carry HTML entities ("&#8217;", "&amp;"): decoded, stripped. */
    private static String unescape(String s) {
        return Parser.unescapeEntities(s, false).replace('\u00a0', ' ').strip();
    }

    /** A text field, or the {@code name} of an object field, or the first of an array; null when absent. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v != null && v.isArray()) {
            v = v.isEmpty() ? null : v.get(0);
        }
        if (v != null && v.isObject()) {
            v = v.get("name");
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = unescape(v.asText());
        return s.isEmpty() ? null : s;
    }

    /** The names of a person field ({@code author}): a string, an object with {@code name}, or an array of either. */
    static List<String> names(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = node.get(field);
        if (v == null) {
            return out;
        }
        for (JsonNode n : v.isArray() ? v : List.of(v)) {
            JsonNode name = n.isObject() ? n.get("name") : n;
            if (name != null && name.isValueNode() && !name.asText().isBlank()) {
                out.add(unescape(name.asText()));
            }
        }
        return out;
    }
}
