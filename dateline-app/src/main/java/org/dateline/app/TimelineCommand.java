package org.dateline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.corpus.Timeline;
import org.dateline.export.ContractFiles;
import org.dateline.export.JsonlExporter;
import org.dateline.model.Actor;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"The dated statements and events of one actor, one story or one thread, oldest first, each with what its date rests on",
                "(sentence: stated in it; dateline: the article's dateline; published: the publication day) and its evidence.",
                "A story is one happening and its reports; a thread is the running subject several stories belong to, so a",
                "thread's timeline runs over all its stories (each line names its story with --json).",
                "Facts whose date has no year or that have no date are counted, not placed."})
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputFolderOption input;

    private Path in;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    static final class Scope {
        @Option(names = "--actor", paramLabel = "NAME", description = "An actor: its id, canonical name or an alias (any case).")
        String actor;
        @Option(names = "--story", paramLabel = "ID", description = "A story: an `id` of stories.jsonl.")
        String story;
        @Option(names = "--thread", paramLabel = "ID", description = "A thread: an `id` of threads.jsonl (the facts of all its stories).")
        String thread;
    }

    @Option(names = "--json", description = "Print the entries as JSON Lines instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        in = input.folder();
        List<Article> articles = ContractFiles.articles(in);
        Timeline timeline = Timeline.of(articles, ContractFiles.quotes(in), ContractFiles.events(in));
        String key;
        List<Timeline.Entry> entries;
        if (scope.story != null) {
            key = scope.story;
            entries = timeline.byStory().get(key);
            if (entries == null && ContractFiles.stories(in).stream().noneMatch(s -> s.id().equals(key))) {
                throw unknown("story", key, JsonlExporter.STORIES);
            }
        } else if (scope.thread != null) {
            key = scope.thread;
            entries = timeline.byThread().get(key);
            if (entries == null && ContractFiles.threads(in).stream().noneMatch(t -> t.id().equals(key))) {
                throw unknown("thread", key, JsonlExporter.THREADS);
            }
        } else {
            Actor actor = actor(scope.actor);
            key = actor.id();
            entries = timeline.byActor().get(key);
        }
        entries = entries == null ? List.of() : entries;
        long undated = timeline.undated().stream().filter(e -> scope.story != null ? key.equals(e.story())
                : scope.thread != null ? key.equals(e.thread()) : e.actorIds().contains(key)).count();
        print(entries, undated, articles.stream().collect(Collectors.toMap(Article::id, Function.identity())));
        return 0;
    }

    /** The usage error for a {@code what} id that {@code file} of the folder does not list. */
    private ParameterException unknown(String what, String id, String file) {
        return new ParameterException(spec.commandLine(), "no " + what + " '" + id + "' in " + in.resolve(file)
                + " (" + what + " ids are its `id` field)");
    }

    private Actor actor(String wanted) throws IOException {
        List<Actor> actors = ContractFiles.read(in.resolve(JsonlExporter.ACTORS), Actor.class);
        for (Actor a : actors) {
            if (a.id().equals(wanted)) {
                return a;
            }
        }
        List<Actor> named = actors.stream().filter(a -> a.name().equalsIgnoreCase(wanted)
                || a.aliases().stream().anyMatch(wanted::equalsIgnoreCase)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        String which = (named.isEmpty() ? actors.stream().filter(a -> a.name().toLowerCase(Locale.ROOT)
                .contains(wanted.toLowerCase(Locale.ROOT))).toList() : named).stream().limit(10)
                .map(a -> "  " + a.id() + "  " + a.name() + " (" + a.type() + ", " + a.mentions() + " mentions)")
                .collect(Collectors.joining("\n"));
        throw new ParameterException(spec.commandLine(), (named.isEmpty() ? "no actor named '" : "several actors named '")
                + wanted + "' in " + in.resolve(JsonlExporter.ACTORS)
                + (which.isEmpty() ? "" : "; give an id:\n" + which));
    }

    private void print(List<Timeline.Entry> entries, long undated, Map<String, Article> articles) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
            for (Timeline.Entry e : entries) {
                out.println(mapper.writeValueAsString(e));
            }
            return;
        }
        out.printf(Locale.ROOT, "%d dated facts, %d without a usable date%n", entries.size(), undated);
        for (Timeline.Entry e : entries) {
            Article a = articles.get(e.article());
            String outlet = a == null || a.outlet() == null ? e.article() : a.outlet();
            out.printf(Locale.ROOT, "%s  %-9s %-5s %s  [%s]%n    %s%n", e.day(), basis(e), e.kind().name().toLowerCase(Locale.ROOT),
                    e.summary(), outlet, excerpt(e.text()));
        }
    }

    private static String basis(Timeline.Entry e) {
        return e.dateBasis() == null ? "-" : e.dateBasis().name().toLowerCase(Locale.ROOT);
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }
}
