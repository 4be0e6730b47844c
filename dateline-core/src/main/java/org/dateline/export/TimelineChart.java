package org.dateline.export;

import org.dateline.corpus.Stories;
import org.dateline.corpus.Timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's timeline as inline SVG: one lane per story, one mark per dated fact on a shared day axis
 * (a circle for a quote, a square for an event; filled when the sentence states the date, hollow when it
 * comes from the dateline or the publication day), each with its date, basis and summary as a tooltip. A fact
 * dated outside the axis (the reporting period) sits at its end, drawn faint. And a thread's stories on the same
 * kind of axis, one bar per story ({@link #stories}).
 */
final class TimelineChart {
    private static final int WIDTH = 960;
    private static final int LEFT = 230;
    private static final int RIGHT = 44;
    private static final int LANE = 26;
    private static final int AXIS = 34;
    private static final int TICKS = 6;
    private static final double OUTLIERS = 0.02;
    /** Days before the first article's day that the axis still shows: what led up to the news. */
    private static final int BEFORE = 7;
    /** The least width of a story's bar: a story of one day. */
    private static final double BAR = 6;

    private final LocalDate first;
    private final LocalDate last;
    private final long span;

    private TimelineChart(LocalDate first, LocalDate last) {
        this.first = first;
        this.last = last;
        this.span = Math.max(1, ChronoUnit.DAYS.between(first, last));
    }

    /**
     * The stories' lanes in {@code titles}' names; empty markup when nothing is dated. The axis covers the
     * reporting period, from a week before the first of {@code published} (the articles' days) to the last; facts
     * dated outside it (background: "the 1988 war") sit at its ends as clipped marks. Without any article day the
     * axis runs from the 2nd to the 98th percentile of the facts' days.
     */
    static String render(Map<String, List<Timeline.Entry>> byStory, Map<String, String> titles,
                         List<LocalDate> published) {
        if (byStory.isEmpty()) {
            return "";
        }
        List<LocalDate> days = byStory.values().stream().flatMap(List::stream).map(Timeline.Entry::day).sorted().toList();
        List<LocalDate> reporting = published.stream().sorted().toList();
        TimelineChart chart = reporting.isEmpty()
                ? new TimelineChart(quantile(days, OUTLIERS), quantile(days, 1 - OUTLIERS))
                : new TimelineChart(reporting.get(0).minusDays(BEFORE), reporting.get(reporting.size() - 1));
        List<Map.Entry<String, List<Timeline.Entry>>> lanes = byStory.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Timeline.Entry>> e) -> chart.firstOnAxis(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .toList();
        return chart.svg(lanes, titles);
    }

    /**
     * A thread's stories as bars on a day axis from the first story's first day to the last story's last day: one lane
     * per dated story, in the given order, its bar from its first to its last report, with its title, dates and
     * number of articles as a tooltip; empty markup when no story is dated.
     */
    static String stories(List<Stories.Story> stories) {
        List<Stories.Story> dated = stories.stream().filter(s -> s.first() != null).toList();
        if (dated.isEmpty()) {
            return "";
        }
        TimelineChart chart = new TimelineChart(
                dated.stream().map(s -> LocalDate.parse(s.first())).min(Comparator.naturalOrder()).orElseThrow(),
                dated.stream().map(s -> LocalDate.parse(lastOf(s))).max(Comparator.naturalOrder()).orElseThrow());
        Html svg = open(dated.size(), "the stories of a thread over time, one lane per story");
        for (int lane = 0; lane < dated.size(); lane++) {
            Stories.Story s = dated.get(lane);
            int y = lane * LANE + LANE / 2;
            String title = s.title() == null ? s.id() : s.title();
            chart.lane(svg, y, title);
            double from = chart.at(LocalDate.parse(s.first())) - BAR / 2;
            double to = chart.at(LocalDate.parse(lastOf(s))) + BAR / 2;
            svg.raw(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"10\">",
                            from, y - 5, to - from))
                    .raw("<title>").text(title + ": " + (s.first().equals(lastOf(s)) ? s.first() : s.first() + " \u2013 "
                            + lastOf(s)) + ", " + s.articles().size() + " articles").raw("</title></rect>");
        }
        chart.axis(svg, dated.size() * LANE + 6);
        return svg.raw("</svg>").toString();
    }

    private static String lastOf(Stories.Story s) {
        return s.last() == null ? s.first() : s.last();
    }

    /** The day below which a share {@code q} of {@code days} (sorted) lies. */
    private static LocalDate quantile(List<LocalDate> days, double q) {
        return days.get((int) Math.round(q * (days.size() - 1)));
    }

    /** A lane's first day on the axis (its first fact clamped to the axis), for ordering lanes. */
    private LocalDate firstOnAxis(List<Timeline.Entry> entries) {
        return entries.stream().map(e -> clamp(e.day())).min(Comparator.naturalOrder()).orElse(first);
    }

    private LocalDate clamp(LocalDate day) {
        return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
    }

    private String svg(List<Map.Entry<String, List<Timeline.Entry>>> lanes, Map<String, String> titles) {
        Html svg = open(lanes.size(), "facts over time, one lane per story");
        for (int lane = 0; lane < lanes.size(); lane++) {
            int y = lane * LANE + LANE / 2;
            lane(svg, y, titles.getOrDefault(lanes.get(lane).getKey(), lanes.get(lane).getKey()));
            Map<LocalDate, Integer> onDay = new HashMap<>();
            for (Timeline.Entry e : lanes.get(lane).getValue()) {
                int k = onDay.merge(e.day(), 1, Integer::sum) - 1;
                mark(svg, e, x(clamp(e.day())), y + (k % 3 - 1) * 6, !clamp(e.day()).equals(e.day()));
            }
        }
        axis(svg, lanes.size() * LANE + 6);
        return svg.raw("</svg>").toString();
    }

    /** A chart of {@code lanes} lanes and an axis, opened. */
    private static Html open(int lanes, String label) {
        int height = lanes * LANE + AXIS;
        return new Html().raw("<svg class=\"chart\" role=\"img\" aria-label=\"" + label + "\""
                + " viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"" + WIDTH + "\" height=\"" + height + "\">");
    }

    /** A lane's line at height {@code y} and its label, {@code title} clipped (whole in the tooltip). */
    private void lane(Html svg, int y, String title) {
        svg.raw("<line class=\"lane\" x1=\"" + LEFT + "\" x2=\"" + (WIDTH - RIGHT) + "\" y1=\"" + y + "\" y2=\"" + y + "\"/>")
                .raw("<text class=\"lane-label\" x=\"" + (LEFT - 8) + "\" y=\"" + (y + 4) + "\">")
                .text(Html.clip(title, 34)).raw("<title>").text(title).raw("</title></text>");
    }

    /** The day axis at height {@code axisY}, with its ticks and their days. */
    private void axis(Html svg, int axisY) {
        svg.raw("<line class=\"axis\" x1=\"" + LEFT + "\" x2=\"" + (WIDTH - RIGHT) + "\" y1=\"" + axisY + "\" y2=\"" + axisY + "\"/>");
        for (int t = 0; t <= TICKS; t++) {
            LocalDate day = first.plusDays(Math.round(span * (double) t / TICKS));
            String x = x(day);
            svg.raw("<line class=\"tick\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + axisY + "\" y2=\"" + (axisY + 5) + "\"/>")
                    .raw("<text class=\"tick-label\" x=\"" + x + "\" y=\"" + (axisY + 20) + "\">").text(day.toString())
                    .raw("</text>");
        }
    }

    private static void mark(Html svg, Timeline.Entry e, String x, int y, boolean clipped) {
        String cls = "mark " + e.kind().name().toLowerCase(Locale.ROOT) + " basis-"
                + (e.dateBasis() == null ? "none" : e.dateBasis().name().toLowerCase(Locale.ROOT))
                + (clipped ? " clipped" : "");
        svg.raw(e.kind() == Timeline.Kind.QUOTE
                ? "<circle class=\"" + cls + "\" cx=\"" + x + "\" cy=\"" + y + "\" r=\"4.5\">"
                : "<rect class=\"" + cls + "\" x=\"" + x + "\" y=\"" + y + "\" width=\"8\" height=\"8\" transform=\"translate(-4 -4)\">");
        svg.raw("<title>").text(e.date() + " (" + ReportWriter.basis(e.dateBasis()) + ") " + e.summary() + ": " + Html.clip(e.text(), 200))
                .raw("</title>").raw(e.kind() == Timeline.Kind.QUOTE ? "</circle>" : "</rect>");
    }

    private String x(LocalDate day) {
        return String.format(Locale.ROOT, "%.1f", at(day));
    }

    /** Where {@code day} lies on the axis, in the chart's units. */
    private double at(LocalDate day) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, day) / span;
    }
}
