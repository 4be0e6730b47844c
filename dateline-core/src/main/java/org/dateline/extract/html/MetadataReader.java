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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@link HtmlMetadata} from a parsed page, before any element is removed. Each field comes from
 * the first source that has it, in this order of trust: JSON-LD, OpenGraph, other {@code <meta>}
 * tags, {@code <time datetime>} and microdata, the visible page. Dates are all kept, in that order, for the
 * caller to weigh.
 */
final class MetadataReader {
    /** {@code <meta>} names and properties that carry the publication date, most specific first. */
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:article:published_time",
            "article:published", "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "dc.date.created", "date", "article.published", "citation_publication_date",
            "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime", "displaydate",
            "og:published_time", "published_time", "release_date");
    /** {@code <meta>} names and properties that carry the date of the last change. */
    private static final List<String> MODIFIED_METAS = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "modified_time",
            "article:modified", "parsely-updated-date");
    private static final List<String> TITLE_METAS = List.of("og:title", "twitter:title", "dc.title", "parsely-title",
            "sailthru.title", "title");
    private static final List<String> AUTHOR_METAS = List.of("author", "article:author", "byl", "dc.creator",
            "parsely-author", "sailthru.author", "citation_author");
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|di|door)\\s+");
    private static final Pattern VISIBLE_DATE_NAME = Pattern.compile("date|time|publish|posted|byline|dateline|meta|author",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE = Pattern.compile("updat|modif", Pattern.CASE_INSENSITIVE);
    /** What separates a page title from the site's name after it ("Talks resume - Tidewire"). */
    private static final String TITLE_SEPARATORS = "-|–—·:";
    private static final int MAX_VISIBLE_DATE = 120;
    private static final int MAX_DATE_CANDIDATES = 5;
    /** Text of at most this many characters with a year in it, outside links, may be a bare printed date. */
    private static final int MAX_BARE_DATE = 40;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /** How many {@code <h1>} the lines after a headline are read for: a page may head its logo with one. */
    private static final int MAX_HEADLINES = 3;
    private static final int MAX_AUTHOR = 80;

    private MetadataReader() {
    }

    static HtmlMetadata read(Document doc, List<String> warnings) {
        List<JsonNode> ld = JsonLd.articles(doc, warnings);
        Map<String, String> metas = metas(doc);
        String title = first(fromLd(ld, "headline"), meta(metas, TITLE_METAS), fromLd(ld, "name"),
                text(doc.selectFirst("h1")), blankToNull(doc.title()));
        List<DateCandidate> dates = new ArrayList<>();
        for (JsonNode n : ld) {
            addDate(dates, JsonLd.text(n, "datePublished"), "jsonld", false);
            addDate(dates, JsonLd.text(n, "dateCreated"), "jsonld", false);
            addDate(dates, JsonLd.text(n, "dateModified"), "jsonld", true);
        }
        for (JsonNode n : JsonLd.pages(doc)) {
            addDate(dates, JsonLd.text(n, "datePublished"), "jsonld", false);
            addDate(dates, JsonLd.text(n, "dateModified"), "jsonld", true);
        }
        DATE_METAS.forEach(name -> addDate(dates, metas.get(name), "meta", false));
        MODIFIED_METAS.forEach(name -> addDate(dates, metas.get(name), "meta", true));
        markupDates(doc, dates);
        String printed = visibleDate(doc);
        List<String> authors = authors(ld, metas, doc);
        String outlet = first(meta(metas, List.of("og:site_name")), ld.stream().map(n -> n.get("publisher"))
                .filter(p -> p != null && p.isObject()).map(p -> JsonLd.text(p, "name")).filter(s -> s != null)
                .findFirst().orElse(null), meta(metas, List.of("application-name")));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? null : blankToNull(canonical.attr("abs:href").isEmpty()
                ? canonical.attr("href") : canonical.attr("abs:href")), meta(metas, List.of("og:url")), fromLd(ld, "url"));
        String body = fromLd(ld, "articleBody");
        return new HtmlMetadata(withoutOutlet(title, outlet), dates, printed, authors, outlet, url, body);
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

    private static void addDate(List<DateCandidate> dates, String value, String basis, boolean modified) {
        IsoDates.read(value).ifPresent(iso -> dates.add(new DateCandidate(iso, basis, modified)));
    }

    /**
     * Dates in the body's markup: elements with {@code itemprop=datePublished} or {@code dateModified} (their
     * {@code content} or {@code datetime}), then the first {@code <time datetime>} (a change date when its class
     * says updated or modified).
     */
    private static void markupDates(Document doc, List<DateCandidate> dates) {
        for (Element e : doc.select("[itemprop=datePublished]:not(meta), [itemprop=dateModified]:not(meta)")) {
            addDate(dates, first(blankToNull(e.attr("content")), blankToNull(e.attr("datetime"))), "time",
                    e.attr("itemprop").equals("dateModified"));
        }
        Element time = doc.selectFirst("time[pubdate][datetime], time[datetime]");
        if (time != null) {
            addDate(dates, time.attr("datetime"), "time", CHANGE.matcher(time.className()).find());
        }
    }

    /**
     * Visible text that may print the date, in page order: short texts of elements whose class, id or itemprop says
     * date, time, byline or the like and that have a digit, then the text just after each of the first headlines;
     * when there is none of those, the first short texts with a year outside links (a date printed bare).
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
            if (VISIBLE_DATE_NAME.matcher(e.className() + " " + e.id() + " " + e.attr("itemprop")).find()) {
                String t = e.text();
                if (!t.isEmpty() && t.length() <= MAX_VISIBLE_DATE && t.chars().anyMatch(Character::isDigit)) {
                    found.add(t);
                }
            }
        }
        for (Element h1 : body.select("h1").subList(0, Math.min(MAX_HEADLINES, body.select("h1").size()))) {
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
        if (found.isEmpty()) {
            body.select(":containsOwn(19), :containsOwn(20)").stream().filter(e -> e.closest("a") == null)
                    .map(Element::ownText).map(String::strip).filter(t -> t.length() <= MAX_BARE_DATE && YEAR.matcher(t).find())
                    .limit(MAX_DATE_CANDIDATES).forEach(found::add);
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
