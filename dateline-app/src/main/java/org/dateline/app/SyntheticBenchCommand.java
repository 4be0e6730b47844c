package org.dateline.app;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** A benchmark on a generated corpus, given its size and the seed it is generated from; prints the bench's report. */
abstract class SyntheticBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The report of the bench on {@code articles} articles generated from {@code seed}. */
    abstract String report(int articles, long seed);

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(report(articles, seed));
        return 0;
    }
}
