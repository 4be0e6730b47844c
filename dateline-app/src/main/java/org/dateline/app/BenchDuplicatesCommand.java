package org.dateline.app;

import org.dateline.eval.DuplicateBench;
import picocli.CommandLine.Command;

@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {
                "Measures near-duplicate detection on a synthetic corpus.",
                "",
                "Generates N invented articles of which 10% are planted near-copies (new title, re-wrapped lines, 5% of words changed), finds the copies with MinHash and LSH (texts given, no extraction), and prints recall and precision of the planted pairs and the seconds taken. 1,000,000 articles need about 8 GB of heap (DATELINE_JAVA_OPTS=-Xmx8g)."})
final class BenchDuplicatesCommand extends SyntheticBenchCommand {
    @Override
    String report(int articles, long seed) {
        return DuplicateBench.run(articles, seed).format();
    }
}
