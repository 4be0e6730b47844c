package org.dateline.server;

import org.dateline.corpus.Corpus;
import org.dateline.corpus.Framing;
import org.dateline.corpus.Stories;
import org.dateline.corpus.Threads;
import org.dateline.corpus.Timeline;
import org.dateline.export.ContractFiles;
import org.dateline.export.ContractReader;
import org.dateline.export.JsonlExporter;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An {@code analyze} output folder as the server answers from it: read once by {@link ContractReader} (the reader
 * {@code --append} uses) and kept in memory, with every record by its id. Immutable: the server swaps in a newly
 * read one on reload.
 *
 * @param articles         every article with its quotes, times, events and mentions, by id, in file order
 * @param actors           the corpus actors by id
 * @param stories          the stories by id, in file order
 * @param threads          the threads by id, in file order (none for an output written before threads)
 * @param mentionsByActor  the mentions of each actor, in article order
 * @param timeline         the dated facts of every actor, story and thread
 * @param prior            the term counts of the articles, which {@link Framing#terms} compares each outlet's with
 */
public record ServedOutput(Map<String, AnalyzedArticle> articles, Map<String, Actor> actors,
                           Map<String, Stories.Story> stories, Map<String, Threads.Thread> threads,
                           Map<String, List<Mention>> mentionsByActor, Timeline timeline, Framing.Prior prior) {

    /**
     * Reads the output in {@code dir}.
     *
     * @throws IOException naming the file when one is missing or has a line that is not of the contract's shape
     */
    public static ServedOutput read(Path dir) throws IOException {
        Corpus.Earlier folder = new ContractReader().read(dir);
        List<Threads.Thread> threads = Files.isRegularFile(dir.resolve(JsonlExporter.THREADS))
                ? ContractFiles.threads(dir) : List.of();
        Map<String, List<Mention>> byActor = new HashMap<>();
        folder.articles().forEach(a -> a.mentions().forEach(m ->
                byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m)));
        List<Article> articles = folder.articles().stream().map(AnalyzedArticle::article).toList();
        Timeline timeline = Timeline.of(articles,
                folder.articles().stream().flatMap(a -> a.quotes().stream()).toList(),
                folder.articles().stream().flatMap(a -> a.events().stream()).toList());
        byActor.replaceAll((k, v) -> List.copyOf(v));
        return new ServedOutput(byId(folder.articles(), a -> a.article().id()), byId(folder.actors(), Actor::id),
                byId(folder.stories(), Stories.Story::id), byId(threads, Threads.Thread::id), Map.copyOf(byActor),
                timeline, new Framing().prior(articles));
    }

    /** How many records of each kind the folder holds: what a caller compares with another run's output. */
    public record Counts(int articles, int actors, int quotes, int times, int events, int stories, int threads) {
    }

    public Counts counts() {
        return new Counts(articles.size(), actors.size(), quotes().size(),
                articles.values().stream().mapToInt(a -> a.times().size()).sum(), events().size(), stories.size(),
                threads.size());
    }

    /** The plain articles, in file order (what the corpus helpers such as framing read). */
    public List<Article> articleList() {
        return articles.values().stream().map(AnalyzedArticle::article).toList();
    }

    /** Every quote of the folder, article after article. */
    public List<Quote> quotes() {
        return articles.values().stream().flatMap(a -> a.quotes().stream()).toList();
    }

    /** Every event of the folder, article after article. */
    public List<Event> events() {
        return articles.values().stream().flatMap(a -> a.events().stream()).toList();
    }

    /** Every event of the folder by its id. */
    public Map<String, Event> eventsById() {
        return events().stream().collect(Collectors.toMap(Event::id, Function.identity(), (a, b) -> a));
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        records.forEach(r -> out.putIfAbsent(id.apply(r), r));
        return Collections.unmodifiableMap(out);
    }
}
