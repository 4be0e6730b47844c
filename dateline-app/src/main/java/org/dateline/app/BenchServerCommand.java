package org.dateline.app;

import org.dateline.eval.ServerBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "server", mixinStandardHelpOptions = true,
        description = {
                "Measures dateline serve's HTTP API: search latency on a large synthetic record, and a load test while a batch is ingested.",
                "",
                "Writes N synthetic analysed articles (quotes, events, actors, stories, threads; no language analysis) as an output folder and a store, serves them on the loopback and sends 1,000 varied searches with facets one after another (after 200 warm-up ones): p50 and p95 of their time.",
                "",
                "Then, given a --batch (by default ../shared/benchmarks/story-clustering/news-cluster-dev/articles.jsonl when it is there): 16 clients send 10,000 requests while the batch is uploaded to POST /api/ingest and analysed onto a record of --load-articles synthetic ones; prints the failed requests (there must be none) and whether the counts served after it equal those of analyze --append of the same batch onto the same record. Exit code 1 when a request failed or the counts differ. For 1,000,000 articles give it more heap (DATELINE_JAVA_OPTS=-Xmx12g)."})
final class BenchServerCommand implements Callable<Integer> {
    private static final Path DEFAULT_BATCH = Path.of("../shared/benchmarks/story-clustering/news-cluster-dev/articles.jsonl");

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Synthetic articles for the latency (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--load-articles", paramLabel = "N", defaultValue = "2000", description = "Synthetic articles the batch is added to in the load test (default: ${DEFAULT-VALUE}).")
    int loadArticles;

    @Option(names = "--batch", paramLabel = "PATH", description = "The real articles ingested during the load test (any input analyze reads).")
    Path batch;

    @Option(names = "--no-load", description = "Measure the latency only.")
    boolean noLoad;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the records are written (default: a temporary folder, deleted at the end).")
    Path work;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path ingest = batch != null ? batch : Files.exists(DEFAULT_BATCH) ? DEFAULT_BATCH : null;
        if (articles < 1 || loadArticles < 1) {
            err.println("dateline bench server: --articles and --load-articles must be at least 1");
            return ExitCode.USAGE;
        }
        if (ingest != null && !Files.exists(ingest)) {
            err.println("dateline bench server: no such batch: " + ingest);
            return ExitCode.USAGE;
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dateline-bench-server");
        try {
            ServerBench.Latency latency = ServerBench.latency(articles, seed, dir.resolve("latency"), ServerBench.QUERIES,
                    err::println);
            out.println(latency.format());
            out.flush();
            if (noLoad || ingest == null) {
                if (!noLoad) {
                    err.println("dateline bench server: no --batch and no " + DEFAULT_BATCH + ": load test skipped");
                }
                return latency.failed() == 0 ? ExitCode.OK : ExitCode.INCOMPLETE;
            }
            ServerBench.Load load = ServerBench.load(loadArticles, seed, ingest, dir.resolve("load"), err::println);
            out.println(load.format());
            return latency.failed() == 0 && load.failed() == 0 && load.countsEqual() ? ExitCode.OK : ExitCode.INCOMPLETE;
        } finally {
            if (work == null) {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
