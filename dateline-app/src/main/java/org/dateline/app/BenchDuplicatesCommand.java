package org.dateline.app;

import org.dateline.corpus.DuplicateSettings;
import org.dateline.eval.DuplicateBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {
                "Measures near-duplicate detection on a synthetic corpus.",
                "",
                "Generates N invented articles of which 10% are planted near-copies (new title, re-wrapped lines, 5% of words changed), finds the copies with MinHash and LSH (texts given, no extraction), and prints recall and precision of the planted pairs and the seconds taken. 1,000,000 articles need about 8 GB of heap (DATELINE_JAVA_OPTS=-Xmx8g).",
                "",
                "--templated M adds M reports of five templates after them (market reports, results, weather: one text with a number every eighth word), which share their frames' band keys but are no copies of each other: the case that would cost the square of M if each were checked against all the others."})
final class BenchDuplicatesCommand extends SyntheticBenchCommand {
    @Option(names = "--templated", paramLabel = "M", defaultValue = "0",
            description = "Templated reports added after the articles (default: ${DEFAULT-VALUE}).")
    int templated;

    @Override
    String report(int articles, long seed) {
        if (templated < 0) {
            throw new IllegalArgumentException("--templated must be 0 or more, not " + templated);
        }
        return DuplicateBench.run(articles, templated, seed, DuplicateSettings.DEFAULT).format();
    }
}
