package org.dateline.app;

import org.dateline.corpus.Corpus;
import org.dateline.eval.LinkBench;
import org.dateline.export.ContractReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "linking", mixinStandardHelpOptions = true,
        description = {
                "Measures the corpus stage as an output grows.",
                "",
                "Reads an analyze output, takes its articles K times (the first time as they are; each further copy with about half of its words changed, each the same way throughout the copy, the actors and their mentions kept: the same people in another day's news), links them anew as relink does (copies, corpus actors, stories, threads, the facts of one statement) on one thread, and prints the seconds taken, per article, and the heap after. Each K is its own run, in the order given. The first run includes the JIT's warm-up. 16 copies of 1,584 articles fit in the default 3 GB heap; give larger ones more (DATELINE_JAVA_OPTS=-Xmx8g)."})
final class BenchLinkingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputFolderOption input;

    @Option(names = "--copies", paramLabel = "K", split = ",", defaultValue = "1,4,16",
            description = "How many times the output's articles are taken, one run each (default: ${DEFAULT-VALUE}).")
    List<Integer> copies;

    @Override
    public Integer call() {
        if (copies.stream().anyMatch(k -> k < 1)) {
            spec.commandLine().getErr().println("dateline bench linking: --copies must be 1 or more");
            return 2;
        }
        Corpus.Earlier output;
        try {
            output = new ContractReader().read(input.folder());
        } catch (IOException e) {
            spec.commandLine().getErr().println("dateline bench linking: cannot read the output in " + input.folder()
                    + ": " + e.getMessage());
            return 2;
        }
        if (output.articles().isEmpty()) {
            spec.commandLine().getErr().println("dateline bench linking: " + input.folder() + " holds no article");
            return 2;
        }
        for (int k : copies) {
            spec.commandLine().getOut().println(LinkBench.run(output, k).format());
        }
        return 0;
    }
}
