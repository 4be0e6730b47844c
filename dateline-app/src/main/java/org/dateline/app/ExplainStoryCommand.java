package org.dateline.app;

import org.dateline.corpus.Corpus;
import org.dateline.corpus.Stories;
import org.dateline.corpus.StoryExplanation;
import org.dateline.corpus.StoryExplanation.Decision;
import org.dateline.corpus.Threads;
import org.dateline.export.ContractFiles;
import org.dateline.export.ContractReader;
import org.dateline.export.JsonlExporter;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "explain-story", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the article was explained",
                "2:DIR holds no output, or no such article (or one without a story); the message says which"},
        description = {"Why an article is in its story and its thread: the earlier article that decided it, the similarity and its parts.",
                "",
                "A story is one happening and its reports; a thread is the running subject its stories belong to (docs/stories.md). "
                        + "An article joins the story of the most similar earlier article when their similarity reaches the threshold, "
                        + "else it opens a story; a copy joins its original's story. A story's thread is decided the same way, "
                        + "with a longer horizon, by the story's first article.",
                "",
                "The similarity is time x (" + Stories.Similarity.TEXT + " text + " + Stories.Similarity.ENTITIES + " actors + "
                        + Stories.Similarity.PLACES + " places + " + Stories.Similarity.EVENTS + " events): text is the cosine of the two "
                        + "articles' weighted words, actors, places and events the weighted overlap of the persons and organisations, "
                        + "places and events (type and parties) both name, time 1 for close days and less further apart. "
                        + "The command replays the linking on the output folder with the same code, and prints the words, actors "
                        + "and places the two articles share, rarest first, and their days apart. It says so when the replay "
                        + "decides otherwise than the output (an output built by --append batches out of date order)."})
