package org.dateline.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.corpus.Stories;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract files of a finished {@code analyze} output folder, read back into model records (fields the
 * records do not hold are ignored, except each fact's {@code outlets}).
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

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Reads the folder {@code dir}; a missing file or a line that is not a contract object is an error naming it. */
    public static OutputFolder read(Path dir) throws IOException {
        Map<String, List<String>> outletsOf = new HashMap<>();
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode line : lines(dir.resolve(JsonlExporter.QUOTES))) {
            Quote q = JSON.treeToValue(line, Quote.class);
            quotes.add(q);
            outletsOf.put(q.id(), outlets(line));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode line : lines(dir.resolve(JsonlExporter.EVENTS))) {
            Event e = JSON.treeToValue(line, Event.class);
            events.add(e);
            outletsOf.put(e.id(), outlets(line));
        }
        return new OutputFolder(values(dir.resolve(JsonlExporter.ARTICLES), Article.class),
                values(dir.resolve(JsonlExporter.ACTORS), Actor.class), quotes, events,
                values(dir.resolve(JsonlExporter.STORIES), Stories.Story.class), outletsOf);
    }

    private static List<String> outlets(JsonNode fact) {
        List<String> outlets = new ArrayList<>();
        fact.path("outlets").forEach(o -> outlets.add(o.asText()));
        return outlets;
    }

    private static <T> List<T> values(Path file, Class<T> type) throws IOException {
        List<T> values = new ArrayList<>();
        for (JsonNode line : lines(file)) {
            values.add(JSON.treeToValue(line, type));
        }
        return values;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("no " + file.getFileName() + " in " + file.getParent()
                    + " (is it a `dateline analyze` output folder?)");
        }
        List<JsonNode> nodes = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (!line.isBlank()) {
                try {
                    nodes.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new IOException("bad line " + n + " of " + file, e);
                }
            }
        }
        return nodes;
    }
}
