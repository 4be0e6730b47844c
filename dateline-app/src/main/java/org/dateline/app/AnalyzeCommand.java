package org.dateline.app;

import org.dateline.corpus.Corpus;
import org.dateline.export.ContractReader;
import org.dateline.export.ReportWriter;
import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.HttpLinkFetcher;
import org.dateline.model.AnalyzedArticle;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.AnalysisKey;
import org.dateline.pipeline.AnalysisRun;
import org.dateline.pipeline.AnalyzeJob;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.JsonlOutput;
import org.dateline.pipeline.OutputException;
import org.dateline.pipeline.ResultSink;
import org.dateline.pipeline.StoreOutput;
import org.dateline.store.Store;
import org.dateline.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was analysed; the output is complete",
                "1:the output was written, but some inputs (or parts of them) were skipped as unreadable or failed, each named on stderr; or no article was found",
                "2:the run did not start (bad option, missing input, unusable output folder or store); nothing changed",
                "3:the output or the store could not be written, or an internal error stopped the run; the earlier output was left as it was"},
        description = {
                "Finds actors, quotes with their speakers, times and PLOVER events in news articles, then links them across articles: copies, stories, one actor per person.",
                "",
                "Reads news (text files with optional NAME.meta.json sidecars, HTML pages, .gz, WARC crawls, RSS/Atom feeds, JSONL; folders are walked recursively), removes boilerplate, and finds actors, quotes with their speakers and time expressions. Writes articles/actors/quotes/times/events/stories.jsonl and report.html (one offline page: timeline, stories, quotes, actor network, framing) to --out and indexes articles and quotes into the store for `dateline search`. A bad input is reported on stderr, naming it; every other input is still analysed. Analysing the same input again replaces, never duplicates (ids come from content). With --append, a new batch is added to the output already in --out."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to analyse.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "dateline-out",
            description = "Folder for the JSONL output (default: ${DEFAULT-VALUE}). Its previous Dateline files are replaced (or, with --append, added to) only when the run is complete: a run that fails or is killed leaves them as they were.")
    Path out;

    @Option(names = "--append", description = "Add the inputs to the output already in --out: inputs whose article is"
            + " already there are skipped; the new articles are checked for copies of old and new ones, their actors"
            + " merged with the old actors, and they join the old stories or open new ones (old articles keep their"
            + " stories). The files are rewritten at the end; a run killed before that leaves the old output as it was."
            + " Without an output in --out, the same as a run without --append.")
    boolean append;

    @Option(names = "--store", paramLabel = "DIR|URI",
            description = "Where to index: a Lucene index folder (default: ~/.dateline/index), or opensearch://HOST:PORT/PREFIX for an OpenSearch cluster (indices PREFIX-articles, -quotes, -events; basic auth from DATELINE_OPENSEARCH_USER and DATELINE_OPENSEARCH_PASSWORD, HTTPS with DATELINE_OPENSEARCH_TLS=true).")
    String store;

    @Option(names = "--no-store", description = "Write JSONL only; do not index.")
    boolean noStore;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fetch", description = "Download the article of a feed item that only links to it"
            + " (off by default: analysis makes no network access).")
    boolean fetch;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "How long one article may take (default: ${DEFAULT-VALUE} s). Past it the article's analysis is"
                    + " stopped, the article is named on stderr as failed, and the run goes on.")
    long articleTimeout;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "" + Analyzer.DEFAULT_MIN_EVENT_CONFIDENCE, converter = CheckedValue.Confidence.class,
            description = "Keep only events of at least this confidence (default: ${DEFAULT-VALUE}; 0 keeps every one):"
                    + " the chance that a careful reader judges it a real event of the right type and source, calibrated"
                    + " on judged news (docs/events.md, \"Confidence\"): a higher threshold gives fewer events, more of them right."
                    + " A run resumed after a kill reuses its analyses only at the same thresholds (and build).")
    double minConfidence;

    @Option(names = "--min-quote-confidence", paramLabel = "X", defaultValue = "" + Analyzer.DEFAULT_MIN_QUOTE_CONFIDENCE, converter = CheckedValue.Confidence.class,
            description = "Keep only quotes of at least this confidence (default: ${DEFAULT-VALUE}; 0 keeps every quote): the"
                    + " chance that a careful reader judges it reported speech with the right speaker (docs/quotes.md,"
                    + " \"Confidence\"). Every quote carries its confidence either way; events are coded from every quote.")
    double minQuoteConfidence;

    @Option(names = {"-q", "--quiet"}, description = "No progress: without it, a bar redrawn on a terminal, or a line every 30 s when stderr goes to a log.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("dateline: no such file or folder: " + path + "; nothing was analysed and " + out
                        + " was left as it was");
                return ExitCode.USAGE;
            }
        }
        if (threads < 1) {
            err.println("dateline: --threads must be at least 1, got " + threads);
            return ExitCode.USAGE;
        }
        if (articleTimeout < 1) {
            err.println("dateline: --article-timeout must be at least 1 second, got " + articleTimeout);
            return ExitCode.USAGE;
        }
        StoreLocation storeAt;
        try {
            storeAt = StoreOption.of(store);
        } catch (IllegalArgumentException e) {
            err.println("dateline: --store: " + e.getMessage() + "; nothing was analysed");
            return ExitCode.USAGE;
        }
        boolean adding = append && ContractReader.holdsOutput(out);
        if (append && !adding) {
            err.println("dateline: no output in " + out + " to add to yet; writing a new one");
        }
        JsonlOutput files;
        try {
            AnalysisKey key = AnalysisKey.of(minConfidence, minQuoteConfidence);
            files = adding ? JsonlOutput.adding(out, key) : JsonlOutput.replacing(out, key);
        } catch (IOException e) {
            err.println("dateline: cannot use the output folder: " + e.getMessage() + "; nothing was analysed");
            return ExitCode.USAGE;
        }
        try (Store index = noStore ? null : storeAt.open()) {
            return analyze(files, index, storeAt, err, stdout);
        } catch (IOException e) {
            files.abandon();
            err.println("dateline: cannot use the store " + storeAt + ": " + e.getMessage()
                    + "; nothing was analysed and " + out + " was left as it was");
            return ExitCode.USAGE;
        }
    }

    private int analyze(JsonlOutput files, Store index, StoreLocation storeAt, PrintWriter err, PrintWriter stdout) {
        Corpus.Earlier earlier = files.earlier();
        if (!earlier.articles().isEmpty()) {
            err.println("dateline: adding to the " + earlier.articles().size() + " articles and "
                    + earlier.stories().size() + " stories in " + out);
        }
        if (files.discarded()) {
            err.println("dateline: the interrupted run in " + out + " was made by other code or settings; analysing all again");
        }
        if (!files.resumed().isEmpty()) {
            err.println("dateline: resuming an interrupted run into " + out + ": the " + files.resumed().size()
                    + " articles it analysed are reused");
        }
        List<ResultSink> sinks = index == null ? List.of(files)
                : List.of(files, new StoreOutput(index, storeAt.toString()));
        err.println("dateline: loading language models ...");
        err.flush();
        AnalyzeJob job = new AnalyzeJob(new ArticleExtractor(), analyzer(minConfidence, minQuoteConfidence),
                threads, fetch ? Optional.of(new HttpLinkFetcher()) : Optional.empty(), Duration.ofSeconds(articleTimeout));
        AnalyzeJob.Result result;
        try (Progress progress = quiet ? null : Progress.of(err)) {
            result = job.run(paths, earlier, files.resumed(), sinks, new AnalyzeJob.Listener() {
                @Override
                public void analysed(AnalyzedArticle a) {
                    if (progress != null) {
                        progress.step(a.quotes().size() + " quotes in " + shortName(a.article().source()));
                    }
                }

                @Override
                public void problem(String message) {
                    err.println((progress != null ? progress.lineStart() : "") + "warning: " + message);
                    err.flush();
                }
            });
        } catch (OutputException e) {
            err.println("\ndateline: " + e.getMessage() + "; the run was stopped"
                    + (sinks.get(0).location().equals(e.location()) ? " and " + out + " was left as it was" : "")
                    + kept(files));
            return ExitCode.WRITE_FAILED;
        } catch (RuntimeException e) {
            err.println("\ndateline: internal error, the run was stopped and " + out + " was left as it was" + kept(files)
                    + ": " + e);
            return ExitCode.WRITE_FAILED;
        } catch (OutOfMemoryError e) {
            long heap = Runtime.getRuntime().maxMemory() >> 20;
            err.println("\ndateline: out of memory (a heap of " + heap + " MB); the run was stopped and " + out
                    + " was left as it was" + kept(files) + "; give it more heap, such as DATELINE_JAVA_OPTS=-Xmx"
                    + Math.max(2, (2 * heap + 1023) / 1024) + "g");
            return ExitCode.WRITE_FAILED;
        }
        AnalysisRun.Summary summary = result.summary();
        stdout.printf(Locale.ROOT, "analysed %d articles from %d pages read in %.1f s: %d quotes, %d time expressions,"
                        + " %d events (%d skipped, %d failed, %d unreadable, %d reused from an interrupted run)%n",
                summary.articles(), summary.pages(), summary.elapsed().toMillis() / 1000.0, result.quotes(),
                result.times(), result.events(), summary.skipped(), summary.failed(), summary.unreadable(),
                summary.resumed());
        if (!result.wroteOutput()) {
            stdout.println(summary.stored() > 0
                    ? "nothing new: every article is already in " + out + ", which was left as it was"
                    : "no article found in the inputs; " + out + " was left as it was");
            return summary.stored() > 0 && !summary.incomplete() ? ExitCode.OK : ExitCode.INCOMPLETE;
        }
        Corpus.Linked linked = result.linked();
        if (!earlier.articles().isEmpty()) {
            stdout.printf(Locale.ROOT, "%d inputs skipped because their article is already in %s; %d articles there now%n",
                    summary.stored(), out, linked.articles().size());
        }
        stdout.printf(Locale.ROOT, "linked across articles: %d actors (%d merges), %d stories in %d threads%n",
                linked.actors().size(), linked.merges().size(), linked.stories().size(), linked.threads().size());
        stdout.println("wrote " + out.toAbsolutePath() + " (report: " + ReportWriter.REPORT + ")"
                + (index == null ? "" : "; indexed into " + StoreOption.describe(storeAt)));
        if (summary.incomplete()) {
            err.println("dateline: " + (summary.unreadable() + summary.failed())
                    + " inputs or parts of inputs were skipped or failed (named above); the rest was analysed");
            return ExitCode.INCOMPLETE;
        }
        return ExitCode.OK;
    }

    /** The analysis of {@code analyze} (and of batches {@code serve} ingests); loading it loads the language models. */
    static Analyzer analyzer(double minConfidence, double minQuoteConfidence) {
        return new Analyzer(Annotator.forPreset(Preset.FACTS)).withMinEventConfidence(minConfidence)
                .withMinQuoteConfidence(minQuoteConfidence);
    }

    /** What a stopped run says of the analyses it leaves to the next run into the output ({@link JsonlOutput#abandon}). */
    private String kept(JsonlOutput files) {
        return files.journaled() == 0 ? "" : "; the " + files.journaled() + " articles it analysed are kept beside it,"
                + " and the next run into " + out + " reuses them";
    }

    private static String shortName(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? source : source.substring(slash + 1);
    }
}
