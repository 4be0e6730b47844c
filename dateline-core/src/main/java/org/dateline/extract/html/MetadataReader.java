package org.dateline.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@link HtmlMetadata} from a parsed page, before any element is removed. Each field comes from
 * the first source that has it, in this order of trust: JSON-LD, OpenGraph, other {@code <meta>}
 * tags, {@code <time datetime>} and microdata, the visible page.
 */
final class MetadataReader {
    /** {@code <meta>} names and properties that carry the publication date, most specific first. */
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:article:published_time",
            "article:published", "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "dc.date.created", "date", "article.published", "citation_publication_date",
            "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime", "displaydate",
            "og:published_time", "published_time", "release_date");
    private static final List<String> TITLE_METAS = List.of("og:title", "twitter:title", "dc.title", "parsely-title",
            "sailthru.title", "title");
    private static final List<String> AUTHOR_METAS = List.of("author", "article:author", "byl", "dc.creator",
            "parsely-author", "sailthru.author", "citation_author");
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|di|door)\\s+");
    private static final Pattern VISIBLE_DATE_NAME = Pattern.compile("date|time|publish|posted|byline|dateline|meta|author",
            Pattern.CASE_INSENSITIVE);
    /** What separates a page title from the site's name after it ("Talks resume - Tidewire"). */
    private static final String TITLE_SEPARATORS = "-|–—·:";
    private static final int MAX_VISIBLE_DATE = 120;
    private static final int MAX_DATE_CANDIDATES = 5;
    private static final int MAX_AUTHOR = 80;

    private MetadataReader() {
    }

    static HtmlMetadata read(Document doc, List<String> warnings) {
        List<JsonNode> ld = JsonLd.articles(doc, warnings);
        Map<String, String> metas = metas(doc);
        String title = first(fromLd(ld, "headline"), meta(metas, TITLE_METAS), fromLd(ld, "name"),
                text(doc.selectFirst("h1")), blankToNull(doc.title()));
        String published = first(ld.stream().flatMap(n -> Stream.of(JsonLd.text(n, "datePublished"),
                        JsonLd.text(n, "dateCreated"))).map(IsoDates::read).flatMap(Optional::stream).findFirst().orElse(null),
                DATE_METAS.stream().map(name -> IsoDates.read(metas.get(name))).flatMap(Optional::stream)
                        .findFirst().orElse(null),
                markupDate(doc));
        String printed = published == null ? visibleDate(doc) : null;
        List<String> authors = authors(ld, metas, doc);
        String outlet = first(meta(metas, List.of("og:site_name")), ld.stream().map(n -> n.get("publisher"))
                .filter(p -> p != null && p.isObject()).map(p -> JsonLd.text(p, "name")).filter(s -> s != null)
                .findFirst().orElse(null), meta(metas, List.of("application-name")));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? null : blankToNull(canonical.attr("abs:href").isEmpty()
                ? canonical.attr("href") : canonical.attr("abs:href")), meta(metas, List.of("og:url")), fromLd(ld, "url"));
        String body = fromLd(ld, "articleBody");
        return new HtmlMetadata(withoutOutlet(title, outlet), published, printed, authors, outlet, url, body);
    }

    /**
     * The title without a trailing " - Outlet" or " | Outlet" that names the site: the part after the last run of
     * separators, when spaces come before and after that run. Scanned once from the end (the regular expression
     * {@code \s+[-|–—·:]+\s+([^-|–—·:]+)$} it replaces took quadratic time on a title with a long run of spaces).
     */
    static String withoutOutlet(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        int separatorsEnd = title.length();
        while (separatorsEnd > 0 && TITLE_SEPARATORS.indexOf(title.charAt(separatorsEnd - 1)) < 0) {
            separatorsEnd--;
        }
        int separatorsStart = separatorsEnd;
        while (separatorsStart > 0 && TITLE_SEPARATORS.indexOf(title.charAt(separatorsStart - 1)) >= 0) {
            separatorsStart--;
        }
        int start = separatorsStart;
        while (start > 0 && isSpace(title.charAt(start - 1))) {
            start--;
        }
        String site = title.substring(separatorsEnd);
        boolean suffix = separatorsEnd > 0 && start > 0 && start < separatorsStart && site.length() >= 2 && isSpace(site.charAt(0));
        return suffix && site.strip().equalsIgnoreCase(outlet.strip()) ? title.substring(0, start).strip() : title;
    }

    /** Regex {@code \s}: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static String fromLd(List<JsonNode> ld, String field) {
        return ld.stream().map(n -> JsonLd.text(n, field)).filter(s -> s != null).findFirst().orElse(null);
    }

    /** The content of every {@code <meta>} by its lower-cased property, name or itemprop; the first one wins. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = blankToNull(m.attr("content"));
            if (content != null) {
                for (String key : List.of("property", "name", "itemprop")) {
                    if (m.hasAttr(key)) {
                        out.putIfAbsent(m.attr(key).strip().toLowerCase(Locale.ROOT), content);
                    }
                }
            }
        }
        return out;
    }

    private static String meta(Map<String, String> metas, List<String> names) {
        return names.stream().map(metas::get).filter(v -> v != null).findFirst().orElse(null);
    }

    /** A date in markup: {@code itemprop=datePublished}, then the first {@code <time datetime>}. */
    private static String markupDate(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            String v = first(blankToNull(e.attr("content")), blankToNull(e.attr("datetime")));
            Optional<String> iso = IsoDates.read(v);
            if (iso.isPresent()) {
                return iso.get();
            }
        }
        return null;
    }

    /**
     * Visible text that may print the date, in page order: short texts of elements whose class or id says
     * date, time, byline or the like and that have a digit, then the text just after the headline.
     * Null when there is none.
     */
    private static String visibleDate(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (found.size() == MAX_DATE_CANDIDATES) {
                break;
            }
            if (VISIBLE_DATE_NAME.matcher(e.className() + " " + e.id()).find()) {
                String t = e.text();
                if (!t.isEmpty() && t.length() <= MAX_VISIBLE_DATE && t.chars().anyMatch(Character::isDigit)) {
                    found.add(t);
                }
            }
        }
        Element h1 = body.selectFirst("h1");
        if (h1 != null) {
            StringBuilder after = new StringBuilder();
            for (Element e = h1.nextElementSibling() != null ? h1 : h1.parent(); e != null && after.length() < MAX_VISIBLE_DATE;
                 e = e.nextElementSibling()) {
                if (e != h1) {
                    after.append(e.text()).append('\n');
                }
            }
            String t = after.toString().strip();
            if (t.chars().anyMatch(Character::isDigit)) {
                found.add(t.substring(0, Math.min(t.length(), 2 * MAX_VISIBLE_DATE)));
            }
        }
        return found.isEmpty() ? null : String.join("\n", found);
    }

    private static List<String> authors(List<JsonNode> ld, Map<String, String> metas, Document doc) {
        Set<String> out = new LinkedHashSet<>();
        ld.stream().flatMap(n -> JsonLd.names(n, "author").stream()).forEach(a -> addAuthor(out, a));
        if (out.isEmpty()) {
            String listed = meta(metas, AUTHOR_METAS);
            if (listed != null) {
                for (String a : listed.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
                    addAuthor(out, a);
                }
            }
        }
        if (out.isEmpty()) {
            doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]").stream()
                    .map(Element::text).forEach(a -> addAuthor(out, a));
        }
        return new ArrayList<>(out);
    }

    private static void addAuthor(Set<String> out, String raw) {
        String a = BY.matcher(raw.strip()).replaceFirst("").strip();
        if (!a.isEmpty() && a.length() <= MAX_AUTHOR && !a.contains("://") && !a.startsWith("www.")
                && a.chars().noneMatch(Character::isDigit) && out.stream().noneMatch(a::equalsIgnoreCase)) {
            out.add(a);
        }
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
