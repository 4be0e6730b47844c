package org.dateline.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.corpus.Corpus;
import org.dateline.model.AnalyzedArticle;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;
import java.util.List;

/**
 * Writes the JSON Lines files of the output contract (DESIGN.md) into one folder: {@value #ARTICLES},
 * {@value #ACTORS}, {@value #QUOTES}, {@value #TIMES}, {@value #EVENTS}, {@value #STORIES}
 * (UTF-8, one object per line, see {@link ContractJson} for the fields).
 *
 * <p>Call order: {@link #open(Path)}, then {@link #write(AnalyzedArticle)} once per article (from any
 * thread), then {@link #close()}.
 * <ul>
 *   <li>{@link #open(Path)} creates the folder and truncates all six files, so re-running into the same
 *       folder replaces the previous output; nothing is appended to an old run.</li>
 *   <li>{@link #write(AnalyzedArticle)} goes straight to the final files: the article's quote lines, then its
 *       time lines, then its event lines, then its article line, each file's part built in memory first and handed to the file
 *       in one unbuffered write. A killed run therefore keeps every article written before it, never
 *       leaves a partial last line, and an article present in {@value #ARTICLES} has all its quotes,
 *       times and events written.</li>
 *   <li>Actors are merged across articles by id ({@link ActorRegistry}) and {@value #ACTORS} is written only
 *       by {@link #close()}; a killed run leaves it empty.</li>
 *   <li>{@value #STORIES} is written empty (no stage produces stories yet).</li>
 * </ul>
 */
public final class JsonlExporter implements Closeable {
    public static final String ARTICLES = "articles.jsonl";
    public static final String ACTORS = "actors.jsonl";
    public static final String QUOTES = "quotes.jsonl";
    public static final String TIMES = "times.jsonl";
    public static final String EVENTS = "events.jsonl";
    public static final String STORIES = "stories.jsonl";

    private final Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ContractJson json = new ContractJson(mapper);
    private final ActorRegistry actors = new ActorRegistry();
    private final OutputStream articles;
    private final OutputStream quotes;
    private final OutputStream times;
    private final OutputStream events;
    private boolean closed;

    private JsonlExporter(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        for (String name : List.of(ACTORS, STORIES)) {
            Files.write(dir.resolve(name), new byte[0]);
        }
        this.articles = truncate(ARTICLES);
        this.quotes = truncate(QUOTES);
        this.times = truncate(TIMES);
        this.events = truncate(EVENTS);
    }

    /** Creates {@code dir} if needed and empties the six contract files in it. */
    public static JsonlExporter open(Path dir) throws IOException {
        return new JsonlExporter(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Appends one article, its quotes, times and events, and remembers its actors; see the class comment. */
    public synchronized void write(AnalyzedArticle analyzed) throws IOException {
        if (closed) {
            throw new IllegalStateException("exporter for " + dir + " is closed");
        }
        writeLines(quotes, analyzed.quotes().stream().map(json::quote).toList());
        writeLines(times, analyzed.times().stream().map(json::time).toList());
        writeLines(events, analyzed.events().stream().map(json::event).toList());
        writeLines(articles, List.of(json.article(analyzed.article())));
        actors.add(analyzed.actors());
    }

    /**
     * Ends the run with the corpus stage's links instead of {@link #close()}: fills each article's
     * {@code duplicate_of} and {@code story}, points quotes and events at the corpus actors, and writes {@value #ACTORS} and
     * {@value #STORIES}. Each file is rewritten to a temporary file and moved over the old one, so a run
     * killed here keeps either the per-article files or the linked ones, never half of each.
     */
    public synchronized void finish(Corpus.Linked linked) throws IOException {
        if (closed) {
            throw new IllegalStateException("exporter for " + dir + " is closed");
        }
        closed = true;
        articles.close();
        quotes.close();
        times.close();
        events.close();
        Map<String, String> ids = linked.corpusIdOf();
        rewrite(ARTICLES, o -> {
            o.put("duplicate_of", linked.duplicates().duplicateOf().get(o.path("id").asText()));
            o.put("story", linked.storyOf().get(o.path("id").asText()));
        });
        rewrite(QUOTES, o -> relink(o.path("speaker"), ids));
        rewrite(EVENTS, o -> {
            relink(o.path("source"), ids);
            relink(o.path("target"), ids);
        });
        replace(ACTORS, linked.actors().stream().map(json::actor).toList());
        replace(STORIES, linked.stories().stream().map(story -> (ObjectNode) mapper.valueToTree(story)).toList());
    }

    private static void relink(JsonNode party, Map<String, String> ids) {
        if (party instanceof ObjectNode o && o.hasNonNull("actor")) {
            o.put("actor", ids.getOrDefault(o.get("actor").asText(), o.get("actor").asText()));
        }
    }

    private void rewrite(String name, Consumer<ObjectNode> change) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                ObjectNode o = (ObjectNode) mapper.readTree(line);
                change.accept(o);
                objects.add(o);
            }
        }
        replace(name, objects);
    }

    private void replace(String name, List<ObjectNode> objects) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writeLines(out, objects);
        }
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes {@value #ACTORS} from the merged actors and closes the files. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (articles; quotes; times; events; OutputStream actorOut = truncate(ACTORS)) {
            writeLines(actorOut, actors.all().stream().map(json::actor).toList());
        }
    }

    private OutputStream truncate(String name) throws IOException {
        return Files.newOutputStream(dir.resolve(name), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    private void writeLines(OutputStream out, List<ObjectNode> objects) throws IOException {
        if (objects.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (ObjectNode object : objects) {
            lines.append(line(object)).append('\n');
        }
        out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String line(ObjectNode object) throws JsonProcessingException {
        return mapper.writeValueAsString(object);
    }
}
