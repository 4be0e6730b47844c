package org.dateline.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The figures of {@link ExtractionEval}: the benchmark score, per-page outcomes, and the time spent in
 * extraction alone on one warm thread ({@code timing}, wall clock and the thread's CPU time) over
 * {@code bytes} of UTF-8 HTML. On a machine busy with other work, the CPU-time rate is the per-core figure.
 */
public record ExtractionEvalResult(ExtractionScorer.Score score, List<ExtractionEval.PageResult> pages,
                                   SpeedBench.Timing timing, long bytes) {
    public ExtractionEvalResult {
        pages = List.copyOf(pages);
    }

    public double pagesPerSecond() {
        return pages.size() / timing.wall();
    }

    public double pagesPerCpuSecond() {
        return pages.size() / timing.cpu();
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / timing.wall();
    }

    public double megabytesPerCpuSecond() {
        return bytes / 1e6 / timing.cpu();
    }

    /** Fraction of pages with a title. */
    public double titleFound() {
        return fraction(pages.stream().filter(p -> p.title() != null).count(), pages.size());
    }

    /** Fraction of pages whose title agrees with the page's og:title or {@code <title>}. */
    public double titleAgrees() {
        return fraction(pages.stream().filter(ExtractionEval.PageResult::titleAgrees).count(), pages.size());
    }

    /** Fraction of pages with a publication date. */
    public double dateFound() {
        return fraction(pages.stream().filter(p -> p.published() != null).count(), pages.size());
    }

    /** Pages whose URL carries a date: they show one. */
    public long urlDated() {
        return pages.stream().filter(p -> p.urlDate() != null).count();
    }

    /** Among {@link #urlDated()} pages, the fraction with a publication date found. */
    public double dateFoundWhereUrlDated() {
        return fraction(pages.stream().filter(p -> p.urlDate() != null && p.published() != null).count(), urlDated());
    }

    /** Among {@link #urlDated()} pages, the fraction whose date found is within a day of the URL's. */
    public double dateAgreesWithUrl() {
        return fraction(pages.stream().filter(p -> p.urlDate() != null && p.published() != null
                && withinADay(p.published(), p.urlDate())).count(), urlDated());
    }

    private static boolean withinADay(String published, String urlDate) {
        try {
            var a = java.time.LocalDate.parse(published.substring(0, 10));
            var b = java.time.LocalDate.parse(urlDate);
            return Math.abs(a.toEpochDay() - b.toEpochDay()) <= 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static double fraction(long n, long of) {
        return of == 0 ? 0 : (double) n / of;
    }

    /** The {@code n} pages with the lowest F1, worst first. */
    public List<ExtractionEval.PageResult> worst(int n) {
        return pages.stream().sorted(Comparator.comparingDouble(ExtractionEvalResult::pageF1)).limit(n).toList();
    }

    private static double pageF1(ExtractionEval.PageResult p) {
        double pr = Double.isNaN(p.score().precision()) ? 0 : p.score().precision();
        double r = Double.isNaN(p.score().recall()) ? 0 : p.score().recall();
        return pr + r == 0 ? 0 : 2 * pr * r / (pr + r);
    }

    public String format(int worst) {
        StringBuilder out = new StringBuilder();
        out.append(score.format()).append('\n');
        out.append(String.format(Locale.ROOT, "speed (extraction alone, one warm thread): %.1f pages/s, %.2f MB/s by wall"
                        + " clock; %.1f pages/s, %.2f MB/s by the thread's CPU time%n",
                pagesPerSecond(), megabytesPerSecond(), pagesPerCpuSecond(), megabytesPerCpuSecond()));
        out.append(String.format(Locale.ROOT, "title: found %.3f, agrees with og:title or <title> %.3f%n",
                titleFound(), titleAgrees()));
        out.append(String.format(Locale.ROOT, "published: found %.3f of all pages; on the %d pages whose URL carries"
                        + " a date: found %.3f, within a day of the URL's %.3f%n",
                dateFound(), urlDated(), dateFoundWhereUrlDated(), dateAgreesWithUrl()));
        for (ExtractionEval.PageResult p : worst(worst)) {
            out.append(String.format(Locale.ROOT, "  P=%.3f R=%.3f %s %s%n", p.score().precision(),
                    p.score().recall(), p.id(), p.url()));
        }
        return out.toString().stripTrailing();
    }
}
