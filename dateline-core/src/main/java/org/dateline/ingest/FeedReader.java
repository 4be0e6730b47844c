package org.dateline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.dateline.model.RawPage;
import org.dateline.model.SourceMeta;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, recognised by their root element ({@code rss}, {@code rdf:RDF},
 * {@code feed}) whatever the file's name, read with Rome. Each item that carries its own article (Atom
 * {@code content}, RSS {@code content:encoded}, or a description of at least {@link #MIN_DESCRIPTION_CHARS}
 * characters of text) becomes a page with source {@code path#itemN} (N from 1, in feed order), metadata url
 * = the item's link, published = its publication (else update) date, title = its title, outlet = the feed's
 * title. Reading goes to the network only with a {@link LinkFetcher}: then an item with only a link is
 * downloaded (its metadata fetched = now, url = where the download ended); without one it is a problem
 * "not fetched: LINK (run with --fetch to download)". A feed that is not well-formed XML is a problem naming
 * the file (and line, where the parser tells it). A doctype is allowed (RSS 0.91 feeds declare Netscape's),
 * but no external DTD or entity is ever read: Rome resolves them to nothing.
 */
public final class FeedReader implements PageReader {
    /** The least visible characters a description must have to count as the article rather than a teaser. */
    static final int MIN_DESCRIPTION_CHARS = 400;
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
        SyndFeed feed;
        try (InputStream in = input.open()) {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(true);
            feed = parser.build(new XmlReader(in));
        } catch (ParsingFeedException e) {
            problems.accept(input.path() + ": skipped, not a well-formed feed"
                    + (e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ")" : "") + ": " + firstLine(e));
            return;
        } catch (FeedException | IllegalArgumentException | EOFException | ZipException e) {
            problems.accept(input.path() + ": skipped, not a readable feed: " + firstLine(e));
            return;
        }
        String outlet = blankToNull(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String source = input.path() + "#item" + (i + 1);
            String title = blankToNull(entry.getTitle());
            String link = blankToNull(entry.getLink());
            SourceMeta meta = new SourceMeta(link, outlet, iso(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                    null, title, SourceMeta.Origin.METADATA);
            SyndContent content = article(entry);
            List<String> warnings = new ArrayList<>(input.warnings());
            if (content == null && link != null && fetcher.isPresent()) {
                fetch(fetcher.get(), source, link, meta, warnings, pages, problems);
                continue;
            }
            if (content == null) {
                problems.accept(source + (title == null ? "" : " ('" + title + "')") + ": "
                        + (link == null ? "skipped, the item has neither content nor a link"
                        : "not fetched: " + link + " (run with --fetch to download)"));
                continue;
            }
            if (isPlainText(content)) {
                pages.accept(new RawPage(source, RawPage.Format.TEXT,
                        (title == null ? "" : title + "\n\n") + content.getValue().strip(), meta, warnings));
            } else {
                HtmlPages.fromText(source, document(title, content.getValue()), meta, warnings,
                        why -> problems.accept(source + ": skipped, " + why)).ifPresent(pages);
            }
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

    private static String firstLine(Exception e) {
        return Stream.ofNullable(e.getMessage()).flatMap(String::lines).findFirst().orElse(e.getClass().getSimpleName());
    }
}
