package org.dateline.corpus;

import java.util.Arrays;

/**
 * An inverted index from feature key ({@link StoryFeatures}) to the articles that have it, so that an article is
 * compared only with the earlier articles that share a rare key with it, not with every earlier article.
 *
 * <p>Each key keeps at most {@code cap} postings, the latest by day: when a key passes its cap, the postings of its
 * earliest day go, and no posting of that day or earlier is taken again (the key's floor). So the postings a key
 * keeps depend only on which articles were added, not on the order they came in: two batches index what one run
 * does. A key is <em>rare</em> for an article when its postings within the article's window number at most
 * {@code rare} and its floor lies before the window (it kept every posting there); only rare keys give candidates.
 * Days are epoch days; an undated article's posting has day {@link #UNDATED}, is in every window, and an undated
 * article's window is every day. Not thread-safe.
 */
final class CandidateIndex {
    /** The day of an undated posting. */
    static final int UNDATED = Integer.MAX_VALUE;

    /** The postings of one key, sorted by day: {@code days[i]} is the day of article {@code articles[i]}. */
    private static final class Postings {
        int[] days = new int[2];
        int[] articles = new int[2];
        int size;
        int floor = Integer.MIN_VALUE;

        void add(int day, int article) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                articles = Arrays.copyOf(articles, size * 2);
            }
            int at = size == 0 || days[size - 1] <= day ? size : upperBound(day);
            System.arraycopy(days, at, days, at + 1, size - at);
            System.arraycopy(articles, at, articles, at + 1, size - at);
            days[at] = day;
            articles[at] = article;
            size++;
        }

        /** Drops the earliest day's postings until at most {@code cap} are left, raising the floor to that day. */
        void trim(int cap) {
            int drop = 0;
            while (size - drop > cap) {
                floor = days[drop];
                while (drop < size && days[drop] == floor) {
                    drop++;
                }
            }
            if (drop > 0) {
                System.arraycopy(days, drop, days, 0, size - drop);
                System.arraycopy(articles, drop, articles, 0, size - drop);
                size -= drop;
            }
        }

        /** The first index whose day is above {@code day}. */
        int upperBound(int day) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The first index whose day is at least {@code day}. */
        int lowerBound(int day) {
            return day == Integer.MIN_VALUE ? 0 : upperBound(day - 1);
        }
    }

    /** What gives candidates: a key and the range of its postings in the window. */
    record Range(int key, int from, int to, int undatedFrom) {
        int count(CandidateIndex index) {
            return to - from + index.postings[key].size - undatedFrom;
        }
    }

    private final int windowDays;
    private final int cap;
    private final int rare;
    private Postings[] postings = new Postings[1024];

    /**
     * @param windowDays how far apart in days a candidate may be
     * @param cap        the most postings a key keeps
     * @param rare       the most postings within a window a key may have and still give candidates
     */
    CandidateIndex(int windowDays, int cap, int rare) {
        if (rare > cap) {
            throw new IllegalArgumentException("rare (" + rare + ") must not exceed cap (" + cap + ")");
        }
        this.windowDays = windowDays;
        this.cap = cap;
        this.rare = rare;
    }

    /** Indexes article number {@code article} of day {@code day} (or {@link #UNDATED}) under each of its keys. */
    void add(int article, int day, int[] keys) {
        for (int key : keys) {
            if (key >= postings.length) {
                postings = Arrays.copyOf(postings, Math.max(key + 1, postings.length * 2));
            }
            Postings p = postings[key];
            if (p == null) {
                p = new Postings();
                postings[key] = p;
            }
            if (day > p.floor) {
                p.add(day, article);
                p.trim(cap);
            }
        }
    }

    /**
     * The range of {@code key}'s postings in the window of an article of {@code day}, or null when the key is not
     * rare there (too many postings in the window, or some of the window's dropped) or has none.
     */
    Range rare(int key, int day) {
        Postings p = key < postings.length ? postings[key] : null;
        if (p == null || p.size == 0) {
            return null;
        }
        int undatedFrom = p.days[p.size - 1] == UNDATED ? p.lowerBound(UNDATED) : p.size;
        Range range;
        if (day == UNDATED) {
            if (p.floor != Integer.MIN_VALUE) {
                return null;
            }
            range = new Range(key, 0, undatedFrom, undatedFrom);
        } else {
            long start = (long) day - windowDays;
            if (p.floor >= start) {
                return null;
            }
            long end = (long) day + windowDays;
            if (moreThanRareWithin(p, undatedFrom, start, end)) {
                return null;
            }
            int from = p.days[0] >= start ? 0 : p.lowerBound((int) start);
            int to = undatedFrom == 0 || p.days[undatedFrom - 1] <= end ? undatedFrom
                    : Math.min(undatedFrom, p.upperBound((int) Math.min(end, UNDATED - 1L)));
            range = new Range(key, from, to, undatedFrom);
        }
        int count = range.count(this);
        return count == 0 || count > rare ? null : range;
    }

    /**
     * Whether {@code p} surely has more than {@code rare} postings in the window from {@code start} to {@code end}
     * (its undated ones and the latest dated ones, when those all fall in it), read without a search: most keys of an
     * article are common words, and this turns them away at once.
     */
    private boolean moreThanRareWithin(Postings p, int undatedFrom, long start, long end) {
        int undated = p.size - undatedFrom;
        if (undated > rare) {
            return true;
        }
        int lastDated = undatedFrom - 1;
        int earliest = lastDated - (rare - undated);
        return earliest >= 0 && p.days[earliest] >= start && p.days[lastDated] <= end;
    }

    /** Calls {@code visit} with each article number in {@code range}. */
    void forEach(Range range, java.util.function.IntConsumer visit) {
        Postings p = postings[range.key()];
        for (int i = range.from(); i < range.to(); i++) {
            visit.accept(p.articles[i]);
        }
        for (int i = range.undatedFrom(); i < p.size; i++) {
            visit.accept(p.articles[i]);
        }
    }
}
