package org.dateline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.dateline.extract.html.LongTagNames;
import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.model.SourceMeta;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, recognised by their root element ({@code rss}, {@code rdf:RDF},
 * {@code feed}) whatever the file's name, read with Rome. Each item that carries its own article (Atom
 * {@code content}, RSS {@code content:encoded}, or a description of at least {@link #MIN_DESCRIPTION_CHARS}
 * characters of text) becomes a page with source {@code path#itemN} (N from 1, in feed order), metadata url
 * = the item's link, published = its publication (else update) date, title = its title, outlet = the feed's
 * title. Reading goes to the network only with a {@link LinkFetcher}: then an item with only a link is
 * downloaded (its metadata fetched = now, url = where the download ended); without one it is a problem
 * "not fetched: LINK (run with --fetch to download)". A feed that is not well-formed XML is a problem naming
 * the file (and line, where the parser tells it), and its items are then read one by one: each broken item is
 * a problem naming it (index, title and link as far as readable), every other item is still read; the whole
 * feed is skipped only when none of its items can be read. An item whose content cannot be used is a problem,
 * the other items are still read. A gzip-compressed feed that is cut is a problem, and its complete items are
 * read. A feed's content over {@link #MAX_FEED_BYTES} is read in part (a problem starting {@code truncated:}), and a
 * feed nested deeper than {@link #MAX_NESTING} elements is skipped with a problem. A doctype is allowed (RSS 0.91
 * feeds declare Netscape's), but no external DTD or entity is ever read: Rome resolves them to nothing.
 */
public final class FeedReader implements PageReader {
    /** The least visible characters a description must have to count as the article rather than a teaser. */
    static final int MIN_DESCRIPTION_CHARS = 400;
    /**
     * The most bytes of a feed's (decompressed) content that are read (8 MiB, as for an HTML page): a feed is kept
     * in memory whole and parsed up to three times (16 MiB took 13 s); a larger one (or a gzip bomb) is read in part,
     * its complete items kept.
     */
    static final int MAX_FEED_BYTES = 8 * 1024 * 1024;
    /**
     * The deepest element nesting read (a feed needs a few levels, XHTML content a few dozen): the XML tree
     * builder takes time quadratic in the depth (a few kilobytes of gzip nested 20,000 deep stalled it for minutes).
     */
    static final int MAX_NESTING = 256;
    /** The most characters of an item's title that a problem quotes. */
    private static final int MAX_LABEL_CHARS = 120;
    /** The most characters of a parser's message that a problem quotes. */
    private static final int MAX_MESSAGE_CHARS = 300;
    private static final Set<String> ROOTS = Set.of("rss", "rdf:rdf", "rdf", "feed");

    private final Optional<LinkFetcher> fetcher;

    /** A reader that never goes to the network. */
    public FeedReader() {
        this.fetcher = Optional.empty();
    }

    /** A reader that downloads the article of an item that only links to it. */
    public FeedReader(LinkFetcher fetcher) {
        this.fetcher = Optional.of(fetcher);
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return ROOTS.contains(Head.firstElement(head));
    }

    @Override
    public void read(InputFile input, Consumer<RawPage> pages, Consumer<String> problems) throws IOException {
        byte[] bytes;
        try (InputFile.ContentStream in = input.open()) {
            bytes = in.readNBytes(MAX_FEED_BYTES + 1);
            in.damage().ifPresent(why -> problems.accept(input.path() + ": " + why));
        }
        if (bytes.length > MAX_FEED_BYTES) {
            bytes = Arrays.copyOf(bytes, MAX_FEED_BYTES);
            problems.accept(input.path() + ": " + Article.TRUNCATED + "read the first " + (MAX_FEED_BYTES >> 20)
                    + " MiB of the feed's content; its complete items are read");
        }
        int depth = XmlNesting.depth(bytes);
        if (depth > MAX_NESTING) {
            problems.accept(input.path() + ": skipped, elements nested " + depth + " deep (a feed needs a few levels; over "
                    + MAX_NESTING + " is damage, and too slow to parse)");
            return;
        }
        SyndFeed feed;
        try {
            feed = parse(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (ParsingFeedException e) {
            readItemByItem(input, bytes, e, pages, problems);
            return;
        } catch (FeedException | IllegalArgumentException e) {
            problems.accept(input.path() + ": skipped, not a readable feed: " + firstLine(e));
            return;
        }
        String outlet = blankToNull(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            readEntry(input, input.path() + "#item" + (i + 1), outlet, entries.get(i), pages, problems);
        }
    }

    private static SyndFeed parse(Reader xml) throws FeedException {
        SyndFeedInput parser = new SyndFeedInput();
        parser.setAllowDoctypes(true);
        return parser.build(xml);
    }

    /** One item of a feed read item by item: its entry, or the problem that says why there is none. */
    private record Item(int number, SyndEntry entry, String problem) {
    }

    /**
     * Reads a feed that is not well-formed XML one item at a time: each {@code item} or {@code entry}, as
     * jsoup's lenient XML parser finds it, is parsed by Rome on its own, after the part of the feed before
     * the first item, so that a broken item costs only itself. The feed is one problem saying so, and each
     * broken item one more; when no item can be read (or the part before the first item is broken), the
     * whole feed is one problem.
     */
    private void readItemByItem(InputFile input, byte[] bytes, ParsingFeedException whole, Consumer<RawPage> pages,
                                Consumer<String> problems) throws IOException {
        StringWriter text = new StringWriter();
        try (Reader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            reader.transferTo(text);
        }
        String xml = LongTagNames.cut(text.toString()).html();
        List<Element> elements = Jsoup.parse(xml, "", Parser.xmlParser().setTrackPosition(true)).select("item, entry");
        SyndFeed channel = null;
        List<Item> items = new ArrayList<>();
        if (!elements.isEmpty()) {
            String head = xml.substring(0, elements.get(0).sourceRange().startPos());
            String tail = elements.get(0).parents().stream().map(parent -> "</" + parent.tagName() + ">").collect(Collectors.joining());
            try {
                channel = parse(new StringReader(head + tail));
                for (int i = 0; i < elements.size(); i++) {
                    items.add(item(input.path() + "#item" + (i + 1), i + 1, elements.get(i), xml, head, tail));
                }
            } catch (FeedException | IllegalArgumentException e) {
                channel = null;
            }
        }
        String notWellFormed = "not a well-formed feed" + (whole.getLineNumber() > 0 ? " (line " + whole.getLineNumber() + ")" : "")
                + ": " + firstLine(whole);
        if (channel == null || items.stream().allMatch(item -> item.entry() == null)) {
            problems.accept(input.path() + ": skipped, " + notWellFormed);
            return;
        }
        problems.accept(input.path() + ": " + notWellFormed + "; its items were read one by one");
        String outlet = blankToNull(channel.getTitle());
        for (Item item : items) {
            if (item.entry() == null) {
                problems.accept(item.problem());
            } else {
                readEntry(input, input.path() + "#item" + item.number(), outlet, item.entry(), pages, problems);
            }
        }
    }

    /** The item {@code element} of {@code xml} parsed on its own, between the feed's {@code head} and {@code tail}. */
    private static Item item(String source, int number, Element element, String xml, String head, String tail) {
        String named = source + label(element);
        Range end = element.endSourceRange();
        // jsoup closes an element left open at the end of the text with an end tag that is not in the text
        if (!end.isTracked() || end.endPos() > xml.length() || !xml.startsWith("</", end.startPos())) {
            return new Item(number, null, named + ": skipped, the item is not closed (the feed is cut or broken there)");
        }
        String raw = xml.substring(element.sourceRange().startPos(), end.endPos());
        try {
            List<SyndEntry> entries = parse(new StringReader(head + raw + tail)).getEntries();
            return entries.size() == 1 ? new Item(number, entries.get(0), null) : new Item(number, null, named + ": skipped, not a feed item");
        } catch (FeedException | IllegalArgumentException e) {
            return new Item(number, null, named + ": skipped, not well-formed XML: " + firstLine(e));
        }
    }

    /** The title and link of an item as far as they are readable, as " ('TITLE', LINK)"; empty when neither is. */
    private static String label(Element item) {
        Element titleElement = item.selectFirst("title");
        Element linkElement = item.selectFirst("link");
        String title = titleElement == null ? null : blankToNull(shortened(titleElement.text(), MAX_LABEL_CHARS));
        String link = linkElement == null ? null : blankToNull(linkElement.hasAttr("href") ? linkElement.attr("href") : linkElement.text());
        List<String> parts = Stream.of(title == null ? null : "'" + title + "'", link).filter(Objects::nonNull).toList();
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** {@code text}, or its first {@code max} characters and an ellipsis when it is longer. */
    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** Hands the page of one entry to {@code pages}, or says on {@code problems} why there is none. */
    private void readEntry(InputFile input, String source, String outlet, SyndEntry entry, Consumer<RawPage> pages,
                           Consumer<String> problems) {
        String title = blankToNull(entry.getTitle());
        String link = blankToNull(entry.getLink());
        try {
            SourceMeta meta = new SourceMeta(link, outlet, iso(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                    null, title, SourceMeta.Origin.METADATA);
            SyndContent content = article(entry);
            List<String> warnings = new ArrayList<>(input.warnings());
            if (content == null && link != null && fetcher.isPresent()) {
                fetch(fetcher.get(), source, link, meta, warnings, pages, problems);
            } else if (content == null) {
                problems.accept(source + (title == null ? "" : " ('" + title + "')") + ": "
                        + (link == null ? "skipped, the item has neither content nor a link"
                        : "not fetched: " + link + " (run with --fetch to download)"));
            } else if (isPlainText(content)) {
                pages.accept(new RawPage(source, RawPage.Format.TEXT,
                        (title == null ? "" : title + "\n\n") + content.getValue().strip(), meta, warnings));
            } else {
                HtmlPages.fromText(source, document(title, content.getValue()), meta, warnings,
                        why -> problems.accept(source + ": skipped, " + why)).ifPresent(pages);
            }
        } catch (RuntimeException e) {
            problems.accept(source + (title == null ? "" : " ('" + title + "')") + ": skipped, the item cannot be read: " + firstLine(e));
        }
    }

    private static void fetch(LinkFetcher fetcher, String source, String link, SourceMeta meta, List<String> warnings,
                              Consumer<RawPage> pages, Consumer<String> problems) {
        LinkFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(URI.create(link));
        } catch (IOException | IllegalArgumentException e) {
            problems.accept(source + ": could not fetch " + link + ": " + firstLine(e));
            return;
        }
        if (!HtmlPages.isHtml(fetched.contentType(), fetched.body())) {
            problems.accept(source + ": fetched " + link + " but it is not HTML (" + fetched.contentType() + "), skipped");
            return;
        }
        List<String> all = new ArrayList<>(warnings);
        if (fetched.cut()) {
            all.add(HtmlPages.cutWarning());
        }
        SourceMeta withFetch = new SourceMeta(fetched.url(), meta.outlet(), meta.published(), Instant.now().toString(),
                meta.title(), meta.origin());
        HtmlPages.fromBytes(source, fetched.body(), HtmlDecoder.charsetOfContentType(fetched.contentType()), fetched.cut(),
                withFetch, all, why -> problems.accept(source + ": fetched " + link + " but skipped it, " + why)).ifPresent(pages);
    }

    /** The item's own article: the longest content, else a substantial description; null when there is none. */
    private static SyndContent article(SyndEntry entry) {
        SyndContent best = entry.getContents().stream()
                .filter(c -> c.getValue() != null && !c.getValue().isBlank())
                .max((a, b) -> Integer.compare(a.getValue().length(), b.getValue().length()))
                .orElse(null);
        if (best != null) {
            return best;
        }
        SyndContent description = entry.getDescription();
        if (description == null || description.getValue() == null) {
            return null;
        }
        return visibleLength(description.getValue()) >= MIN_DESCRIPTION_CHARS ? description : null;
    }

    private static boolean isPlainText(SyndContent content) {
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain");
    }

    /** A feed item's HTML fragment as a document, its title in {@code <title>} for the extractor. */
    private static String document(String title, String fragment) {
        String head = title == null ? "" : "<title>" + escape(title) + "</title>";
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body><article>"
                + fragment + "</article></body></html>";
    }

    private static int visibleLength(String html) {
        int visible = 0;
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag && !Character.isWhitespace(c)) {
                visible++;
            }
        }
        return visible;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The first line of the parser's message, at most {@value #MAX_MESSAGE_CHARS} characters (it may quote damaged markup). */
    private static String firstLine(Exception e) {
        return shortened(Stream.ofNullable(e.getMessage()).flatMap(String::lines).findFirst().orElse(e.getClass().getSimpleName()),
                MAX_MESSAGE_CHARS);
    }
}
