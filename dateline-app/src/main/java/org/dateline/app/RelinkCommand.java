package org.dateline.app;

import org.dateline.corpus.Corpus;
import org.dateline.export.ContractReader;
import org.dateline.export.ReportWriter;
import org.dateline.pipeline.AnalysisKey;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.JsonlOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "relink", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the output was written",
                "2:--in holds no readable output; nothing was written",
                "3:--out could not be written; it was left as it was"},
        description = {"Links the articles of an analyze output again, without analysing them again: copies, stories and threads"
                + " are found anew, as a run of this version would find them (after an upgrade that changes linking); the corpus"
                + " actors are kept and may only be merged further. Writes a complete output folder (report included) to --out, which may be --in; the store is not changed (the"
                + " story and thread ids it holds are those of the run that indexed it)."})
final class RelinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputFolderOption input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the relinked output.")
    Path out;

    @Override
    public Integer call() {
        Corpus.Earlier earlier;
        try {
            earlier = new ContractReader().read(input.folder());
        } catch (IOException e) {
            spec.commandLine().getErr().println("dateline: cannot read the output in " + input.folder() + ": "
                    + e.getMessage() + "; nothing was written");
            return ExitCode.USAGE;
        }
        Corpus.Linked linked = new Corpus(earlier.unlinked()).link();
        try {
            // relinking analyses nothing: its journal holds no analysis to reuse, whatever its key
            JsonlOutput.replacing(out, AnalysisKey.of(Analyzer.DEFAULT_MIN_EVENT_CONFIDENCE,
                    Analyzer.DEFAULT_MIN_QUOTE_CONFIDENCE)).complete(linked);
        } catch (IOException e) {
            spec.commandLine().getErr().println("dateline: cannot write " + out + ": " + e.getMessage()
                    + "; it was left as it was");
            return ExitCode.WRITE_FAILED;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "relinked %d articles: %d actors, %d stories, %d threads; wrote %s (report: %s)%n",
                linked.articles().size(), linked.actors().size(), linked.stories().size(), linked.threads().size(), out.toAbsolutePath(),
                ReportWriter.REPORT);
        return ExitCode.OK;
    }
}
