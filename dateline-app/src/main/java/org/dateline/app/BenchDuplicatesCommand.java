package org.dateline.app;

import org.dateline.eval.DuplicateBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {
                "Measures near-duplicate detection on a synthetic corpus.",
                "",
                "Generates N invented articles of which 10% are planted near-copies (new title, re-wrapped lines, 5% of words changed), finds the copies with MinHash and LSH (texts given, no extraction), and prints recall and precision of the planted pairs and the seconds taken. 1,000,000 articles need about 8 GB of heap (DATELINE_JAVA_OPTS=-Xmx8g)."})
final class BenchDuplicatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SyntheticCorpusOptions corpus;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(DuplicateBench.run(corpus.articles, corpus.seed).format());
        return 0;
    }
}
