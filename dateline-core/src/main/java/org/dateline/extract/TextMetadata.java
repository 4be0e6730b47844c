package org.dateline.extract;

import org.dateline.extract.html.DateCandidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Metadata printed in the text of a page: a date prefix on the title line, "Source: X | date" lines,
 * lines that are only a date, and bylines ("By Jane Roe - Agency:"). Lines that are only metadata are
 * removed from the page; what they say is kept here.
 *
 * @param outlet  from a "Source:" line, or null
 * @param dates   printed publication dates in page order
 * @param authors from the first byline
 * @param bylineOutlet the agency named in the byline ("By Jane Roe - Agency:"), or null
 */
record TextMetadata(String outlet, List<PrintedDate> dates, List<String> authors, String bylineOutlet) {
    private static final Pattern TITLE_DATE_PREFIX = Pattern.compile(
            "^(?:date\\s*:?\\s*)?(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?)?\\s*[-|:]?\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_LINE = Pattern.compile("^source\\s*:\\s*(?<rest>.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_LINE_PREFIX = Pattern.compile(
            "^(?:(?:published|posted|updated|date|last updated)(?:\\s+on)?\\s*:?\\s*)?", Pattern.CASE_INSENSITIVE);
    /** A page stamp wherever it stands: "Published November 20th, 2019 - 07:29 GMT", "Updated at 9:50 p.m. ET". */
    private static final Pattern STAMP_LINE = Pattern.compile(
            "^(?:first |last )?(?:published|posted|updated)\\b(?:\\s+(?:on|at))?\\s*:?\\s*"
                    + "(?<rest>(?:\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\.?\\s)"
                    + "[^!?]*\\d[^!?]*)$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_STAMP_LINE = 80;
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by)\\s+(?<names>" + NAME + "(?:\\s*(?:,|\\band\\b|&)\\s*" + NAME + ")*)"
                    + "(?:\\s*[-–—|,]\\s*(?<outlet>\\p{Lu}[\\p{L}\\d .&'’-]{0,40}?))?\\s*:?$");
    private static final int MAX_BYLINE = 120;
    private static final int MAX_SOURCE_LINE = 200;
    /** A line of at least this many words is prose: the page header (title, date, byline) ends there. */
    private static final int PROSE_WORDS = 12;

    /** A title line with a leading date removed. */
    record Title(String text, Optional<PrintedDate> date) {
        static final Title NONE = new Title(null, Optional.empty());
    }

    /** Strips a leading date ("date 2019-11-11 Title", "2019-11-11 Title") from a title line. */
    static Title title(String line) {
        Matcher m = TITLE_DATE_PREFIX.matcher(line);
        if (m.find()) {
            return new Title(line.substring(m.end()).strip(), PrintedDate.find(m.group(1)).map(PrintedDate.Found::date));
        }
        return new Title(line.strip(), Optional.empty());
    }

    /**
     * Finds the metadata-only lines of {@code page}, removes them, and returns what they said. A "Source:"
     * line that carries a date, and a "Published ..." or "Updated ..." line with a date or time, is a publication
     * stamp wherever it stands (templates repeat it; its date counts in the page header only); other
     * metadata lines count only in the page header, before the first line of prose, so that a chart's
     * "Source: Central Bank" or a timeline's "March 3, 2020" in the body stays text.
     */
    static TextMetadata extract(PageLines page, List<String> warnings) {
        String outlet = null;
        List<PrintedDate> dates = new ArrayList<>();
        List<String> authors = List.of();
        String bylineOutlet = null;
        int removed = 0;
        int headerEnd = firstProseLine(page);
        for (int i = 0; i < page.size(); i++) {
            if (!page.content(i)) {
                continue;
            }
            String line = page.line(i);
            boolean header = i < headerEnd;
            Matcher source = SOURCE_LINE.matcher(line);
            Matcher byline = BYLINE.matcher(line);
            Matcher stamp = STAMP_LINE.matcher(line);
            Optional<PrintedDate> dateOnly = header ? dateOnly(line) : Optional.empty();
            if (line.length() <= MAX_SOURCE_LINE && source.matches()) {
                String rest = source.group("rest");
                Optional<PrintedDate.Found> date = PrintedDate.find(rest);
                if (date.isEmpty() && !header) {
                    continue;
                }
                date.ifPresent(d -> dates.add(d.date()));
                String name = rest.substring(0, date.map(PrintedDate.Found::start).orElse(rest.length()))
                        .split("\\|")[0].strip();
                outlet = outlet == null && !name.isEmpty() ? name : outlet;
            } else if (dateOnly.isPresent()) {
                dates.add(dateOnly.get());
            } else if (line.length() <= MAX_STAMP_LINE && stamp.matches()) {
                if (header) {
                    PrintedDate.find(stamp.group("rest")).ifPresent(d -> dates.add(d.date()));
                }
            } else if (header && line.length() <= MAX_BYLINE && byline.matches() && authors.isEmpty()) {
                authors = Arrays.stream(byline.group("names").split("\\s*(?:,|\\band\\b|&)\\s*"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                bylineOutlet = byline.group("outlet") == null ? null : byline.group("outlet").strip();
            } else {
                continue;
            }
            page.remove(i);
            removed++;
        }
        if (removed > 0) {
            warnings.add("removed " + Counts.of(removed, "metadata line") + " (source, date or byline) from the text");
        }
        return new TextMetadata(outlet, dates, authors, bylineOutlet);
    }

    /** The index of the first line with content of at least {@link #PROSE_WORDS} words, or the page size. */
    private static int firstProseLine(PageLines page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.content(i) && page.line(i).split("\\s+").length >= PROSE_WORDS) {
                return i;
            }
        }
        return page.size();
    }

    /** The date of a line that says nothing but a date ("3 March 2021 09:20 (UTC+03:00)", "Published: 2019-11-11"). */
    private static Optional<PrintedDate> dateOnly(String line) {
        Matcher prefix = DATE_LINE_PREFIX.matcher(line);
        String rest = prefix.lookingAt() ? line.substring(prefix.end()) : line;
        return PrintedDate.find(rest)
                .filter(found -> found.start() == 0 && rest.substring(found.end()).isBlank())
                .map(PrintedDate.Found::date);
    }

    /** The printed dates as publication date candidates: those that have a time first, each group in page order. */
    List<DateCandidate> candidates() {
        return Stream.concat(dates.stream().filter(PrintedDate::hasTime), dates.stream().filter(d -> !d.hasTime()))
                .map(d -> d.candidate(false)).toList();
    }
}
