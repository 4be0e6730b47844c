package org.dateline.eval;

import org.dateline.corpus.Corpus;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.TimeMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus stage's time as an output grows: the articles of an {@code analyze} output, copied K times, linked anew as
 * {@code relink} links them (copies, corpus actors, stories, threads, the facts of one statement), on one thread.
 *
 * <p>Copy 0 is the output itself; in copy k, about half of the words are changed, each the same way throughout the copy
 * (its letters A to Z rotated by 1 to 25 places), so that the copies share half their words with the output and each other,
 * as another day's news on the same people would, and are neither copies of each other nor the same statements. Lengths
 * do not change, so every offset still points at its text. The actors, their mentions and the parties of events are
 * the output's in every copy: the same people in more articles, so stories and a speaker's quotes grow with K.
 */
public final class LinkBench {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * What one run measured.
     *
     * @param copies        how many times the output's articles were taken
     * @param articles      articles linked
     * @param quotes        their quotes
     * @param stories       the stories found
     * @param seconds       wall-clock seconds of {@link Corpus#link()}
     * @param cpuSeconds    CPU seconds of the calling thread over the same stretch
     * @param heapMegabytes heap in use after the run with the linked corpus still reachable, after a GC
     */
    public record Result(int copies, int articles, int quotes, int stories, double seconds, double cpuSeconds,
                         long heapMegabytes) {
        public String format() {
            return String.format(Locale.ROOT, "%d copies: %,d articles, %,d quotes linked in %.1f s wall, %.1f s CPU"
                            + " (%.2f ms an article by wall clock, one thread); %,d stories; heap after %,d MB", copies,
                    articles, quotes, seconds, cpuSeconds, 1000 * seconds / articles, stories, heapMegabytes);
        }
    }

    private LinkBench() {
    }

    /**
     * Links {@code output}'s articles copied {@code copies} times.
     *
     * @throws IllegalArgumentException when {@code copies} is under 1 or the output has no article
     */
    public static Result run(Corpus.Earlier output, int copies) {
        if (copies < 1 || output.articles().isEmpty()) {
            throw new IllegalArgumentException("needs at least one copy of an output with articles, not " + copies
                    + " of " + output.articles().size());
        }
        Corpus.Earlier copied = copied(output, copies);
        Corpus.Linked[] linked = new Corpus.Linked[1];
        SpeedBench.Timing timing = SpeedBench.time(() -> linked[0] = new Corpus(copied).link());
        long heap = SpeedBench.heapMegabytesAfterGc();
        return new Result(copies, linked[0].articles().size(),
                linked[0].articles().stream().mapToInt(a -> a.quotes().size()).sum(), linked[0].stories().size(),
                timing.wall(), timing.cpu(), heap);
    }

    /** {@code output}'s articles taken {@code copies} times as the class comment says, unlinked, with its actors. */
    static Corpus.Earlier copied(Corpus.Earlier output, int copies) {
        List<AnalyzedArticle> all = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (AnalyzedArticle a : output.articles()) {
                all.add(copy(a, k));
            }
        }
        return new Corpus.Earlier(all, output.actors(), List.of());
    }

    private static AnalyzedArticle copy(AnalyzedArticle a, int k) {
        Article r = a.article();
        Article article = new Article(id(r.id(), k), id(r.source(), k), r.outlet(), changed(r.title(), k), r.published(),
                r.publishedBasis(), r.modified(), r.dateline(), r.authors(), r.language(), changed(r.text(), k), null,
                null, null, r.warnings());
        List<Quote> quotes = a.quotes().stream().map(q -> new Quote(id(q.id(), k), article.id(), q.speaker(), q.kind(),
                q.cue(), changed(q.text(), k), q.start(), q.end(), q.date(), q.dateBasis(), null, null, q.confidence(),
                q.signals())).toList();
        List<TimeMention> times = a.times().stream().map(t -> new TimeMention(article.id(), t.text(), t.type(),
                t.value(), t.start(), t.end())).toList();
        List<Event> events = a.events().stream().map(e -> new Event(id(e.id(), k), article.id(), e.source(),
                e.target(), e.event(), e.mode(), e.cameo(), e.date(), e.dateBasis(), e.place(), changed(e.text(), k),
                e.start(), e.end(), e.confidence(), e.reciprocal(), null, null, e.signals())).toList();
        List<Mention> mentions = a.mentions().stream().map(m -> new Mention(m.actor(), article.id(), m.text(),
                m.start(), m.end(), m.rule())).toList();
        return new AnalyzedArticle(article, a.actors(), quotes, times, events, mentions);
    }

    private static String id(String id, int k) {
        return k == 0 || id == null ? id : id + "~" + k;
    }

    /**
     * {@code text} as copy {@code k} has it: about half of its words (which half depends on {@code k}) with their letters
     * A to Z rotated by 1 to 25 places; the same length.
     */
    static String changed(String text, int k) {
        if (text == null || k == 0) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String word = m.group();
            out.append(Math.floorMod((word.toLowerCase(Locale.ROOT) + "|" + k).hashCode(), 2) == 0
                    ? rotated(word, 1 + (k - 1) % 25) : word);
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String rotated(String word, int places) {
        char[] letters = word.toCharArray();
        for (int i = 0; i < letters.length; i++) {
            char c = letters[i];
            if (c >= 'a' && c <= 'z') {
                letters[i] = (char) ('a' + (c - 'a' + places) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                letters[i] = (char) ('A' + (c - 'A' + places) % 26);
            }
        }
        return new String(letters);
    }
}
