package org.dateline.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.corpus.Corpus;
import org.dateline.corpus.DuplicateGroups;
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
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.Map;
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
 *       folder replaces the previous output.</li>
 *   <li>{@link #append(Path)} instead adds a batch to the output in the folder: the six files stay as they are
 *       until {@link #finish}, and the batch's lines go to staging files ({@code articles.jsonl.new}, ...) that
 *       {@link #finish} merges in. A run killed before that leaves the earlier output untouched (and its staging
 *       files, which the next {@link #append(Path)} empties).</li>
 *   <li>{@link #write(AnalyzedArticle)} goes straight to the final files: the article's quote lines, then its
 *       time lines, then its event lines, then its article line, each file's part built in memory first and handed to the file
 *       in one unbuffered write. A killed run therefore keeps every article written before it, never
 *       leaves a partial last line, and an article present in {@value #ARTICLES} has all its quotes,
 *       times and events written.</li>
 *   <li>Actors are merged across articles by id ({@link ActorRegistry}) and {@value #ACTORS} is written only
 *       by {@link #close()}; a killed run leaves it empty.</li>
 *   <li>{@value #STORIES} is written by {@link #finish}; {@link #close()} alone leaves it empty.</li>
 * </ul>
 */
public final class JsonlExporter implements Closeable {
    public static final String ARTICLES = "articles.jsonl";
    public static final String ACTORS = "actors.jsonl";
    public static final String QUOTES = "quotes.jsonl";
    public static final String TIMES = "times.jsonl";
    public static final String EVENTS = "events.jsonl";
    public static final String STORIES = "stories.jsonl";
    /** The suffix of the staging file a batch added by {@link #append(Path)} is written to before {@link #finish}. */
    private static final String STAGED = ".new";

    private final Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ContractJson json = new ContractJson(mapper);
    private final ActorRegistry actors = new ActorRegistry();
    private final OutputStream articles;
    private final OutputStream quotes;
    private final OutputStream times;
    private final OutputStream events;
    /** Whether this run adds a batch to the output in {@link #dir} ({@link #append(Path)}). */
    private final boolean appending;
    private boolean closed;

    private JsonlExporter(Path dir, boolean appending) throws IOException {
        this.dir = dir;
        this.appending = appending;
        Files.createDirectories(dir);
        if (!appending) {
            for (String name : List.of(ACTORS, STORIES)) {
                Files.write(dir.resolve(name), new byte[0]);
            }
        }
        this.articles = truncate(written(ARTICLES));
        this.quotes = truncate(written(QUOTES));
        this.times = truncate(written(TIMES));
        this.events = truncate(written(EVENTS));
    }

    /** Creates {@code dir} if needed and empties the six contract files in it. */
    public static JsonlExporter open(Path dir) throws IOException {
        return new JsonlExporter(dir, false);
    }

    /**
     * Adds a batch to the output in {@code dir}, which must hold all six contract files (an {@code analyze}
     * output, see {@link ContractReader}); its files change only in {@link #finish}, which needs the
     * {@link Corpus.Linked} of a {@link Corpus} built on that output.
     */
    public static JsonlExporter append(Path dir) throws IOException {
        for (String name : List.of(ARTICLES, ACTORS, QUOTES, TIMES, EVENTS, STORIES)) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new IOException("cannot add to " + dir + ": it has no " + name);
            }
        }
        return new JsonlExporter(dir, true);
    }

    /** The file this run's per-article lines of contract file {@code name} go to. */
    private String written(String name) {
        return appending ? name + STAGED : name;
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
        writeLines(articles, List.of(json.article(analyzed)));
        actors.add(analyzed.actors());
    }

    /**
     * Ends the run with the corpus stage's links instead of {@link #close()}: fills each article's
     * {@code duplicate_of} and {@code story}, points quotes and events at the corpus actors (by id and canonical
     * name), gives each the {@code fact} it reports (the id of the fact's first report, across articles), lists on each
     * the {@code outlets} that carried its text (the facts of a copy are dropped: its original has them),
     * and writes {@value #ACTORS} and {@value #STORIES}. Each file is rewritten to a temporary file and moved over the old one, so a run
     * killed here keeps either the per-article files or the linked ones, never half of each. When appending, the
     * earlier lines and the batch's are rewritten together, the earlier ones relinked too ({@code linked} maps
     * the earlier corpus actor ids, and an earlier article may now be a copy of a new one), and the staging
     * files are deleted last.
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
        Map<String, String> names = linked.nameOf();
        Map<String, String> duplicateOf = linked.duplicates().duplicateOf();
        Map<String, String> outletOf = new HashMap<>();
        rewrite(ARTICLES, o -> {
            String id = o.path("id").asText();
            o.put("duplicate_of", duplicateOf.get(id));
            o.put("story", linked.storyOf().get(id));
            ArrayNode actorIds = o.withArray("actors");
            List<String> relinked = new ArrayList<>();
            actorIds.forEach(a -> relinked.add(ids.getOrDefault(a.asText(), a.asText())));
            actorIds.removeAll();
            relinked.stream().distinct().forEach(actorIds::add);
            outletOf.put(id, o.path("outlet").isNull() ? null : o.path("outlet").asText());
            return true;
        });
        rewrite(QUOTES, o -> {
            relink(o.path("speaker"), ids, names);
            o.put("fact", linked.factOf().getOrDefault(o.path("id").asText(), o.path("id").asText()));
            reportedBy(o, linked.duplicates(), outletOf);
            return !duplicateOf.containsKey(o.path("article").asText());
        });
        rewrite(EVENTS, o -> {
            relink(o.path("source"), ids, names);
            relink(o.path("target"), ids, names);
            o.put("fact", linked.factOf().getOrDefault(o.path("id").asText(), o.path("id").asText()));
            reportedBy(o, linked.duplicates(), outletOf);
            return !duplicateOf.containsKey(o.path("article").asText());
        });
        replace(ACTORS, linked.actors().stream().map(json::actor).toList());
        replace(STORIES, linked.stories().stream().map(story -> (ObjectNode) mapper.valueToTree(story)).toList());
        if (appending) {
            for (String name : List.of(ARTICLES, QUOTES, TIMES, EVENTS)) {
                Files.delete(dir.resolve(written(name)));
            }
        }
    }

    /** Adds {@code outlets}: every outlet that carried the text the fact comes from, its copies included. */
    private static void reportedBy(ObjectNode fact, DuplicateGroups groups, Map<String, String> outletOf) {
        String article = fact.path("article").asText();
        Set<String> outlets = new TreeSet<>(groups.outlets().getOrDefault(groups.duplicateOf().getOrDefault(article, article),
                Set.of()));
        if (outletOf.get(article) != null) {
            outlets.add(outletOf.get(article));
        }
        ArrayNode list = fact.putArray("outlets");
        outlets.forEach(list::add);
    }

    /** Points a speaker or party at its corpus actor, by that actor's canonical name. */
    private static void relink(JsonNode party, Map<String, String> ids, Map<String, String> names) {
        if (party instanceof ObjectNode o && o.hasNonNull("actor")) {
            String id = ids.getOrDefault(o.get("actor").asText(), o.get("actor").asText());
            o.put("actor", id);
            if (names.containsKey(id)) {
                o.put("name", names.get(id));
            }
        }
    }

    /**
     * Rewrites each line of {@code name} (when appending, the earlier lines, then the batch's) by
     * {@code change}, keeping those it returns true for.
     */
    private void rewrite(String name, Predicate<ObjectNode> change) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        if (appending) {
            lines.addAll(Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8));
        }
        lines.addAll(Files.readAllLines(dir.resolve(written(name)), StandardCharsets.UTF_8));
        for (String line : lines) {
            if (!line.isBlank()) {
                ObjectNode o = (ObjectNode) mapper.readTree(line);
                if (change.test(o)) {
                    objects.add(o);
                }
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

    /**
     * Writes {@value #ACTORS} from the merged actors and closes the files; when appending, only closes the
     * staging files (the earlier output stays as it was). Idempotent.
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (articles; quotes; times; events) {
            if (!appending) {
                try (OutputStream actorOut = truncate(ACTORS)) {
                    writeLines(actorOut, actors.all().stream().map(json::actor).toList());
                }
            }
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
