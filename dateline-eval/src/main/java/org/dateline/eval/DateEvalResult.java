package org.dateline.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The figures of {@link DateEval}: accuracy, found share, and both by {@code published_basis}. */
public record DateEvalResult(List<DateEval.PageResult> pages) {
    public DateEvalResult {
        pages = List.copyOf(pages);
    }

    /** Share of pages whose day is the gold day; a page without a date is wrong. */
    public double accuracy() {
        return share(DateEval.PageResult::right, pages);
    }

    /** Share of pages with a date. */
    public double found() {
        return share(p -> p.published() != null, pages);
    }

    /** The pages by basis ("none" for those without a date), bases in alphabetical order. */
    public Map<String, List<DateEval.PageResult>> byBasis() {
        Map<String, List<DateEval.PageResult>> out = new TreeMap<>();
        pages.forEach(p -> out.computeIfAbsent(Objects.requireNonNullElse(p.basis(), "none"), b -> new java.util.ArrayList<>()).add(p));
        return out;
    }

    private static double share(Predicate<DateEval.PageResult> which, List<DateEval.PageResult> of) {
        return of.isEmpty() ? 0 : (double) of.stream().filter(which).count() / of.size();
    }

    /** The figures, then with {@code misses} each wrong page: gold day, day found, basis, URL and file. */
    public String format(boolean misses) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "publication day: accuracy %.3f (%d of %d pages), found %.3f%n", accuracy(),
                pages.stream().filter(DateEval.PageResult::right).count(), pages.size(), found()));
        byBasis().forEach((basis, ps) -> out.append(String.format(Locale.ROOT,
                "  basis %-8s %.3f of pages, accuracy %.3f (%d of %d)%n", basis, (double) ps.size() / pages.size(),
                share(DateEval.PageResult::right, ps), ps.stream().filter(DateEval.PageResult::right).count(), ps.size())));
        if (misses) {
            pages.stream().filter(p -> !p.right()).forEach(p -> out.append(String.format(Locale.ROOT,
                    "  miss: gold %s found %s (%s) %s %s%n", p.gold(), p.published(), p.basis(), p.url(), p.file())));
        }
        return out.toString().stripTrailing();
    }
}
