package org.dateline.app;

import org.dateline.pipeline.Analyzer;
import org.dateline.server.DatelineServer;
import org.dateline.server.ServerSettings;
import org.dateline.store.IndexMissingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
                "Serves what `dateline analyze` wrote as a JSON API and a web viewer (docs/api.md).",
                "",
                "Search with facets, each article with its quotes, times and events marked in its text, actors, stories with their outlets side by side, threads. The API is described at /api/openapi.json.",
                "",
                "POST /api/ingest adds an uploaded file (pages, JSONL, WARC) as analyze --append would, one batch at a time; readers see it when it is complete. The language models are loaded by the first upload.",
                "",
                "It listens on 127.0.0.1 only, unless --bind names another address; then --token-file is required, and every API request must send the token as `Authorization: Bearer TOKEN` (reads need none with --public-read). Runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR|URI", description = "The store analyze fed: a Lucene index folder (default: ~/.dateline/index), or opensearch://HOST:PORT/PREFIX (credentials and TLS as for analyze).")
    String store;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "dateline-out", description = "The analyze --out folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ServerSettings.LOOPBACK, description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the token (one word, at least " + ServerSettings.MIN_TOKEN_CHARS + " characters) that API requests must carry; writes are refused without it.")
    Path tokenFile;

    @Option(names = "--public-read", description = "Let reads of the API through without the token (writes still need it).")
    boolean publicRead;

    @Option(names = "--max-upload", paramLabel = "MB", defaultValue = "256", description = "The largest file POST /api/ingest takes, in MiB (default: ${DEFAULT-VALUE}); a larger upload is refused with 413.")
    long maxUploadMb;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "" + Analyzer.DEFAULT_MIN_EVENT_CONFIDENCE, converter = CheckedValue.Confidence.class,
            description = "For ingested batches, as analyze --min-confidence: keep only events of at least this confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--min-quote-confidence", paramLabel = "X", defaultValue = "" + Analyzer.DEFAULT_MIN_QUOTE_CONFIDENCE, converter = CheckedValue.Confidence.class,
            description = "For ingested batches, as analyze --min-quote-confidence: keep only quotes of at least this confidence (default: ${DEFAULT-VALUE}).")
    double minQuoteConfidence;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out '" + out + "' is not a folder; give the folder"
                    + " dateline analyze --out wrote");
        }
        ServerSettings settings;
        try {
            Optional<String> token = tokenFile == null ? Optional.empty()
                    : Optional.of(ServerSettings.readToken(tokenFile));
            settings = new ServerSettings(StoreOption.of(store), out, bind, port, token, publicRead, maxUploadMb << 20);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "--token-file '" + tokenFile + "' does not exist");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        DatelineServer server;
        try {
            server = DatelineServer.start(settings, () -> AnalyzeCommand.analyzer(minConfidence, minQuoteConfidence));
        } catch (IndexMissingException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage()
                    + "; give the --store that dateline analyze fed");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                spec.commandLine().getErr().println("dateline: stopping the server: " + e.getMessage());
            }
            stopped.countDown();
        }));
        spec.commandLine().getOut().println("serving " + out.toAbsolutePath() + " and the store "
                + StoreOption.describe(settings.store()) + " at " + server.address() + " (Ctrl-C stops)");
        stopped.await();
        return ExitCode.OK;
    }
}
