package org.dateline.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.corpus.Stories;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON Lines files of a {@code dateline analyze --out} folder (the output contract, DESIGN.md) back
 * into model records. Fields the records lack (such as {@code outlets} on quotes and events) are ignored;
 * snake_case names map to the records' components ({@code duplicate_of} to {@code duplicateOf}).
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

    /**
     * Every non-blank line of {@code file} as a {@code type}.
     *
     * @throws IOException naming the file and its folder when it is missing, or quoting the first bad line
     */
    public static <T> List<T> read(Path file, Class<T> type) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("no " + file.getFileName() + " in " + file.toAbsolutePath().getParent()
                    + " (is it a `dateline analyze` output folder?)");
        }
        List<T> rows = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                rows.add(JSON.readValue(line, type));
            } catch (IOException e) {
                throw new IOException("bad line " + n + " of " + file + ": '" + abbreviate(line) + "'", e);
            }
        }
        return rows;
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
