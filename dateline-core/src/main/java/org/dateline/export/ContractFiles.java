package org.dateline.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.dateline.corpus.Stories;
import org.dateline.corpus.Threads;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The longest string {@link #sharing()} shares. */
    private static final int SHARED_LENGTH = 64;

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
        return read(file, type, JSON);
    }

    static <T> List<T> read(Path file, Class<T> type, ObjectMapper mapper) throws IOException {
        return JsonLines.read(file, line -> mapper.readValue(line, type));
    }

    /**
     * A reader of contract files that shares equal short strings among everything it reads (ids, names, rules,
     * kinds: an output's 270,000 strings of mentions hold 24,000 values), so that a whole output read back takes
     * less memory; strings of more than {@value #SHARED_LENGTH} characters (texts) are not shared.
     */
    static ObjectMapper sharing() {
        Map<String, String> shared = new HashMap<>();
        SimpleModule module = new SimpleModule();
        module.addDeserializer(String.class, new StdScalarDeserializer<>(String.class) {
            @Override
            public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
                String s = StringDeserializer.instance.deserialize(p, context);
                return s == null || s.length() > SHARED_LENGTH ? s : shared.computeIfAbsent(s, k -> k);
            }
        });
        return JSON.copy().registerModule(module);
    }
}