final class ExplainStoryCommand implements Callable<Integer> {
    private static final int SHOWN_TERMS = 12;
    private static final int SHOWN_NAMES = 8;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "An article: its `id` in articles.jsonl, or the start of the id when no other id starts so.")
    String wanted;

    @Option(names = {"--out", "--in"}, required = true, paramLabel = "DIR", description = "The folder `dateline analyze --out` wrote.")
    Path dir;

    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, String> actorNames = new HashMap<>();

    @Override
    public Integer call() throws IOException {
        if (!ContractReader.holdsOutput(dir)) {
            return error(Quoted.of(dir.toString()) + " holds no dateline output (no " + JsonlExporter.ARTICLES
                    + "); give the folder dateline analyze wrote with --out");
        }
        Corpus.Earlier output = new ContractReader().read(dir);
        output.articles().forEach(a -> articles.put(a.article().id(), a.article()));
        output.actors().forEach(a -> actorNames.put(a.id(), a.name()));
        List<String> ids = articles.containsKey(wanted) ? List.of(wanted)
                : articles.keySet().stream().filter(id -> id.startsWith(wanted)).sorted().toList();
        if (ids.size() != 1) {
            return error((ids.isEmpty() ? "no article " : "several articles start with ") + Quoted.of(wanted) + " in "
                    + dir.resolve(JsonlExporter.ARTICLES) + (ids.isEmpty() ? " (article ids are its `id` field)"
                    : ": " + ids.stream().limit(5).collect(Collectors.joining(", "))));
        }
        Article article = articles.get(ids.get(0));
        if (article.story() == null) {
            return error("article " + article.id() + " has no story: the run that wrote " + dir
                    + " was not linked; dateline relink --in " + dir + " --out DIR links it");
        }
        StoryExplanation.Explanation e = StoryExplanation.explain(output, article.id());
        PrintWriter out = spec.commandLine().getOut();
        out.println("article " + article.id());
        out.println("  " + describe(article));
        Stories.Story story = output.stories().stream().filter(s -> s.id().equals(article.story())).findFirst().orElse(null);
        out.println();
        out.println("story " + article.story() + (story == null ? "" : "  " + title(story.title())
                + "  (" + count(story.articles().size(), "article", "articles") + ", "
                + count(story.outlets().size(), "outlet", "outlets") + ", "
                + range(story.first(), story.last()) + ")"));
        decision(out, e.story(), "story", article);
        out.println();
        if (e.thread() == null) {
            out.println("thread: none (an output written before threads; dateline relink puts its articles in threads)");
            return ExitCode.OK;
        }
        Threads.Thread thread = threads().get(article.thread());
        out.println("thread " + article.thread() + (thread == null ? "" : "  " + title(thread.title())
                + "  (" + count(thread.stories().size(), "story", "stories") + ", " + count(thread.articles().size(), "article", "articles") + ", "
                + range(thread.first(), thread.last()) + ")"));
        decision(out, e.thread(), "thread", article);
        return ExitCode.OK;
    }

    private Map<String, Threads.Thread> threads() throws IOException {
        Map<String, Threads.Thread> byId = new HashMap<>();
        if (Files.isRegularFile(dir.resolve(JsonlExporter.THREADS))) {
            ContractFiles.threads(dir).forEach(t -> byId.put(t.id(), t));
        }
        return byId;
    }

    private void decision(PrintWriter out, Decision d, String level, Article article) {
        Article decider = articles.get(d.decidedBy());
        if (!d.decidedBy().equals(article.id())) {
            out.println("  decided by its story's first article, " + d.decidedBy() + "  " + describe(decider) + ":");
        }
        Stories.Match m = d.match();
        switch (d.rule()) {
            case COPY -> out.println("  a copy of " + d.via() + "  " + describe(articles.get(d.via()))
                    + ", so in its " + level);
            case ORIGINAL -> out.println("  the original of " + d.via() + "  " + describe(articles.get(d.via()))
                    + ", a copy assigned before it, so in its " + level);
            case JOINED -> out.println("  joined the " + level + " of the most similar earlier article");
            case OPENED -> out.println(m == null ? "  opened it: no earlier article within the window shares a rare word,"
                    + " name, place or event with it" : "  opened it: no earlier article was similar enough; the most similar one");
        }
        if (m != null) {
            match(out, m, level, decider, d.rule() == StoryExplanation.Rule.JOINED || d.rule() == StoryExplanation.Rule.OPENED);
        }
        if (!d.agrees()) {
            out.println("  note: replaying the linking on this folder decides otherwise (an output built by --append"
                    + " batches out of date order, or by an earlier version); the figures are the replay's");
        }
    }

    private void match(PrintWriter out, Stories.Match m, String level, Article decider, boolean decisive) {
        Article other = articles.get(m.article());
        Stories.Similarity s = m.similarity();
        out.println((decisive ? "    " : "  most similar earlier article: ") + m.article() + "  " + describe(other)
                + "  (" + daysApart(decider, other) + "; in " + level + " " + m.group() + ")");
        if (s.score() == 0) {
            out.printf(Locale.ROOT, "  similarity 0: their words are too far apart (text %.3f, below the least that counts), "
                    + "whatever else they share; joins at %.2f%n", s.text(), m.threshold());
        } else {
            out.printf(Locale.ROOT, "  similarity %.3f %s %.2f = time %.2f x (%.2f x text %.3f + %.2f x actors %.3f"
                            + " + %.2f x places %.3f + %.2f x events %.3f)%n", s.score(), m.joined() ? ">=" : "<",
                    m.threshold(), s.time(), Stories.Similarity.TEXT, s.text(), Stories.Similarity.ENTITIES,
                    s.entities(), Stories.Similarity.PLACES, s.places(), Stories.Similarity.EVENTS, s.events());
        }
        out.println("  shared words (stems): " + shown(m.terms(), SHOWN_TERMS));
        out.println("  shared actors: " + shown(m.entities().stream().map(id -> actorNames.getOrDefault(id, id)).toList(),
                SHOWN_NAMES));
        out.println("  shared places: " + shown(m.places(), SHOWN_NAMES));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String shown(List<String> items, int max) {
        if (items.isEmpty()) {
            return "none";
        }
        String list = String.join(", ", items.subList(0, Math.min(max, items.size())));
        return items.size() > max ? list + " and " + (items.size() - max) + " more" : list;
    }

    private static String daysApart(Article a, Article b) {
        LocalDate x = a == null ? null : a.referenceDay();
        LocalDate y = b == null ? null : b.referenceDay();
        if (x == null || y == null) {
            return "a day unknown";
        }
        long days = Math.abs(ChronoUnit.DAYS.between(x, y));
        return days == 0 ? "the same day" : days == 1 ? "1 day apart" : days + " days apart";
    }

    private static String describe(Article a) {
        if (a == null) {
            return "(not in the folder)";
        }
        LocalDate day = a.referenceDay();
        return title(a.title()) + "  (" + (a.outlet() == null ? "unknown outlet" : a.outlet()) + ", "
                + (day == null ? "undated" : day.toString()) + ")";
    }

    private static String title(String title) {
        return title == null ? "(untitled)" : "\u201c" + title + "\u201d";
    }

    private static String range(String first, String last) {
        return first == null ? "undated" : last == null || first.equals(last) ? first : first + " \u2013 " + last;
    }

    private int error(String message) {
        spec.commandLine().getErr().println("dateline: " + message);
        return ExitCode.USAGE;
    }
}
