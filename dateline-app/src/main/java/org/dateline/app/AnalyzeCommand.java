package org.dateline.app;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dateline.corpus.Corpus;
import org.dateline.export.ContractReader;
import org.dateline.export.JsonlExporter;
import org.dateline.export.ReportWriter;
import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.HttpLinkFetcher;
import org.dateline.model.AnalyzedArticle;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.AnalysisRun;
import org.dateline.pipeline.Analyzer;
import org.dateline.store.lucene.LuceneStore;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

@Command(name = "analyze", mixinStandardHelpOptions = true,
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
            description = "Folder for the JSONL output (default: ${DEFAULT-VALUE}); its previous files are replaced unless --append.")
    Path out;

    @Option(names = "--append", description = "Add the inputs to the output already in --out: inputs whose article is"
            + " already there are skipped; the new articles are checked for copies of old and new ones, their actors"
            + " merged with the old actors, and they join the old stories or open new ones (old articles keep their"
            + " stories). The files are rewritten at the end; a run killed before that leaves the old output as it was."
            + " Without an output in --out, the same as a run without --append.")
    boolean append;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Lucene index folder (default: ~/.dateline/index).")
    Path store;

    @Option(names = "--no-store", description = "Write JSONL only; do not index.")
    boolean noStore;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fetch", description = "Download the article of a feed item that only links to it"
            + " (off by default: analysis makes no network access).")
    boolean fetch;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path storeDir = StoreLocation.orDefault(store);
        err.println("dateline: loading language models ...");
        err.flush();
        Analyzer analyzer = new Analyzer(Annotator.forPreset(Preset.FACTS));
        boolean adding = append && ContractReader.holdsOutput(out);
        Corpus.Earlier earlier = adding ? new ContractReader().read(out) : Corpus.Earlier.NONE;
        if (append && !adding) {
            err.println("dateline: no output in " + out + " to add to yet; writing a new one");
        }
        if (adding) {
            err.println("dateline: adding to the " + earlier.articles().size() + " articles and "
                    + earlier.stories().size() + " stories in " + out);
        }
        Set<String> stored = earlier.articles().stream().map(a -> a.article().id()).collect(Collectors.toSet());
        Corpus corpus = new Corpus(earlier);
        Corpus.Linked linked;
        AtomicInteger quotes = new AtomicInteger();
        AtomicInteger times = new AtomicInteger();
        AnalysisRun.Summary summary;
        try (JsonlExporter exporter = adding ? JsonlExporter.append(out) : JsonlExporter.open(out);
             Store index = noStore ? null : LuceneStore.open(storeDir);
             ProgressBar bar = progressBar()) {
            Thread flushOnKill = new Thread(() -> commitQuietly(index), "dateline-commit-on-exit");
            Runtime.getRuntime().addShutdownHook(flushOnKill);
            summary = new AnalysisRun(new ArticleExtractor(), analyzer, threads,
                    fetch ? Optional.of(new HttpLinkFetcher()) : Optional.empty()).run(paths, stored, (AnalyzedArticle a) -> {
                corpus.add(a);
                try {
                    exporter.write(a);
                    if (index != null) {
                        index.put(a);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write results of " + a.article().source(), e);
                }
                quotes.addAndGet(a.quotes().size());
                times.addAndGet(a.times().size());
                if (bar != null) {
                    bar.step();
                    bar.setExtraMessage(a.quotes().size() + " quotes in " + shortName(a.article().source()));
                }
            }, problem -> {
                // the bar redraws its line without ending it: a warning starts on a line of its own
                err.println((bar != null ? "\n" : "") + "warning: " + problem);
                err.flush();
            });
            Runtime.getRuntime().removeShutdownHook(flushOnKill);
            linked = corpus.link();
            exporter.finish(linked);
            if (index != null) {
                for (AnalyzedArticle a : corpus.relinked(linked)) {
                    index.put(a);
                }
            }
        }
        ReportWriter.write(out);
        stdout.printf(Locale.ROOT, "analysed %d articles from %d inputs in %.1f s: %d quotes, %d time expressions"
                        + " (%d skipped, %d failed)%n", summary.articles(), summary.pages(),
                summary.elapsed().toMillis() / 1000.0, quotes.get(), times.get(), summary.skipped(), summary.failed());
        if (adding) {
            stdout.printf(Locale.ROOT, "%d inputs skipped because their article is already in %s; %d articles there now%n",
                    summary.stored(), out, linked.storyOf().size());
        }
        stdout.printf(Locale.ROOT, "linked across articles: %d actors (%d merges), %d stories%n",
                linked.actors().size(), linked.merges().size(), linked.stories().size());
        stdout.println("wrote " + out.toAbsolutePath() + " (report: " + ReportWriter.REPORT + ")" + (noStore ? "" : "; indexed into " + storeDir.toAbsolutePath()));
        return summary.articles() == 0 && summary.stored() == 0 ? 1 : 0;
    }

    private ProgressBar progressBar() {
        if (quiet) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("analyze").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    private static void commitQuietly(Store index) {
        if (index == null) {
            return;
        }
        try {
            index.commit();
        } catch (IOException | RuntimeException e) {
            System.err.println("dateline: could not commit the index on exit: " + e.getMessage());
        }
    }

    private static String shortName(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? source : source.substring(slash + 1);
    }
}
