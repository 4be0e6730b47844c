package org.dateline.app;

import org.dateline.eval.StoryBench;
import picocli.CommandLine.Command;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {
                "Measures stories and threads on a synthetic stream.",
                "",
                "Generates N invented articles (500 a day) with planted threads and stories (words, persons, places, dates), assigns them to stories and threads oldest first on one thread (features, candidates from the index, similarity), and prints BCubed against the planted stories and threads, the seconds taken and the heap after the run. For 1,000,000 articles give it more heap than the default 3 GB (DATELINE_JAVA_OPTS=-Xmx8g)."})
final class BenchStoriesCommand extends SyntheticBenchCommand {
    @Override
    String report(int articles, long seed) {
        return StoryBench.run(articles, seed).format();
    }
}
