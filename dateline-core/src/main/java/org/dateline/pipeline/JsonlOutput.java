package org.dateline.pipeline;

import org.dateline.corpus.Corpus;
import org.dateline.export.ContractReader;
import org.dateline.export.JsonlExporter;
import org.dateline.export.OutputFolder;
import org.dateline.export.ReportWriter;
import org.dateline.model.AnalyzedArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output contract's files and {@code report.html} in an output folder, written so that the folder changes
 * only when a run is complete. Everything goes to a staging folder beside it ({@code .NAME.partial}); {@link
 * #complete} writes the linked files and the report there, then moves each file over the folder's own. A run
 * that fails or is killed before that leaves the folder as it was. A killed run leaves the staging folder too, and a
 * run stopped by an error leaves there the analyses it journaled ({@link #abandon}); the next run into the same folder
 * reuses them ({@link #resumed}) when the same code made them with the same settings (its {@link AnalysisKey}), and
 * then deletes the staging folder. Files in the folder that are not Dateline's are left alone.
 */
public final class JsonlOutput implements ResultSink {
    /** Every file a run writes, in the order {@link #complete} moves them into place. */
    private static final List<String> FILES = List.of(JsonlExporter.ACTORS, JsonlExporter.QUOTES, JsonlExporter.TIMES,
            JsonlExporter.EVENTS, JsonlExporter.STORIES, JsonlExporter.MENTIONS, JsonlExporter.ARTICLES,
            JsonlExporter.THREADS, ReportWriter.REPORT);
    /**
     * The files an earlier output must hold to have a batch added to it ({@value JsonlExporter#MENTIONS} and
     * {@value JsonlExporter#THREADS} are read when there, so an output written before they existed can still be added to).
     */
    private static final List<String> CONTRACT = List.of(JsonlExporter.ACTORS, JsonlExporter.QUOTES,
            JsonlExporter.TIMES, JsonlExporter.EVENTS, JsonlExporter.STORIES, JsonlExporter.ARTICLES);

    private final Path out;
    private final Staging staging;
    private final Corpus.Earlier earlier;
    private final JsonlExporter exporter;
    private final ResumeJournal journal;
    private int journaled;

    private JsonlOutput(Path out, Staging staging, Corpus.Earlier earlier, JsonlExporter exporter, AnalysisKey key)
            throws IOException {
        this.out = out;
        this.staging = staging;
        this.earlier = earlier;
        this.exporter = exporter;
        this.journal = new ResumeJournal(staging.dir(), key);
    }

    /**
     * The staging folder of a run, and what the run before it into the same output analysed and journaled before it
     * was killed ({@link ResumeJournal}): empty when that was made by other code or settings.
     */
    private record Staging(Path dir, Optional<Map<String, AnalyzedArticle>> journaled) {
    }

    /**
     * An output that replaces the Dateline files in {@code out} when the run completes, of analyses made as {@code
     * key} says.
     *
     * @throws IOException naming the path, when {@code out} is not a folder or nothing can be written beside it
     */
    public static JsonlOutput replacing(Path out, AnalysisKey key) throws IOException {
        Staging staging = stage(out, key);
        return new JsonlOutput(out, staging, Corpus.Earlier.NONE, open(staging.dir(), JsonlExporter::open), key);
    }

    /**
     * An output that adds a batch to the output already in {@code out} ({@link ContractReader#holdsOutput}): the
     * earlier files are copied to the staging folder and the batch is added there.
     *
     * @throws IOException naming the path, as for {@link #replacing}, or the file and line of the earlier output
     *                     that cannot be read
     */
    public static JsonlOutput adding(Path out, AnalysisKey key) throws IOException {
        Corpus.Earlier earlier = new ContractReader().read(out);
        Staging staging = stage(out, key);
        try {
            for (String name : CONTRACT) {
                Files.copy(out.resolve(name), staging.dir().resolve(name));
            }
        } catch (IOException e) {
            deleteQuietly(staging.dir());
            throw new IOException("cannot copy the output in " + out + " to " + staging.dir() + ": " + e.getMessage(), e);
        }
        return new JsonlOutput(out, staging, earlier, open(staging.dir(), JsonlExporter::append), key);
    }

    /** The earlier output's articles, actors and stories this run adds to ({@link Corpus.Earlier#NONE} if none). */
    public Corpus.Earlier earlier() {
        return earlier;
    }

    /**
     * The analyses an interrupted run into this output left in its staging folder, by article id: a run that reuses
     * them ({@link AnalyzeJob#run}) writes what the interrupted run would have written. Empty when the last run ended,
     * or when the interrupted run was made by other code or settings ({@link #discarded}).
     */
    public Map<String, AnalyzedArticle> resumed() {
        return staging.journaled().orElse(Map.of());
    }

    /**
     * Whether an interrupted run into this output journaled analyses under another {@link AnalysisKey} (other code or
     * settings, or a journal from before keys), so none of them is reused.
     */
    public boolean discarded() {
        return staging.journaled().isEmpty();
    }

    @Override
    public String location() {
        return out.toString();
    }

    @Override
    public void add(AnalyzedArticle analyzed) throws IOException {
        exporter.write(analyzed);
        journal.add(analyzed);
        journaled++;
    }

    /** The analyses this run has journaled so far: those a run stopped now leaves to the next ({@link #abandon}). */
    public int journaled() {
        return journaled;
    }

    @Override
    public void complete(Corpus.Linked linked) throws IOException {
        exporter.finish(linked);
        journal.close();
        ReportWriter.write(staging.dir(), OutputFolder.of(linked)); // the records just written, not read again
        publish();
        deleteQuietly(staging.dir());
    }

    /**
     * Moves the staged files over the folder's, each in one atomic rename; the folder's earlier files are moved
     * aside first and back if a later move fails, so the folder ends with the whole old output or the whole new one.
     */
    private void publish() throws IOException {
        Files.createDirectories(out);
        Path previous = Files.createDirectories(staging.dir().resolve(".previous"));
        List<String> replaced = new ArrayList<>();
        try {
            for (String name : FILES) {
                if (Files.exists(out.resolve(name))) {
                    Files.move(out.resolve(name), previous.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
                replaced.add(name);
                Files.move(staging.dir().resolve(name), out.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            for (int i = replaced.size() - 1; i >= 0; i--) {
                String name = replaced.get(i);
                if (Files.exists(previous.resolve(name))) {
                    Files.move(previous.resolve(name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(out.resolve(name));
                }
            }
            throw e;
        }
    }

    /**
     * Closes the staged files and leaves the output folder as it was. The analyses journaled so far stay in the staging
     * folder and the rest of it goes, so that the next run into the same output reuses them as it would after a kill:
     * a run stopped by an error after hours of analysis (the heap running out while linking, a disk full while
     * writing) loses none of it. A run that journaled nothing leaves no staging folder.
     */
    @Override
    public void abandon() {
        try (journal) {
            exporter.close();
        } catch (IOException | RuntimeException e) {
            // the staged files go anyway
        }
        if (journaled == 0) {
            deleteQuietly(staging.dir());
            return;
        }
        try (Stream<Path> staged = Files.list(staging.dir())) {
            staged.filter(p -> !p.getFileName().toString().equals(ResumeJournal.FILE)).forEach(JsonlOutput::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // what is left is deleted by the next run into the output, after it has read the journal
        }
    }

    /**
     * Checks {@code out} and makes an empty staging folder beside it, after reading the journal a killed run left in
     * it.
     */
    private static Staging stage(Path out, AnalysisKey key) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException(out + " is not a folder");
        }
        for (String name : FILES) {
            if (Files.exists(out.resolve(name)) && !Files.isRegularFile(out.resolve(name))) {
                throw new IOException(out.resolve(name) + " is not a file; Dateline writes its output there");
            }
        }
        Path absolute = out.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new IOException(out + " cannot be an output folder (a file system root)");
        }
        Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        Optional<Map<String, AnalyzedArticle>> resumed = ResumeJournal.read(staging, key);
        deleteQuietly(staging);
        try {
            return new Staging(Files.createDirectories(staging), resumed);
        } catch (IOException e) {
            throw new IOException("cannot write beside " + out + " (the staging folder " + staging + "): " + e, e);
        }
    }

    private interface ExporterOpener {
        JsonlExporter open(Path dir) throws IOException;
    }

    private static JsonlExporter open(Path staging, ExporterOpener opener) throws IOException {
        try {
            return opener.open(staging);
        } catch (IOException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a staging folder left behind is deleted by the next run
        }
    }
}
