package org.dateline.app;

import org.dateline.export.GdeltExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
                "Converts the output of `dateline analyze` for other tools.",
                "--format gdelt writes a GDELT 2.0 event table (tab-separated, the 61 GDELT columns with a",
                "header line): one row per distinct event with a CAMEO code, actors coded by country and",
                "sector; columns Dateline cannot fill (Goldstein, tone, coordinates) stay empty."})
final class ExportCommand implements Callable<Integer> {
    /** The formats {@code --format} takes. */
    enum Format { gdelt }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Mixin
    OutputFolderOption input;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: DIR/events.gdelt.tsv).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path in = input.folder();
        Path target = out != null ? out : in.resolve("events.gdelt.tsv");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        GdeltExporter.Summary s = new GdeltExporter().export(in, target, now);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%d rows from %d events (%d without a CAMEO code) -> %s%n", s.rows(), s.events(), s.skipped(), target);
        return 0;
    }
}
