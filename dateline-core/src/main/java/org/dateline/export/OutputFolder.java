package org.dateline.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.corpus.Stories;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract files of a finished {@code analyze} output folder, read back into model records, with each
 * fact's {@code outlets}, which the records do not hold.
 *
 * @param outletsOf for every quote and event id, the outlets that carried its text
 */
public record OutputFolder(List<Article> articles, List<Actor> actors, List<Quote> quotes, List<Event> events,
                           List<Stories.Story> stories, Map<String, List<String>> outletsOf) {
    public OutputFolder {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        outletsOf = Map.copyOf(outletsOf);
    }

    /** Reads the folder {@code dir} through {@link ContractFiles}; a missing file or a bad line is an error naming it. */
    public static OutputFolder read(Path dir) throws IOException {
        Map<String, List<String>> outletsOf = new HashMap<>();
        for (String file : List.of(JsonlExporter.QUOTES, JsonlExporter.EVENTS)) {
            for (JsonNode fact : ContractFiles.read(dir.resolve(file), JsonNode.class)) {
                List<String> outlets = new ArrayList<>();
                fact.path("outlets").forEach(o -> outlets.add(o.asText()));
                outletsOf.put(fact.path("id").asText(), outlets);
            }
        }
        return new OutputFolder(ContractFiles.articles(dir), ContractFiles.read(dir.resolve(JsonlExporter.ACTORS), Actor.class),
                ContractFiles.quotes(dir), ContractFiles.events(dir), ContractFiles.stories(dir), outletsOf);
    }
}
