package org.dateline.app;

import picocli.CommandLine.Option;

/** The options of a benchmark on a generated corpus: its size and the seed it is generated from. */
final class SyntheticCorpusOptions {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;
}
