package org.dateline.app;

import org.dateline.corpus.BlockedThreads;
import org.dateline.eval.StoryBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {
                "Measures stories and threads on a synthetic stream.",
                "",
                "Generates N invented articles (500 a day) with planted threads and stories (words, persons, places, dates), assigns them to stories and threads oldest first on one thread (features, candidates from the index, similarity), and prints BCubed against the planted stories and threads, the seconds taken and the heap after the run. For 1,000,000 articles give it more heap than the default 3 GB (DATELINE_JAVA_OPTS=-Xmx8g)."})
final class BenchStoriesCommand extends SyntheticBenchCommand {
    @Option(names = "--blocked", description = "Assign the stories also by blocks of a week and the threads by blocks of "
            + "stories, as a distributed run would (docs/scale.md, 'Stories and threads by blocks'), and print both runs "
            + "against the planted stories and threads and the blocked run against the local one, in place of the "
            + "timings.")
    boolean blocked;

    @Option(names = "--thread-block-cap", paramLabel = "N", description = "With --blocked: the most articles in a block "
            + "of threads (default: ${DEFAULT-VALUE}).")
    int cap = BlockedThreads.CAP;

    @Override
    String report(int articles, long seed) {
        return blocked ? StoryBench.blocked(articles, seed, cap).format() : StoryBench.run(articles, seed).format();
    }
}
