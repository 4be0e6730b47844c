package org.dateline.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.corpus.Corpus;
import org.dateline.model.AnalyzedArticle;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the JSON Lines files of the output contract (DESIGN.md) into one folder: {@value #ARTICLES},
 * {@value #ACTORS}, {@value #QUOTES}, {@value #TIMES}, {@value #EVENTS}, {@value #STORIES}, {@value #MENTIONS},
 * {@value #THREADS} (UTF-8, one object per line, see {@link ContractJson} for the fields).
 *
 * <p>Call order: {@link #open(Path)}, then {@link #write(AnalyzedArticle)} once per article (from any
 * thread), then {@link #close()}.
 * <ul>
 *   <li>{@link #open(Path)} creates the folder and truncates all eight files, so re-running into the same
 *       folder replaces the previous output.</li>
 *   <li>{@link #append(Path)} instead adds a batch to the output in the folder: its files stay as they are
 *       until {@link #finish}, and the batch's lines go to staging files ({@code articles.jsonl.new}, ...);
 *       {@link #finish} writes the eight files anew from the linked records of the earlier articles and the batch's. A run killed before that leaves the earlier output untouched (and its staging
 *       files, which the next {@link #append(Path)} empties).</li>
 *   <li>{@link #write(AnalyzedArticle)} goes straight to the final files: the article's quote lines, then its
 *       time lines, then its event lines, then its mention lines, then its article line, each file's part built in memory first and handed to the file
 *       in one unbuffered write. A killed run therefore keeps every article written before it, never
 *       leaves a partial last line, and an article present in {@value #ARTICLES} has all its quotes,
 *       times, events and mentions written.</li>
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
    public static final String MENTIONS = "mentions.jsonl";
    public static final String THREADS = "threads.jsonl";
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
    private final OutputStream mentions;
    /** Whether this run adds a batch to the output in {@link #dir} ({@link #append(Path)}). */
    private final boolean appending;
    private boolean closed;

    private JsonlExporter(Path dir, boolean appending) throws IOException {
        this.dir = dir;
        this.appending = appending;
        Files.createDirectories(dir);
        if (!appending) {
            for (String name : List.of(ACTORS, STORIES, THREADS)) {
                Files.write(dir.resolve(name), new byte[0]);
            }
        }
        this.articles = truncate(written(ARTICLES));
        this.quotes = truncate(written(QUOTES));
        this.times = truncate(written(TIMES));
        this.events = truncate(written(EVENTS));
        this.mentions = truncate(written(MENTIONS));
    }

    /** Creates {@code dir} if needed and empties the contract files in it. */
    public static JsonlExporter open(Path dir) throws IOException {
        return new JsonlExporter(dir, false);
    }

    /**
     * Adds a batch to the output in {@code dir}, which must hold the contract files other than {@value #MENTIONS}
     * (an {@code analyze} output, see {@link ContractReader}); its files change only in {@link #finish}, which needs the
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

    /** Appends one article, its quotes, times, events and mentions, and remembers its actors; see the class comment. */
    public synchronized void write(AnalyzedArticle analyzed) throws IOException {
        if (closed) {
            throw new IllegalStateException("exporter for " + dir + " is closed");
        }
        writeLines(quotes, analyzed.quotes().stream().map(json::quote).toList());
        writeLines(times, analyzed.times().stream().map(json::time).toList());
        writeLines(events, analyzed.events().stream().map(json::event).toList());
        writeLines(mentions, analyzed.mentions().stream().map(json::mention).toList());
        writeLines(articles, List.of(json.article(analyzed)));
        actors.add(analyzed.actors());
    }

    /**
     * Ends the run with the corpus stage's links instead of {@link #close()}: replaces the per-article files
     * with {@code linked}'s records as they are ({@link Corpus.Linked#articles()}, in that order: each file has
     * its lines grouped by article), and writes {@value #ACTORS}, {@value #STORIES} and {@value #THREADS}. Each file is written to a
     * temporary file and moved over the old one, so a run killed here keeps either the per-article files or
     * the linked ones, never half of each. When appending, {@code linked} holds the earlier articles too (a
     * {@link Corpus} built on the earlier output), and the staging files are deleted last.
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
        mentions.close();
        List<AnalyzedArticle> all = linked.articles();
        replace(ARTICLES, all.stream().map(json::article));
        replace(QUOTES, all.stream().flatMap(a -> a.quotes().stream()).map(json::quote));
        replace(TIMES, all.stream().flatMap(a -> a.times().stream()).map(json::time));
        replace(EVENTS, all.stream().flatMap(a -> a.events().stream()).map(json::event));
        replace(MENTIONS, all.stream().flatMap(a -> a.mentions().stream()).map(json::mention));
        replace(ACTORS, linked.actors().stream().map(json::actor));
        replace(STORIES, linked.stories().stream().map(json::story));
        replace(THREADS, linked.threads().stream().map(json::thread));
        if (appending) {
            for (String name : List.of(ARTICLES, QUOTES, TIMES, EVENTS, MENTIONS)) {
                Files.delete(dir.resolve(written(name)));
            }
        }
    }

    private void replace(String name, Stream<ObjectNode> objects) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            streamLines(out, objects);
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
        try (articles; quotes; times; events; mentions) {
            if (!appending) {
                try (OutputStream actorOut = truncate(ACTORS)) {
                    streamLines(actorOut, actors.all().stream().map(json::actor));
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

    /**
     * Writes {@code objects} to {@code out} a line at a time through a buffer, so that no file is ever held whole in
     * memory (a file of a large output passes the most characters one string can hold); the lines' bytes are those
     * {@link #writeLines} writes. For a file that becomes visible only when complete.
     */
    private void streamLines(OutputStream out, Stream<ObjectNode> objects) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        for (Iterator<ObjectNode> it = objects.iterator(); it.hasNext(); ) {
            buffered.write(line(it.next()).getBytes(StandardCharsets.UTF_8));
            buffered.write('\n');
        }
        buffered.flush();
    }

    private String line(ObjectNode object) throws JsonProcessingException {
        return mapper.writeValueAsString(object);
    }
}
