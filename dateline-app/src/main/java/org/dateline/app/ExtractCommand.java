package org.dateline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.export.ContractJson;
import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.HttpLinkFetcher;
import org.dateline.ingest.Inputs;
import org.dateline.model.Article;
import org.dateline.model.RawPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
                "Extracts articles from pages, with no language analysis.",
                "",
                "Reads pages (HTML files, .gz, WARC, RSS/Atom feeds, JSONL, text; folders are walked recursively) and extracts the article of each, without any language analysis: fast enough for a whole crawl. Prints one line per article, or with --json one JSON object per article with the article fields of the output contract, in input order. Problems with inputs go to stderr, naming the input; at the end, pages/s and MB/s."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--json", description = "One JSON object per article (the articles.jsonl fields).")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the articles to FILE instead of stdout.")
    Path out;

    @Option(names = "--fetch", description = "Download the article of a feed item that only links to it (off by default:"
            + " without it, reading never goes to the network).")
    boolean fetch;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** A page handed to the pool, with its article to come. */
    private record Pending(RawPage page, Future<Article> article) {
    }

    /** Counts of one run. */
    private static final class Tally {
        long pages;
        long bytes;
        long articles;
        long empty;
        long failed;
    }

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper();
        ContractJson contract = new ContractJson(mapper);
        ArticleExtractor extractor = new ArticleExtractor();
        Tally tally = new Tally();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "dateline-extract");
            t.setDaemon(true);
            return t;
        });
        try (Writer sink = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            PrintWriter writer = sink == null ? spec.commandLine().getOut() : new PrintWriter(sink);
            ArrayDeque<Pending> inFlight = new ArrayDeque<>();
            Inputs.read(paths, fetch ? Optional.of(new HttpLinkFetcher()) : Optional.empty(), readThreads(), page -> {
                tally.pages++;
                tally.bytes += utf8Length(page.content());
                for (String warning : page.warnings()) {
                    err.println("warning: " + page.source() + ": " + warning);
                }
                inFlight.add(new Pending(page, pool.submit(() -> extractor.extract(page))));
                if (inFlight.size() >= threads * 4) {
                    emit(inFlight.poll(), writer, err, mapper, contract, tally);
                }
            }, problem -> err.println("warning: " + problem));
            while (!inFlight.isEmpty()) {
                emit(inFlight.poll(), writer, err, mapper, contract, tally);
            }
            writer.flush();
        } finally {
            pool.shutdownNow();
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        err.printf(Locale.ROOT, "extract: %d pages, %d articles (%d without article text, %d failed) in %.2f s with %d threads:"
                        + " %.1f pages/s, %.2f MB/s of decoded page content%n", tally.pages, tally.articles, tally.empty,
                tally.failed, seconds, threads, tally.pages / seconds, tally.bytes / 1e6 / seconds);
        err.flush();
        return tally.articles == 0 ? 1 : 0;
    }

    /**
     * Reading (decompressing, decoding) a page costs a small fraction of extracting it: one reading thread
     * per four extraction threads keeps the extractors fed.
     */
    private int readThreads() {
        return (threads + 3) / 4;
    }

    private void emit(Pending pending, PrintWriter writer, PrintWriter err, ObjectMapper mapper, ContractJson contract, Tally tally) {
        Article article;
        try {
            article = pending.article().get();
        } catch (ExecutionException e) {
            tally.failed++;
            err.println("warning: " + pending.page().source() + ": extraction failed: " + e.getCause());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + pending.page().source(), e);
        }
        if (article.text().isBlank()) {
            tally.empty++;
            err.println("warning: " + pending.page().source() + ": no article text found");
            return;
        }
        tally.articles++;
        if (json) {
            try {
                writer.println(mapper.writeValueAsString(contract.article(article)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the article of " + article.source(), e);
            }
        } else {
            writer.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%d chars%n", article.source(), article.language(),
                    article.published(), article.title(), article.text().length());
        }
    }

    /** The length of {@code s} in UTF-8 bytes, without encoding it. */
    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
