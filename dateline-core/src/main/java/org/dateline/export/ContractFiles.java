package org.dateline.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.corpus.Stories;
import org.dateline.corpus.Threads;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the JSON Lines files of a {@code dateline analyze --out} folder (the output contract, DESIGN.md) back
 * into model records. Snake_case names map to the records' components ({@code duplicate_of} to
 * {@code duplicateOf}); a field an older output lacks (such as {@code thread}) is read as null. The one field no
 * record component holds is an article's {@code actors}, the ids of {@code AnalyzedArticle.actors()}: read here as an
 * {@link Article} it is ignored, and {@link ContractReader} resolves it against {@code actors.jsonl}.
 */
public final class ContractFiles {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContractFiles() {
    }

    public static List<Article> articles(Path dir) throws IOException {
        return read(dir.resolve(JsonlExporter.ARTICLES), Article.class);
    }

    public static List<Quote> quotes(Path dir) throws IOException {
        return read(dir.resolve(JsonlExporter.QUOTES), Quote.class);
    }

    public static List<Event> events(Path dir) throws IOException {
        return read(dir.resolve(JsonlExporter.EVENTS), Event.class);
    }

    public static List<Stories.Story> stories(Path dir) throws IOException {
        return read(dir.resolve(JsonlExporter.STORIES), Stories.Story.class);
    }

    /** The threads of {@value JsonlExporter#THREADS}; an error naming the file when the folder has none (an output written before threads). */
    public static List<Threads.Thread> threads(Path dir) throws IOException {
        return read(dir.resolve(JsonlExporter.THREADS), Threads.Thread.class);
    }

    /**
     * Every non-blank line of {@code file} as a {@code type}.
     *
     * @throws IOException naming the file and its folder when it is missing, or quoting the first bad line
     */
    public static <T> List<T> read(Path file, Class<T> type) throws IOException {
        return JsonLines.read(file, line -> read(line, type));
    }

    /** One line of a contract file as a {@code type}. */
    static <T> T read(String line, Class<T> type) throws IOException {
        return JSON.readValue(line, type);
    }

    /** {@code node} (a line read as {@link JsonNode}) as a {@code type}. */
    public static <T> T convert(JsonNode node, Class<T> type) throws IOException {
        return JSON.treeToValue(node, type);
    }
}
