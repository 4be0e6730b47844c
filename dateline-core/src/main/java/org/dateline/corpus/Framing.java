package org.dateline.corpus;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.Speaker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How outlets, or groups of outlets, frame a selection of articles: the words and phrases each group uses
 * distinctively ({@link #terms}) and the facts each group reports or leaves out ({@link #coverage}).
 * See {@code docs/framing.md}.
 *
 * <p>Distinctive terms are scored by the log-odds ratio with an informative Dirichlet prior (Monroe,
 * Colaresi and Quinn 2008), each group against all other groups of the selection together. The prior is
 * the whole corpus given: {@code a_w = prior · c_w / C}, where {@code c_w} counts the term in every article
 * of the corpus and {@code C} counts all terms. For group {@code i} with {@code y_iw} uses of the term out
 * of {@code n_i} terms, and the other groups' {@code y_jw} out of {@code n_j}:
 * <pre>
 *   delta = log((y_iw + a_w) / (n_i + prior - y_iw - a_w)) - log((y_jw + a_w) / (n_j + prior - y_jw - a_w))
 *   z     = delta / sqrt(1 / (y_iw + a_w) + 1 / (y_jw + a_w))
 * </pre>
 * Terms are unigrams and bigrams ({@link Terms}) of the title and body.
 *
 * <p>Copies: an article whose {@code duplicateOf} names an article of the corpus is counted once, as its
 * original, under the original's outlet; the outlets of its copies are listed on their groups
 * ({@link Group#outlets()}, {@link Group#copies()}) and count as carrying the original's facts.
 *
 * <p>Input facts carry corpus actor ids (as {@code quotes.jsonl} and {@code events.jsonl} do after the corpus
 * stage). Instances are immutable and thread-safe.
 */
public final class Framing {
    public static final int DEFAULT_TOP = 15;
    /** Two-sided 5% level of a standard normal. */
    public static final double DEFAULT_MIN_Z = 1.96;
    /** The weight of the corpus prior, {@code alpha0}, in terms. */
    public static final double DEFAULT_PRIOR = 100;
    /** How an article without an outlet is named, followed by its source's host or file name. */
    public static final String UNKNOWN_OUTLET = "(unknown outlet)";
    private static final Pattern URL_HOST = Pattern.compile("^[a-z]+://([^/?#]+)");
    /** A source's fragment ({@code #line} of a JSON Lines input) and its folders, left out of an outlet's name. */
    private static final Pattern FRAGMENT = Pattern.compile("#.*$");
    private static final Pattern FOLDERS = Pattern.compile("^.*[/\\\\]");

    /** Which articles to compare, and how to name them in a heading. */
    public record Selection(String label, Set<String> articles) {
        public Selection {
            articles = Set.copyOf(articles);
        }

        /** Every article of the corpus. */
        public static Selection all(List<Article> corpus) {
            return new Selection("all articles", ids(corpus, a -> true));
        }

        /** The articles of one story (by {@link Article#story()}); empty when no article has that story. */
        public static Selection story(String storyId, List<Article> corpus) {
            return new Selection("story " + storyId, ids(corpus, a -> storyId.equals(a.story())));
        }

        /**
         * The articles whose title and text together hold every word of {@code query}, as {@link Terms} reads
         * words (case-insensitive, whole words, a possessive counted as the word).
         *
         * @throws IllegalArgumentException when the query has no word
         */
        public static Selection query(String query, List<Article> corpus) {
            Set<String> wanted = new LinkedHashSet<>(Terms.words(query));
            if (wanted.isEmpty()) {
                throw new IllegalArgumentException("query has no word: '" + query + "'");
            }
            return new Selection("query \"" + query + "\"",
                    ids(corpus, a -> new HashSet<>(Terms.words(fullText(a))).containsAll(wanted)));
        }

        private static Set<String> ids(List<Article> corpus, Predicate<Article> keep) {
            Set<String> ids = new LinkedHashSet<>();
            corpus.stream().filter(keep).forEach(a -> ids.add(a.id()));
            return ids;
        }
    }

    /**
     * One group of outlets in a selection.
     *
     * @param outlets   the outlets of its articles and copies, sorted
     * @param articles  articles counted (originals)
     * @param copies    copies of other articles its outlets carried, not counted
     * @param termCount unigram and bigram occurrences in its articles ({@code n_i})
     */
    public record Group(String name, List<String> outlets, int articles, int copies, int termCount) {
        public Group {
            outlets = List.copyOf(outlets);
        }
    }

    /**
     * A term one group uses distinctively.
     *
     * @param z          the z-score of {@code delta}; higher is more distinctive of {@code group}
     * @param delta      the log-odds ratio of the group against the other groups, smoothed by the prior
     * @param groupCount uses of the term in the group's articles
     * @param otherCount uses of the term in the other groups' articles of the selection
     */
    public record Term(String group, String term, double z, double delta, int groupCount, int otherCount) {
    }

    /**
     * The distinctive terms of a selection.
     *
     * @param selection the selection's label
     * @param groups    the groups, most articles first, then most copies, then by name
     * @param top       for every group, in the order of {@code groups}, its terms with z above the threshold,
     *                  highest first, at most the top N (empty when the group has no other group to compare with)
     */
    public record Table(String selection, List<Group> groups, Map<String, List<Term>> top) {
        public Table {
            groups = List.copyOf(groups);
            Map<String, List<Term>> copy = new LinkedHashMap<>();
            top.forEach((g, terms) -> copy.put(g, List.copyOf(terms)));
            top = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * One fact of a selection and the groups that report it.
     *
     * @param fact       the id of its first quote or event
     * @param kind       {@code quote} or {@code event}
     * @param summary    who said what, or who did what to whom and when, in one line
     * @param reportedBy the groups that carried it, in the order of the table's groups
     * @param missing    the groups of the selection that did not
     */
    public record Coverage(String fact, String kind, String summary, List<String> reportedBy, List<String> missing) {
        public Coverage {
            reportedBy = List.copyOf(reportedBy);
            missing = List.copyOf(missing);
        }
    }

    /** How many facts a selection holds ({@code facts}) and the coverage of the first of them. */
    public record Covered(int facts, List<Coverage> first) {
        public Covered {
            first = List.copyOf(first);
        }
    }

    private final Map<String, String> groupOf;
    private final int top;
    private final double minZ;
    private final double prior;

    /**
     * @param groupOf outlet → group name; an outlet it lacks is a group of its own
     * @param top     at most this many terms per group
     * @param minZ    only terms with a z-score above this
     * @param prior   {@code alpha0}, the weight of the corpus prior in terms
     */
    public Framing(Map<String, String> groupOf, int top, double minZ, double prior) {
        if (top < 1 || prior <= 0) {
            throw new IllegalArgumentException("top must be at least 1 and prior positive: top=" + top + ", prior=" + prior);
        }
        this.groupOf = Map.copyOf(groupOf);
        this.top = top;
        this.minZ = minZ;
        this.prior = prior;
    }

    /** One group per outlet, the default top, threshold and prior. */
    public Framing() {
        this(Map.of(), DEFAULT_TOP, DEFAULT_MIN_Z, DEFAULT_PRIOR);
    }

    /** The group an outlet (as {@link #outletOf} names it) belongs to. */
    public String groupOf(String outlet) {
        return groupOf.getOrDefault(outlet, outlet);
    }

    /**
     * The outlet an article counts for: its {@code outlet}, else {@value #UNKNOWN_OUTLET} and the host of its
     * source URL or its source's file name, so two articles of unknown outlets are not taken for one outlet.
     */
    public static String outletOf(Article a) {
        if (a.outlet() != null && !a.outlet().isBlank()) {
            return a.outlet();
        }
        String source = Objects.requireNonNullElse(a.source(), a.id());
        Matcher url = URL_HOST.matcher(source);
        String name = url.find() ? url.group(1)
                : FOLDERS.matcher(FRAGMENT.matcher(source).replaceAll("")).replaceAll("");
        return UNKNOWN_OUTLET + " " + name;
    }

    private String groupOf(Article a) {
        return groupOf(outletOf(a));
    }

    /**
     * Parses a grouping file's lines: {@code outlet<TAB>group}; blank lines and lines starting with
     * {@code #} are skipped.
     *
     * @throws IllegalArgumentException quoting the first line without a tab, with an empty side, or naming an
     *                                  outlet a second time
     */
    public static Map<String, String> parseGroups(List<String> lines) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = lines.get(i).split("\t", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not 'outlet<TAB>group': '" + line + "'");
            }
            if (groups.put(parts[0].strip(), parts[1].strip()) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + " names outlet '" + parts[0].strip() + "' again");
            }
        }
        return groups;
    }

    /**
     * The distinctive terms of each group in {@code selection}, with the whole {@code corpus} (which holds the
     * selection's articles) as the prior.
     */
    public Table terms(Selection selection, List<Article> corpus) {
        Linked linked = new Linked(corpus, selection);
        Map<String, Map<String, Integer>> counts = emptyCounts(linked);
        Set<String> selected = new HashSet<>(linked.originals().stream().map(Article::id).toList());
        // each text counted once: into the prior, and into its group's counts when the selection holds it
        Map<String, Integer> prior = new HashMap<>();
        boolean everyOriginal = true;
        for (Article a : corpus) {
            if (linked.isOriginal(a)) {
                Map<String, Integer> terms = Terms.count(fullText(a));
                terms.forEach((t, n) -> prior.merge(t, n, Integer::sum));
                if (selected.remove(a.id())) {
                    add(terms, counts.get(groupOf(a)));
                } else {
                    everyOriginal = false;
                }
            }
        }
        // a selection of every original and nothing else (the report's) counts what the prior counts
        boolean asPrior = everyOriginal && selected.isEmpty();
        count(linked, selected, counts);
        return table(selection, linked, counts, new Prior(prior), asPrior ? prior : summed(counts));
    }

    /**
     * The distinctive terms of each group in {@code selection}, as {@link #terms(Selection, List)} finds them, with
     * {@code prior} the corpus's {@link #prior}: only the selection's texts are read (a server answers many
     * selections of one corpus).
     */
    public Table terms(Selection selection, List<Article> corpus, Prior prior) {
        Linked linked = new Linked(corpus, selection);
        Map<String, Map<String, Integer>> counts = emptyCounts(linked);
        count(linked, new HashSet<>(linked.originals().stream().map(Article::id).toList()), counts);
        return table(selection, linked, counts, prior, summed(counts));
    }

    /**
     * The term counts of the originals of {@code corpus} (the articles that copy none of it), the prior of {@link
     * #terms}.
     */
    public Prior prior(List<Article> corpus) {
        Linked linked = new Linked(corpus, new Selection("none", Set.of()));
        Map<String, Integer> prior = new HashMap<>();
        corpus.stream().filter(linked::isOriginal).forEach(a -> add(Terms.count(fullText(a)), prior));
        return new Prior(prior);
    }

    /** A corpus's term counts ({@link #prior}). */
    public static final class Prior {
        private final Map<String, Integer> counts;
        private final double total;

        private Prior(Map<String, Integer> counts) {
            this.counts = counts;
            this.total = counts.values().stream().mapToLong(Integer::longValue).sum();
        }
    }

    private static Map<String, Map<String, Integer>> emptyCounts(Linked linked) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String group : linked.groups()) {
            counts.put(group, new HashMap<>());
        }
        return counts;
    }

    /** Adds the terms of the originals of {@code linked} that {@code selected} names into their groups' counts. */
    private void count(Linked linked, Set<String> selected, Map<String, Map<String, Integer>> counts) {
        for (Article a : linked.originals()) {
            if (selected.remove(a.id())) {
                add(Terms.count(fullText(a)), counts.get(groupOf(a)));
            }
        }
    }

    private static void add(Map<String, Integer> terms, Map<String, Integer> into) {
        terms.forEach((t, n) -> into.merge(t, n, Integer::sum));
    }

    /** The groups' term counts summed by term. */
    private static Map<String, Integer> summed(Map<String, Map<String, Integer>> counts) {
        Map<String, Integer> all = new HashMap<>();
        counts.values().forEach(c -> add(c, all));
        return all;
    }

    /** The table of {@code counts}, the groups' term counts, whose sum by term is {@code all}. */
    private Table table(Selection selection, Linked linked, Map<String, Map<String, Integer>> counts, Prior prior,
                        Map<String, Integer> all) {
        long total = all.values().stream().mapToLong(Integer::longValue).sum();
        List<Group> groups = new ArrayList<>();
        Map<String, List<Term>> tops = new LinkedHashMap<>();
        for (String group : linked.groups()) {
            Map<String, Integer> own = counts.get(group);
            long n = own.values().stream().mapToLong(Integer::longValue).sum();
            groups.add(new Group(group, List.copyOf(linked.outletsOf(group)), linked.articlesOf(group),
                    linked.copiesOf(group), (int) n));
            List<Term> terms = new ArrayList<>();
            if (n > 0 && total > n) {
                own.forEach((t, y) -> {
                    int yj = all.get(t) - y;
                    double a = prior.counts.get(t) * this.prior / prior.total;
                    double delta = delta(y, n, yj, total - n, a);
                    double z = delta / Math.sqrt(1 / (y + a) + 1 / (yj + a));
                    if (z > minZ) {
                        terms.add(new Term(group, t, z, delta, y, yj));
                    }
                });
            }
            terms.sort(Comparator.comparingDouble(Term::z).reversed().thenComparing(Term::term));
            tops.put(group, terms.subList(0, Math.min(top, terms.size())));
        }
        return new Table(selection.label(), groups, tops);
    }

    /** The log-odds ratio of a term used {@code yi} times of {@code ni} in a group, {@code yj} of {@code nj} elsewhere. */
    private double delta(int yi, long ni, int yj, long nj, double a) {
        return Math.log((yi + a) / (ni + prior - yi - a)) - Math.log((yj + a) / (nj + prior - yj - a));
    }

    /**
     * Which quotes and events of {@code selection} each group reports. Facts of different articles are one fact
     * as {@link SameFacts} says; a group reports a fact when one of its outlets carried an article with it, or a
     * copy of one. Facts in the order of their first article (oldest first), quotes before events.
     */
    public List<Coverage> coverage(Selection selection, List<Article> corpus, List<Quote> quotes, List<Event> events) {
        return coverage(selection, corpus, quotes, events, Integer.MAX_VALUE).first();
    }

    /**
     * How many facts {@code selection} holds, and the coverage of the first {@code limit} of them as {@link
     * #coverage(Selection, List, List, List)} gives it: each fact's lists name every group, so a whole corpus's
     * coverage is its facts times its outlets.
     */
    public Covered coverage(Selection selection, List<Article> corpus, List<Quote> quotes, List<Event> events,
                            int limit) {
        Linked linked = new Linked(corpus, selection);
        // the selection's articles in the corpus's order of facts, without sorting the whole corpus
        Comparator<String> byArticle = SameFacts.articleOrder(corpus.stream().filter(a -> linked.selects(a.id()))
                .toList());
        List<List<Quote>> sameQuotes = SameFacts.quotes(quotes.stream().filter(q -> linked.selects(q.article()))
                .toList(), byArticle);
        List<List<Event>> sameEvents = SameFacts.events(events.stream().filter(e -> linked.selects(e.article()))
                .toList(), byArticle);
        List<Coverage> first = new ArrayList<>();
        for (List<Quote> same : sameQuotes.subList(0, Math.min(limit, sameQuotes.size()))) {
            Quote q = same.get(0);
            first.add(coverage(linked, q.id(), "quote", quoteSummary(q), same.stream().map(Quote::article).toList()));
        }
        for (List<Event> same : sameEvents.subList(0, Math.min(limit - first.size(), sameEvents.size()))) {
            Event e = same.get(0);
            first.add(coverage(linked, e.id(), "event", eventSummary(e), same.stream().map(Event::article).toList()));
        }
        return new Covered(sameQuotes.size() + sameEvents.size(), first);
    }

    private Coverage coverage(Linked linked, String id, String kind, String summary, List<String> articles) {
        Set<String> reporting = new HashSet<>();
        articles.forEach(a -> reporting.addAll(linked.carriersOf(a)));
        List<String> reportedBy = linked.groups().stream().filter(reporting::contains).toList();
        List<String> missing = linked.groups().stream().filter(g -> !reporting.contains(g)).toList();
        return new Coverage(id, kind, summary, reportedBy, missing);
    }

    private static String quoteSummary(Quote q) {
        Speaker s = q.speaker();
        String who = s == null ? null : s.name() != null ? s.name() : s.mention();
        return (who == null ? "(unknown speaker)" : who) + ": \u201c" + abbreviate(q.text()) + "\u201d";
    }

    private static String eventSummary(Event e) {
        StringBuilder s = new StringBuilder(partyName(e.source())).append(' ').append(e.event());
        if (e.target() != null) {
            s.append(' ').append(partyName(e.target()));
        }
        if (e.date() != null) {
            s.append(" (").append(e.date()).append(')');
        }
        return s.append(": \u201c").append(abbreviate(e.text())).append('\u201d').toString();
    }

    private static String partyName(Party p) {
        return p == null || p.name() == null ? "?" : p.name();
    }

    private static String abbreviate(String text) {
        String s = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return s.length() <= 100 ? s : s.substring(0, 99) + "\u2026";
    }

    private static String fullText(Article a) {
        return (a.title() == null ? "" : a.title() + "\n") + a.text();
    }

    /** The selection resolved against the corpus: originals, copies, and the groups that carried them. */
    private final class Linked {
        private final Map<String, Article> byId = new HashMap<>();
        private final Map<String, List<Article>> copiesOf = new HashMap<>();
        private final Set<String> roots = new LinkedHashSet<>();
        private final Map<String, Set<String>> outlets = new HashMap<>();
        private final Map<String, Integer> articles = new HashMap<>();
        private final Map<String, Integer> copies = new HashMap<>();
        private final List<String> groups;

        Linked(List<Article> corpus, Selection selection) {
            corpus.forEach(a -> byId.put(a.id(), a));
            corpus.stream().filter(a -> !isOriginal(a))
                    .forEach(a -> copiesOf.computeIfAbsent(a.duplicateOf(), k -> new ArrayList<>()).add(a));
            corpus.stream().filter(a -> selection.articles().contains(a.id())).forEach(a -> roots.add(rootOf(a.id())));
            for (String root : roots) {
                note(byId.get(root), articles);
                copiesOf.getOrDefault(root, List.of()).forEach(c -> note(c, copies));
            }
            Function<String, Integer> own = g -> articles.getOrDefault(g, 0);
            Function<String, Integer> carried = g -> copies.getOrDefault(g, 0);
            groups = outlets.keySet().stream().sorted(Comparator.comparing(own).reversed()
                    .thenComparing(Comparator.comparing(carried).reversed()).thenComparing(Comparator.naturalOrder())).toList();
        }

        private void note(Article a, Map<String, Integer> tally) {
            String group = groupOf(a);
            tally.merge(group, 1, Integer::sum);
            outlets.computeIfAbsent(group, g -> new TreeSet<>())
                    .add(outletOf(a));
        }

        boolean isOriginal(Article a) {
            return a.duplicateOf() == null || !byId.containsKey(a.duplicateOf());
        }

        String rootOf(String id) {
            Article a = byId.get(id);
            return a == null || isOriginal(a) ? id : a.duplicateOf();
        }

        boolean selects(String articleId) {
            return roots.contains(rootOf(articleId));
        }

        List<Article> originals() {
            return roots.stream().map(byId::get).toList();
        }

        /** The groups that carried an article's text: its original's outlet and its copies' outlets. */
        Set<String> carriersOf(String articleId) {
            String root = rootOf(articleId);
            Set<String> carriers = new HashSet<>();
            carriers.add(groupOf(byId.get(root)));
            copiesOf.getOrDefault(root, List.of()).forEach(c -> carriers.add(groupOf(c)));
            return carriers;
        }

        List<String> groups() {
            return groups;
        }

        Set<String> outletsOf(String group) {
            return outlets.get(group);
        }

        int articlesOf(String group) {
            return articles.getOrDefault(group, 0);
        }

        int copiesOf(String group) {
            return copies.getOrDefault(group, 0);
        }
    }
}
