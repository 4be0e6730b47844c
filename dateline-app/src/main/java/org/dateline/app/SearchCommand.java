package org.dateline.app;

import org.dateline.store.Facet;
import org.dateline.store.IndexMissingException;
import org.dateline.store.QuerySyntaxException;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResult;
import org.dateline.store.Store;
import org.dateline.store.StoreLocation;
import org.dateline.store.lucene.LuceneLocation;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Stack;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {
                "Searches the indexed articles, quotes and events.",
                "",
                "Searches the articles, quotes and events that `dateline analyze` indexed. QUERY uses Lucene syntax over titles, texts, speakers and event actors (terms are ANDed; \"a phrase\", OR, word* work). Prints the hits, then how they spread over speakers, outlets and months, for events over event types, actors and countries, and over stories and threads (a thread is the running subject several stories belong to: dateline explain-story says why an article is in its story and thread).",
                "",
                "To leave out hits with a word, put a - before it: dateline search talks -ceasefire (or after --: dateline search -- -ceasefire).",
                "",
                "Hits come a page at a time (--limit per page); when there are more, the last line gives the --cursor that prints the next page. --all prints every hit."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", parameterConsumer = QueryWord.class, description = "What to look for (default: everything); several words are one query, and a word with a - before it is left out.")
    List<String> query = List.of();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes by this speaker (every word must match).")
    String speaker;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet (exact, any case).")
    String outlet;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = CheckedValue.Day.class, description = "Only from this date on (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = CheckedValue.Day.class, description = "Only up to this date (inclusive).")
    LocalDate to;

    @Option(names = "--event-type", paramLabel = "TYPE", description = "Only events of this PLOVER type (CONSULT, AGREE, ...; any case).")
    String eventType;

    @Option(names = "--country", paramLabel = "CODE", description = "Only events whose source or target has this country (ISO 3166 alpha-3, or UNO, EUR, IGO).")
    String country;

    @Option(names = "--story", paramLabel = "ID", description = "Only the articles of this story (an id from stories.jsonl) and their quotes and events.")
    String story;

    @Option(names = "--thread", paramLabel = "ID", description = "Only the articles of this thread (an id from threads.jsonl: every story of the running subject) and their quotes and events.")
    String thread;

    @Option(names = "--min-confidence", paramLabel = "X", converter = CheckedValue.Confidence.class, description = "Only events with at least this confidence (0 to 1; docs/events.md says how it is set).")
    Double minConfidence;

    @ArgGroup(exclusive = true)
    Scope scope;

    static final class Scope {
        @Option(names = "--quotes", description = "Quotes only.")
        boolean quotes;
        @Option(names = "--articles", description = "Articles only.")
        boolean articles;
        @Option(names = "--events", description = "Events only.")
        boolean events;
    }

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", converter = CheckedValue.PageSize.class, description = "Hits per page (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--cursor", paramLabel = "C", description = "Print the page that starts here: the cursor the previous page's last line gave, with the same QUERY and options.")
    String cursor;

    @Option(names = "--all", description = "Print every hit, page after page, instead of one page.")
    boolean all;

    @Option(names = "--store", paramLabel = "DIR|URI", description = "The store analyze fed: a Lucene index folder (default: ~/.dateline/index), or opensearch://HOST:PORT/PREFIX (credentials and TLS as for analyze).")
    String store;

    /**
     * Takes the next argument as a word of QUERY, also one that starts with - and looks like an option, which
     * picocli would otherwise leave unmatched ({@code -held} next to {@code --help}).
     */
    static final class QueryWord implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<String> words = new ArrayList<>(argSpec.<List<String>>getValue());
            words.add(args.pop());
            argSpec.setValue(words);
        }
    }

    /** The facets printed, in this order, and what they are called. */
    private static final Map<Facet, String> FACET_NAMES = facetNames();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (String word : query) {
            if (word.startsWith("--")) {
                return usageError("search has no option " + Quoted.of(word)
                        + "; see dateline help search (a word to leave out takes one -: -word)");
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            return usageError("--from " + Quoted.of(from.toString()) + " is after --to " + Quoted.of(to.toString())
                    + "; give the earlier day with --from");
        }
        SearchQuery.Scope s = scope == null ? SearchQuery.Scope.ALL
                : scope.quotes ? SearchQuery.Scope.QUOTES
                : scope.events ? SearchQuery.Scope.EVENTS : SearchQuery.Scope.ARTICLES;
        SearchQuery q = new SearchQuery(String.join(" ", query), speaker, outlet, from, to, s, limit, eventType,
                country, story, thread, minConfidence, cursor);
        StoreLocation location;
        try {
            location = StoreOption.of(store);
        } catch (IllegalArgumentException e) {
            return usageError("--store: " + e.getMessage());
        }
        Path folder = location instanceof LuceneLocation l ? l.folder() : null;
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            return usageError((store == null ? "the default store " : "--store ") + Quoted.of(folder.toString())
                    + " is a file, not an index folder; give the folder analyze wrote with --store");
        }
        try (Store index = location.openReadOnly()) {
            SearchResult result = index.search(q);
            out.println(result.totalHits() + " " + noun(s, result.totalHits()));
            print(out, result.hits());
            SearchResult first = result;
            while (all && result.nextCursor() != null) {
                result = index.search(q.withCursor(result.nextCursor()));
                print(out, result.hits());
            }
            FACET_NAMES.forEach((f, name) -> facet(out, name, first.facet(f)));
            if (result.nextCursor() != null) {
                out.println("more hits: add --cursor " + result.nextCursor() + " for the next page (or --all for every hit)");
            }
        } catch (IndexMissingException e) {
            return usageError(e.getMessage() + ", e.g. dateline analyze PATH... --store " + location);
        } catch (QuerySyntaxException e) {
            return usageError("cannot read the query " + Quoted.of(e.query()) + ": " + e.problem());
        }
        return ExitCode.OK;
    }

    /**
     * Lets QUERY start with a - (Lucene's "leave this word out", which would otherwise read as an unknown option,
     * or as -h and more clustered) and has picocli's usage errors for search reported by {@link #usageError(
     * ParameterException)}; {@code root} is the {@code dateline} command line holding this command.
     */
    static void configure(CommandLine root) {
        CommandLine search = root.getSubcommands().get("search");
        search.setUnmatchedOptionsArePositionalParams(true);
        search.setPosixClusteredShortOptionsAllowed(false);
        IParameterExceptionHandler usual = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler((e, args) -> e.getCommandLine() == search
                ? search.<SearchCommand>getCommand().usageError(e) : usual.handleParseException(e, args));
    }

    /**
     * A usage error picocli found, in one line without the usage dump: a value an option refused, named with its
     * option ({@code --from "2020-13-45" is not a date; use YYYY-MM-DD}), else picocli's own message and where
     * help is.
     */
    private int usageError(ParameterException e) {
        if (e.getCause() instanceof TypeConversionException refusal && e.getArgSpec() instanceof OptionSpec option
                && e.getValue() != null) {
            return usageError(option.longestName() + " " + Quoted.of(e.getValue()) + " " + refusal.getMessage());
        }
        return usageError(e.getMessage().replaceAll("\\R", " ").replaceFirst("^Error: ", "").strip()
                + "; see dateline help search");
    }

    /** Prints {@code message} as a {@code dateline:} line on stderr; the exit code of a usage error. */
    private int usageError(String message) {
        spec.commandLine().getErr().println("dateline: " + message);
        return ExitCode.USAGE;
    }

    private static void print(PrintWriter out, List<SearchResult.Hit> hits) {
        for (SearchResult.Hit h : hits) {
            if (h.kind() == SearchResult.Kind.QUOTE) {
                out.printf(Locale.ROOT, "[quote %s] %s: \u201c%s\u201d  (%s, %s; article %s)%n", h.id(),
                        orDash(h.speaker()), h.snippet(), orDash(h.outlet()), orDash(h.date()), h.article());
            } else if (h.kind() == SearchResult.Kind.EVENT) {
                SearchResult.EventSummary e = h.event();
                out.printf(Locale.ROOT, "[event %s] %s%s %s -> %s  (CAMEO %s, %s, %s, %s; article %s)%n    %s%n", h.id(),
                        orDash(e.type()), e.mode() == null ? "" : "/" + e.mode(), orDash(e.source()),
                        orDash(e.target()), orDash(e.cameo()), orDash(e.place()), orDash(h.outlet()),
                        orDash(h.date()), h.article(), h.snippet());
            } else {
                out.printf(Locale.ROOT, "[article %s] %s  (%s, %s)%n    %s%n", h.id(), orDash(h.title()),
                        orDash(h.outlet()), orDash(h.date()), h.snippet());
            }
        }
    }

    private static Map<Facet, String> facetNames() {
        Map<Facet, String> names = new LinkedHashMap<>();
        names.put(Facet.SPEAKER, "speakers");
        names.put(Facet.OUTLET, "outlets");
        names.put(Facet.MONTH, "months");
        names.put(Facet.EVENT_TYPE, "event types");
        names.put(Facet.ACTOR, "actors");
        names.put(Facet.COUNTRY, "countries");
        names.put(Facet.STORY, "stories");
        names.put(Facet.THREAD, "threads");
        return Collections.unmodifiableMap(names);
    }

    private static String noun(SearchQuery.Scope s, long n) {
        String one = switch (s) {
            case QUOTES -> "quote";
            case ARTICLES -> "article";
            case EVENTS -> "event";
            case ALL -> "hit";
        };
        return n == 1 ? one : one + "s";
    }

    private static void facet(PrintWriter out, String name, List<SearchResult.FacetCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(name).append(':');
        for (SearchResult.FacetCount c : counts) {
            line.append("  ").append(c.value()).append(" (").append(c.count()).append(')');
        }
        out.println(line);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
