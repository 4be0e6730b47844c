package org.dateline.export;

import org.dateline.corpus.Corpus;
import org.dateline.corpus.Stories;
import org.dateline.corpus.Threads;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The contract files of a finished {@code analyze} output folder, read back into model records.
 *
 * @param threads the threads, or none for an output written before {@value JsonlExporter#THREADS} existed
 */
public record OutputFolder(List<Article> articles, List<Actor> actors, List<Quote> quotes, List<Event> events,
                           List<Stories.Story> stories, List<Threads.Thread> threads) {
    public OutputFolder {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        threads = List.copyOf(threads);
    }

    /**
     * The records {@link JsonlExporter#finish} writes of {@code linked}, equal to those {@link #read} reads back from
     * what it wrote: the run that writes a folder makes its report of these, without reading the folder again.
     */
    public static OutputFolder of(Corpus.Linked linked) {
        List<AnalyzedArticle> all = linked.articles();
        return new OutputFolder(all.stream().map(AnalyzedArticle::article).toList(), linked.actors(),
                all.stream().flatMap(a -> a.quotes().stream()).toList(),
                all.stream().flatMap(a -> a.events().stream()).toList(), linked.stories(), linked.threads());
    }

    /**
     * Reads the folder {@code dir} through {@link ContractFiles}; a missing file (but {@value JsonlExporter#THREADS})
     * or a bad line is an error naming it.
     */
    public static OutputFolder read(Path dir) throws IOException {
        return new OutputFolder(ContractFiles.articles(dir), ContractFiles.read(dir.resolve(JsonlExporter.ACTORS), Actor.class),
                ContractFiles.quotes(dir), ContractFiles.events(dir), ContractFiles.stories(dir),
                Files.isRegularFile(dir.resolve(JsonlExporter.THREADS)) ? ContractFiles.threads(dir) : List.of());
    }
}
