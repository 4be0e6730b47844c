package org.dateline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.corpus.Framing;
import org.dateline.corpus.Stories;
import org.dateline.export.ContractFiles;
import org.dateline.export.JsonlExporter;
import org.dateline.export.ReportWriter;
import org.dateline.model.Article;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "framing", mixinStandardHelpOptions = true,
        description = {
                "Which words and phrases each outlet (or group of outlets) uses distinctively about a story or a query, and which quotes and events each reports or leaves out.",
                "Terms are scored by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), each group against all the others, with the whole analysed corpus as the prior; copies count once. See docs/framing.md."})
final class FramingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputFolderOption input;

    private Path in;

    @ArgGroup(exclusive = true)
    Scope scope;

    static final class Scope {
        @Option(names = "--story", paramLabel = "ID", description = "The articles of this story (an `id` of stories.jsonl).")
        String story;
        @Option(names = "--query", paramLabel = "WORDS", description = "The articles whose title and text hold every one of these words (any case).")
        String query;
    }

    @Option(names = "--groups", paramLabel = "FILE", description = "Groups of outlets: lines `outlet<TAB>group` (e.g. a country); other outlets stay groups of their own.")
    Path groups;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + Framing.DEFAULT_TOP, description = "Terms per group (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--prior", paramLabel = "ALPHA0", defaultValue = "" + Framing.DEFAULT_PRIOR, description = "Weight of the corpus prior, in terms (default: ${DEFAULT-VALUE}); larger shrinks rare terms more.")
    double prior;

    @Option(names = "--json", description = "Print one JSON object (selection, groups, top terms, coverage) instead of tables.")
    boolean json;

    /** What {@code --json} prints. */
    record Report(Framing.Table table, List<Framing.Coverage> coverage) {
    }

    @Override
    public Integer call() throws IOException {
        in = input.folder();
        if (top < 1 || prior <= 0) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1 and --prior positive");
        }
        Framing framing = new Framing(groupsOf(), top, Framing.DEFAULT_MIN_Z, prior);
        List<Article> articles = ContractFiles.articles(in);
        Framing.Selection selection = selection(articles);
        Framing.Table table = framing.terms(selection, articles);
        List<Framing.Coverage> coverage = framing.coverage(selection, articles, ContractFiles.quotes(in),
                ContractFiles.events(in));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.INDENT_OUTPUT).build();
            out.println(mapper.writeValueAsString(new Report(table, coverage)));
        } else {
            print(out, table, coverage);
        }
        return 0;
    }

    private Map<String, String> groupsOf() throws IOException {
        if (groups == null) {
            return Map.of();
        }
        if (!Files.isRegularFile(groups)) {
            throw new ParameterException(spec.commandLine(), "--groups '" + groups + "' is not a file");
        }
        try {
            return Framing.parseGroups(Files.readAllLines(groups, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--groups " + groups + ": " + e.getMessage());
        }
    }

    private Framing.Selection selection(List<Article> articles) throws IOException {
        if (scope == null) {
            return Framing.Selection.all(articles);
        }
        if (scope.query != null) {
            Framing.Selection s;
            try {
                s = Framing.Selection.query(scope.query, articles);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--query: " + e.getMessage());
            }
            if (s.articles().isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no article in " + in.resolve(JsonlExporter.ARTICLES)
                        + " holds every word of \"" + scope.query + "\"");
            }
            return s;
        }
        Framing.Selection s = Framing.Selection.story(scope.story, articles);
        if (s.articles().isEmpty()) {
            List<Stories.Story> stories = ContractFiles.stories(in);
            String known = stories.stream().limit(10)
                    .map(st -> "  " + st.id() + "  " + st.articles().size() + " articles  " + st.title())
                    .collect(Collectors.joining("\n"));
            throw new ParameterException(spec.commandLine(), "no story '" + scope.story + "' in " + in
                    + "; story ids are the `id` field of " + in.resolve(JsonlExporter.STORIES) + " (and `story` in "
                    + JsonlExporter.ARTICLES + ")" + (stories.isEmpty() ? ", which holds none"
                    : ", e.g.:\n" + known + (stories.size() > 10 ? "\n  ... " + (stories.size() - 10) + " more" : "")));
        }
        return s;
    }

    private void print(PrintWriter out, Framing.Table table, List<Framing.Coverage> coverage) {
        int articles = table.groups().stream().mapToInt(Framing.Group::articles).sum();
        out.printf(Locale.ROOT, "Framing of %s: %d articles counted, %d groups (prior alpha0 %s, terms with z > %.2f)%n",
                table.selection(), articles, table.groups().size(), prior, Framing.DEFAULT_MIN_Z);
        for (Framing.Group g : table.groups()) {
            out.printf(Locale.ROOT, "%n== %s  (articles %d, copies of others' articles %d, terms %d; outlets: %s)%n",
                    g.name(), g.articles(), g.copies(), g.termCount(), String.join(", ", g.outlets()));
            List<Framing.Term> terms = table.top().get(g.name());
            if (terms.isEmpty()) {
                out.println(table.groups().size() < 2 ? "   (one group only: nothing to compare with)"
                        : g.termCount() == 0 ? "   (no articles of its own: copies are counted as their original)"
                        : "   (no term above the threshold)");
                continue;
            }
            out.printf(Locale.ROOT, "   %-36s %6s %6s %9s%n", "term", "z", "here", "elsewhere");
            for (Framing.Term t : terms) {
                out.printf(Locale.ROOT, "   %-36s %6.2f %6d %9d%n", t.term(), t.z(), t.groupCount(), t.otherCount());
            }
        }
        out.printf(Locale.ROOT, "%nCoverage: %d facts (quotes and events); reported per group:%n", coverage.size());
        for (Framing.Group g : table.groups()) {
            long reported = coverage.stream().filter(c -> c.reportedBy().contains(g.name())).count();
            out.printf(Locale.ROOT, "   %-40s %d of %d%n", g.name(), reported, coverage.size());
        }
        for (Framing.Coverage c : coverage) {
            // at most a dozen names a line, as the report has it: a selection of many outlets has lines of thousands
            out.printf(Locale.ROOT, "%n%-5s %s%n      reported by: %s%n      missing: %s%n", c.kind(), c.summary(),
                    ReportWriter.names(c.reportedBy()), c.missing().isEmpty() ? "-" : ReportWriter.names(c.missing()));
        }
    }
}
