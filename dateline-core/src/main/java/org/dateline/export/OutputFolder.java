package org.dateline.export;

import org.dateline.corpus.Stories;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The contract files of a finished {@code analyze} output folder, read back into model records. */
public record OutputFolder(List<Article> articles, List<Actor> actors, List<Quote> quotes, List<Event> events,
                           List<Stories.Story> stories) {
    public OutputFolder {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
    }

    /** Reads the folder {@code dir} through {@link ContractFiles}; a missing file or a bad line is an error naming it. */
    public static OutputFolder read(Path dir) throws IOException {
        return new OutputFolder(ContractFiles.articles(dir), ContractFiles.read(dir.resolve(JsonlExporter.ACTORS), Actor.class),
                ContractFiles.quotes(dir), ContractFiles.events(dir), ContractFiles.stories(dir));
    }
}
