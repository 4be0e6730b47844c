package org.dateline.export;

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
 * comes from the dateline or the publication day), each with its date, basis and summary as a tooltip.
 */
final class TimelineChart {
    private static final int WIDTH = 960;
    private static final int LEFT = 230;
    private static final int RIGHT = 24;
    private static final int LANE = 26;
    private static final int AXIS = 34;
    private static final int TICKS = 6;

    private final LocalDate first;
    private final long span;

    private TimelineChart(LocalDate first, LocalDate last) {
        this.first = first;
        this.span = Math.max(1, ChronoUnit.DAYS.between(first, last));
    }

    /** The stories' lanes, oldest first fact first, in {@code titles}' names; empty markup when nothing is dated. */
    static String render(Map<String, List<Timeline.Entry>> byStory, Map<String, String> titles) {
        List<Map.Entry<String, List<Timeline.Entry>>> lanes = byStory.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Timeline.Entry>> e) -> e.getValue().get(0).day())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        if (lanes.isEmpty()) {
            return "";
        }
        LocalDate first = lanes.stream().map(l -> l.getValue().get(0).day()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = lanes.stream().map(l -> l.getValue().get(l.getValue().size() - 1).day())
                .max(Comparator.naturalOrder()).orElseThrow();
        return new TimelineChart(first, last).svg(lanes, titles);
    }

    private String svg(List<Map.Entry<String, List<Timeline.Entry>>> lanes, Map<String, String> titles) {
        int height = lanes.size() * LANE + AXIS;
        Html svg = new Html().raw("<svg class=\"chart\" role=\"img\" aria-label=\"facts over time, one lane per story\""
                + " viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"" + WIDTH + "\" height=\"" + height + "\">");
        for (int lane = 0; lane < lanes.size(); lane++) {
            int y = lane * LANE + LANE / 2;
            String title = titles.getOrDefault(lanes.get(lane).getKey(), lanes.get(lane).getKey());
            svg.raw("<line class=\"lane\" x1=\"" + LEFT + "\" x2=\"" + (WIDTH - RIGHT) + "\" y1=\"" + y + "\" y2=\"" + y + "\"/>")
                    .raw("<text class=\"lane-label\" x=\"" + (LEFT - 8) + "\" y=\"" + (y + 4) + "\">")
                    .text(Html.clip(title, 34)).raw("<title>").text(title).raw("</title></text>");
            Map<LocalDate, Integer> onDay = new HashMap<>();
            for (Timeline.Entry e : lanes.get(lane).getValue()) {
                int k = onDay.merge(e.day(), 1, Integer::sum) - 1;
                mark(svg, e, x(e.day()), y + (k % 3 - 1) * 6);
            }
        }
        int axisY = lanes.size() * LANE + 6;
        svg.raw("<line class=\"axis\" x1=\"" + LEFT + "\" x2=\"" + (WIDTH - RIGHT) + "\" y1=\"" + axisY + "\" y2=\"" + axisY + "\"/>");
        for (int t = 0; t <= TICKS; t++) {
            LocalDate day = first.plusDays(Math.round(span * (double) t / TICKS));
            String x = x(day);
            svg.raw("<line class=\"tick\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + axisY + "\" y2=\"" + (axisY + 5) + "\"/>")
                    .raw("<text class=\"tick-label\" x=\"" + x + "\" y=\"" + (axisY + 20) + "\">").text(day.toString())
                    .raw("</text>");
        }
        return svg.raw("</svg>").toString();
    }

    private static void mark(Html svg, Timeline.Entry e, String x, int y) {
        String cls = "mark " + e.kind().name().toLowerCase(Locale.ROOT) + " basis-"
                + (e.dateBasis() == null ? "none" : e.dateBasis().name().toLowerCase(Locale.ROOT));
        svg.raw(e.kind() == Timeline.Kind.QUOTE
                ? "<circle class=\"" + cls + "\" cx=\"" + x + "\" cy=\"" + y + "\" r=\"4.5\">"
                : "<rect class=\"" + cls + "\" x=\"" + x + "\" y=\"" + y + "\" width=\"8\" height=\"8\" transform=\"translate(-4 -4)\">");
        svg.raw("<title>").text(e.date() + " (" + ReportWriter.basis(e.dateBasis()) + ") " + e.summary() + ": " + Html.clip(e.text(), 200))
                .raw("</title>").raw(e.kind() == Timeline.Kind.QUOTE ? "</circle>" : "</rect>");
    }

    private String x(LocalDate day) {
        double at = LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, day) / span;
        return String.format(Locale.ROOT, "%.1f", at);
    }
}
