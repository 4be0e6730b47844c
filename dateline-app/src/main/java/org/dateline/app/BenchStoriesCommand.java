package org.dateline.app;

import org.dateline.eval.StoryBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {
                "Measures stories and threads on a synthetic stream.",
                "",
                "Generates N invented articles (500 a day) with planted threads and stories (words, persons, places, dates), assigns them to stories and threads oldest first on one thread (features, candidates from the index, similarity), and prints BCubed against the planted stories and threads, the seconds taken and the heap after the run. 1,000,000 articles need about 8 GB of heap (DATELINE_JAVA_OPTS=-Xmx8g)."})
final class BenchStoriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Stream size (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(StoryBench.run(articles, seed).format());
        return 0;
    }
}
