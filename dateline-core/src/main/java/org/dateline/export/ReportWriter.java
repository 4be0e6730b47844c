package org.dateline.export;

import org.dateline.corpus.Framing;
import org.dateline.corpus.Stories;
import org.dateline.corpus.Threads;
import org.dateline.corpus.Timeline;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Ids;
import org.dateline.model.Quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Writes {@value #REPORT}, one self-contained page over a finished {@code analyze} output folder, read back
 * from its contract files ({@link OutputFolder}): the timeline, the stories with their outlets side by side, the
 * threads with their stories along a day axis, the quotes by speaker with their evidence, the actor network and the
 * framing table ({@link Framing}: terms per outlet and fact coverage over all articles), in sections with the ids
 * {@code timeline}, {@code stories}, {@code threads}, {@code quotes}, {@code network} and {@code framing}.
 *
 * <p>The page is built here, on the server side, with every piece of data escaped ({@link Html}); it holds
 * no script at all, and its Content-Security-Policy allows no script, no network access and only its own
 * inline style (by hash), so even markup that escaped the escaping could not run or load anything.
 */
public final class ReportWriter {
    public static final String REPORT = "report.html";
    private static final int OPEN_SPEAKERS = 8;
    private static final int CONTEXT = 160;
    private static final int MAX_COVERAGE = 100;
    /** Items listed in one group (a story's or an actor's facts, a speaker's quotes); the rest are counted. */
    static final int MAX_LISTED = 100;
    /** Groups listed in one section (stories, speakers, actors, links), the largest first; the rest are counted. */
    static final int MAX_GROUPS = 200;
    /** Outlets named in one cell of the coverage table. */
    static final int MAX_NAMES = 12;
    /** Stories drawn as lanes of the timeline chart, those with the most facts. */
    static final int MAX_LANES = 40;
    private static final String CSS = css();

    private final OutputFolder folder;
    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, String> storyTitles = new HashMap<>();
    private final Map<String, Stories.Story> storyById = new HashMap<>();

    private ReportWriter(OutputFolder folder) {
        this.folder = folder;
        folder.articles().forEach(a -> articles.put(a.id(), a));
        folder.actors().forEach(a -> actors.put(a.id(), a));
        folder.stories().forEach(s -> storyTitles.put(s.id(), title(s)));
        folder.stories().forEach(s -> storyById.put(s.id(), s));
    }

    /** Writes {@value #REPORT} of {@code folder}'s records into the folder {@code dir}; returns the page's path. */
    public static Path write(Path dir, OutputFolder folder) throws IOException {
        Path page = dir.resolve(REPORT);
        Files.writeString(page, render(folder), StandardCharsets.UTF_8);
        return page;
    }

    /** The whole page for {@code folder}. */
    public static String render(OutputFolder folder) {
        return new ReportWriter(folder).page();
    }

    private String page() {
        Html h = new Html().raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '"
                        + styleHash() + "'; img-src 'none'; form-action 'none'; base-uri 'none'\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>Dateline report</title><style>").raw(CSS).raw("</style></head><body>");
        header(h);
        timeline(h);
        stories(h);
        threads(h);
        quotes(h);
        network(h);
        framing(h);
        return h.raw("</body></html>\n").toString();
    }

    private void header(Html h) {
        long outlets = folder.articles().stream().map(Article::outlet).filter(Objects::nonNull).distinct().count();
        h.raw("<header><h1>Dateline report</h1><p class=\"counts\">")
                .element("span", null, folder.articles().size() + " articles")
                .element("span", null, outlets + " outlets")
                .element("span", null, folder.stories().size() + " stories")
                .element("span", null, folder.threads().size() + " threads")
                .element("span", null, folder.quotes().size() + " quotes")
                .element("span", null, folder.events().size() + " events")
                .element("span", null, folder.actors().size() + " actors")
                .raw("</p><nav><a href=\"#timeline\">Timeline</a><a href=\"#stories\">Stories</a>"
                        + "<a href=\"#threads\">Threads</a><a href=\"#quotes\">Quotes</a><a href=\"#network\">Actor network</a>"
                        + "<a href=\"#framing\">Framing</a></nav></header>");
    }

    private void timeline(Html h) {
        Timeline timeline = Timeline.of(folder.articles(), folder.quotes(), folder.events());
        h.raw("<section id=\"timeline\"><h2>Timeline</h2>")
                .raw("<p class=\"legend note\"><span>\u25cf quote</span><span>\u25a0 event</span>"
                        + "<span>filled: date stated in the sentence</span>"
                        + "<span>hollow: date of the dateline or the publication day</span>"
                        + "<span>faint, at an end: dated before or after the reporting period</span></p>")
                .raw(TimelineChart.render(largest(timeline.byStory(), MAX_LANES), storyTitles, folder.articles().stream()
                        .map(Article::referenceDay).filter(Objects::nonNull).toList()));
        if (timeline.byStory().size() > MAX_LANES) {
            h.element("p", "note", "The chart draws the " + MAX_LANES + " stories with the most dated facts of "
                    + timeline.byStory().size() + "; the lists below hold the others.");
        }
        h.element("h3", null, "By story");
        listed(h, timeline.byStory().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Timeline.Entry>> e) -> e.getValue().get(0).day())
                        .thenComparing(Map.Entry::getKey)).toList(), MAX_GROUPS, "stories",
                e -> entries(h, storyTitles.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        h.element("h3", null, "By actor");
        listed(h, timeline.byActor().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Timeline.Entry>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey)).toList(), MAX_GROUPS, "actors",
                e -> entries(h, actorName(e.getKey()), e.getValue()));
        h.element("h3", null, "Undated");
        entries(h, "facts without a date that can be placed", timeline.undated());
        h.raw("</section>");
    }

    private void entries(Html h, String label, List<Timeline.Entry> entries) {
        h.raw("<details><summary>").text(label + " (" + entries.size() + ")").raw("</summary><ol class=\"entries\">");
        listed(h, "li", entries, MAX_LISTED, "facts", e -> h.raw("<li>")
                .element("time", null, e.date() == null ? "no date" : e.date())
                .element("span", "basis", basis(e.dateBasis()))
                .element("span", "kind", e.kind().name().toLowerCase(Locale.ROOT))
                .element("b", null, e.summary()).raw(": ").element("q", null, Html.clip(e.text(), 300))
                .raw("</li>"));
        h.raw("</ol></details>");
    }

    private void stories(Html h) {
        h.raw("<section id=\"stories\"><h2>Stories</h2>")
                .element("p", "note", "Each story's articles, one column per outlet; a copy of another article says so.");
        listed(h, largestFirst(folder.stories(), s -> s.articles().size(), Stories.Story::first), MAX_GROUPS,
                "stories", s -> story(h, s));
        h.raw("</section>");
    }

    private void story(Html h, Stories.Story s) {
        Map<String, List<Article>> byOutlet = new TreeMap<>();
        for (String id : s.articles()) {
            Article a = articles.get(id);
            if (a != null) {
                byOutlet.computeIfAbsent(a.outlet() == null ? "(unknown outlet)" : a.outlet(), k -> new ArrayList<>()).add(a);
            }
        }
        h.raw("<div class=\"story\">").element("h3", null, title(s))
                .element("p", "meta", dateRange(s.first(), s.last()) + " \u00b7 " + s.articles().size() + " articles \u00b7 "
                        + byOutlet.size() + " outlets")
                .raw("<div class=\"outlets\">");
        byOutlet.forEach((outlet, list) -> {
            h.raw("<div class=\"outlet\">").element("h4", null, outlet).raw("<ul>");
            for (Article a : list) {
                h.raw("<li>").text(a.title() == null ? a.source() : a.title()).raw(" ")
                        .element("span", "meta", (a.published() == null ? "undated" : a.published())
                                + (a.duplicateOf() == null ? "" : " \u00b7 copy of " + titleOf(a.duplicateOf())))
                        .raw("</li>");
            }
            h.raw("</ul></div>");
        });
        h.raw("</div></div>");
    }

    private static String dateRange(String first, String last) {
        if (first == null) {
            return "undated";
        }
        return Objects.equals(first, last) || last == null ? first : first + " \u2013 " + last;
    }

    private void threads(Html h) {
        h.raw("<section id=\"threads\"><h2>Threads</h2>")
                .element("p", "note", folder.threads().isEmpty()
                        ? "This output has no threads (it was written before them; dateline relink puts its articles in threads)."
                        : "A thread is the running subject several stories belong to (a leak, the reactions, the resignations)."
                        + " Each thread's stories along its days, one bar per story from its first report to its last;"
                        + " dateline explain-story ARTICLE --out DIR says why an article is in its story and thread.");
        listed(h, largestFirst(folder.threads(), t -> t.articles().size(), Threads.Thread::first), MAX_GROUPS,
                "threads", t -> thread(h, t));
        h.raw("</section>");
    }

    /** {@code groups} with the most articles ({@code size}) first, ties by their first day (undated first). */
    private static <T> List<T> largestFirst(List<T> groups, ToIntFunction<T> size, Function<T, String> first) {
        return groups.stream().sorted(Comparator.comparingInt((T g) -> -size.applyAsInt(g))
                .thenComparing(g -> Objects.requireNonNullElse(first.apply(g), ""))).toList();
    }

    private void thread(Html h, Threads.Thread t) {
        List<Stories.Story> stories = t.stories().stream().map(storyById::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Stories.Story::first, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        h.raw("<div class=\"thread\">").element("h3", null, t.title() == null ? "(untitled thread)" : t.title())
                .element("p", "meta", dateRange(t.first(), t.last()) + " \u00b7 " + t.stories().size() + " stories \u00b7 "
                        + t.articles().size() + " articles \u00b7 " + t.outlets().size() + " outlets")
                .raw(TimelineChart.stories(stories.subList(0, Math.min(MAX_LANES, stories.size()))))
                .raw("<ol class=\"entries\">");
        listed(h, "li", stories, MAX_LISTED, "stories", s -> h.raw("<li>")
                .element("time", null, dateRange(s.first(), s.last()))
                .text(title(s) + " (" + s.articles().size() + " articles)")
                .raw("</li>"));
        h.raw("</ol></div>");
    }

    private static String title(Stories.Story s) {
        return s.title() == null ? "(untitled story)" : s.title();
    }

    private String titleOf(String articleId) {
        Article a = articles.get(articleId);
        return a == null ? articleId : a.title() == null ? a.source() : a.title();
    }

    private void quotes(Html h) {
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : folder.quotes()) {
            bySpeaker.computeIfAbsent(speaker(q), k -> new ArrayList<>()).add(q);
        }
        h.raw("<section id=\"quotes\"><h2>Quotes by speaker</h2>")
                .element("p", "note", folder.quotes().size() + " quotes from " + bySpeaker.size()
                        + " speakers; each with the article text around it, the quote marked.");
        List<Map.Entry<String, List<Quote>>> groups = bySpeaker.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Quote>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        int[] shown = {0};
        listed(h, groups, MAX_GROUPS, "speakers", g -> {
            h.raw(shown[0]++ < OPEN_SPEAKERS ? "<details open><summary>" : "<details><summary>")
                    .text(g.getKey() + " (" + g.getValue().size() + ")").raw("</summary>");
            listed(h, g.getValue(), MAX_LISTED, "quotes", q -> quote(h, q));
            h.raw("</details>");
        });
        h.raw("</section>");
    }

    private String speaker(Quote q) {
        if (q.speaker() == null) {
            return "unattributed";
        }
        if (q.speaker().actor() != null) {
            return actorName(q.speaker().actor());
        }
        return q.speaker().name() != null ? q.speaker().name() : "unresolved: " + q.speaker().mention();
    }

    private String actorName(String id) {
        Actor a = actors.get(id);
        return a == null || a.name() == null ? id : a.name();
    }

    private void quote(Html h, Quote q) {
        Article a = articles.get(q.article());
        List<String> outlets = q.outlets() == null ? List.of() : q.outlets();
        String meta = String.join(" \u00b7 ", List.of(
                q.kind() == null ? "quote" : q.kind().name().toLowerCase(Locale.ROOT),
                q.cue() == null ? "no cue" : "\u201c" + q.cue() + "\u201d",
                q.date() == null ? "no date" : q.date() + " (" + basis(q.dateBasis()) + ")",
                a == null ? q.article() : a.title() == null ? a.source() : a.title(),
                outlets.isEmpty() ? (a == null || a.outlet() == null ? "unknown outlet" : a.outlet())
                        : String.join(", ", outlets)));
        h.element("blockquote", null, q.text()).element("p", "meta", meta);
        if (a != null && q.end() <= a.text().length()) {
            String text = a.text();
            int from = wordStart(text, Math.max(0, q.start() - CONTEXT));
            int to = wordEnd(text, Math.min(text.length(), q.end() + CONTEXT));
            h.raw("<p class=\"evidence\">").text((from > 0 ? "\u2026" : "") + text.substring(from, q.start()))
                    .element("mark", null, text.substring(q.start(), q.end()))
                    .text(text.substring(q.end(), to) + (to < text.length() ? "\u2026" : "")).raw("</p>");
        }
    }

    /** How a date basis reads on the page. */
    static String basis(DateBasis basis) {
        return basis == null ? "no basis" : basis.name().toLowerCase(Locale.ROOT);
    }

    private static int wordStart(String text, int at) {
        int space = text.indexOf(' ', at);
        return at == 0 || space < 0 ? at : space + 1;
    }

    private static int wordEnd(String text, int at) {
        int space = text.lastIndexOf(' ', at);
        return at == text.length() || space < 0 ? at : space;
    }

    private void network(Html h) {
        ActorNetwork network = new ActorNetwork(folder.events(), folder.actors());
        List<ActorNetwork.Edge> edges = network.edges();
        h.raw("<section id=\"network\"><h2>Actor network</h2>")
                .element("p", "note", edges.size() + " links from the events with a source and a target; green:"
                        + " cooperation, red: conflict, grey: other. The drawing shows the "
                        + ActorNetwork.MAX_NODES + " most connected actors; the table lists the links with the most events.")
                .raw(network.svg())
                .raw("<table><thead><tr><th>source</th><th>event</th><th>target</th><th>events</th><th>dates</th>"
                        + "<th>evidence</th></tr></thead><tbody>");
        for (ActorNetwork.Edge e : edges.subList(0, Math.min(MAX_GROUPS, edges.size()))) {
            List<String> dates = e.events().stream().map(x -> x.date()).filter(Objects::nonNull).sorted().toList();
            h.raw("<tr>").element("td", null, network.name(e.source())).element("td", ActorNetwork.tone(e.event()), e.event().name())
                    .element("td", null, network.name(e.target())).element("td", null, Integer.toString(e.events().size()))
                    .element("td", null, dates.isEmpty() ? "" : dates.size() == 1 ? dates.get(0)
                            : dates.get(0) + " \u2013 " + dates.get(dates.size() - 1))
                    .element("td", null, Html.clip(e.events().get(0).text(), 200)).raw("</tr>");
        }
        h.raw("</tbody></table>");
        if (edges.size() > MAX_GROUPS) {
            h.element("p", "note", "the " + MAX_GROUPS + " links with the most events shown, "
                    + (edges.size() - MAX_GROUPS) + " more in events.jsonl.");
        }
        h.raw("</section>");
    }

    private void framing(Html h) {
        Framing framing = new Framing();
        Framing.Selection all = Framing.Selection.all(folder.articles());
        Framing.Table table = framing.terms(all, folder.articles());
        Framing.Covered coverage = framing.coverage(all, folder.articles(), folder.quotes(), folder.events(),
                MAX_COVERAGE);
        h.raw("<section id=\"framing\"><h2>Framing</h2>")
                .element("p", "note", "Words each outlet uses distinctively against the other outlets (log-odds"
                        + " z-score with the corpus as prior, z above " + Framing.DEFAULT_MIN_Z + "; docs/framing.md),"
                        + " and which outlets reported each fact.")
                .raw("<div class=\"outlets\">");
        listed(h, table.groups().stream().sorted(Comparator.comparingInt(Framing.Group::articles).reversed()).toList(),
                MAX_GROUPS, "outlets", g -> framingGroup(h, table, g));
        h.raw("</div>").element("h3", null, "Coverage (" + coverage.facts() + " facts)")
                .raw("<table><thead><tr><th>fact</th><th>kind</th><th>reported by</th><th>not by</th></tr></thead><tbody>");
        for (Framing.Coverage c : coverage.first()) {
            h.raw("<tr>").element("td", null, Html.clip(c.summary(), 200)).element("td", null, c.kind())
                    .element("td", null, names(c.reportedBy()))
                    .element("td", null, names(c.missing())).raw("</tr>");
        }
        h.raw("</tbody></table>");
        if (coverage.facts() > MAX_COVERAGE) {
            h.element("p", "note", "first " + MAX_COVERAGE + " facts shown; `dateline framing` lists all.");
        }
        h.raw("</section>");
    }

    private void framingGroup(Html h, Framing.Table table, Framing.Group g) {
        List<Framing.Term> terms = table.top().getOrDefault(g.name(), List.of());
        h.raw("<div class=\"outlet\">").element("h4", null, g.name())
                .element("p", "meta", g.articles() + " articles, " + g.copies() + " copies carried"
                        + (g.outlets().size() > 1 ? " \u00b7 " + String.join(", ", g.outlets()) : ""));
        if (terms.isEmpty()) {
            h.element("p", "note", "no distinctive terms");
        } else {
            h.raw("<table><thead><tr><th>term</th><th>z</th><th>here</th><th>others</th></tr></thead><tbody>");
            for (Framing.Term t : terms) {
                h.raw("<tr>").element("td", null, t.term())
                        .element("td", null, String.format(Locale.ROOT, "%.2f", t.z()))
                        .element("td", null, Integer.toString(t.groupCount()))
                        .element("td", null, Integer.toString(t.otherCount())).raw("</tr>");
            }
            h.raw("</tbody></table>");
        }
        h.raw("</div>");
    }

    /**
     * Writes the first {@code max} of {@code items} with {@code each}, then a line that counts the rest: the page
     * stays readable in a browser however large the corpus (the JSON Lines files hold everything).
     */
    private static <T> void listed(Html h, List<T> items, int max, String what, Consumer<T> each) {
        listed(h, "p", items, max, what, each);
    }

    /** {@link #listed(Html, List, int, String, Consumer)} with the line for the rest as element {@code tag}. */
    private static <T> void listed(Html h, String tag, List<T> items, int max, String what, Consumer<T> each) {
        items.subList(0, Math.min(max, items.size())).forEach(each);
        if (items.size() > max) {
            h.element(tag, "note", "\u2026 and " + (items.size() - max) + " more " + what
                    + " (all of them are in the JSON Lines files)");
        }
    }

    /** {@code outlets} joined by commas, the first {@value #MAX_NAMES} only, then how many more there are. */
    public static String names(List<String> outlets) {
        String shown = String.join(", ", outlets.subList(0, Math.min(MAX_NAMES, outlets.size())));
        return outlets.size() > MAX_NAMES ? shown + " \u2026 and " + (outlets.size() - MAX_NAMES) + " more" : shown;
    }

    /** The {@code max} entries of {@code groups} with the most items. */
    private static <T> Map<String, List<T>> largest(Map<String, List<T>> groups, int max) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        groups.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, List<T>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey)).limit(max).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static String styleHash() {
        return "sha256-" + Base64.getEncoder().encodeToString(Ids.sha256(CSS));
    }

    private static String css() {
        try (InputStream in = ReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
