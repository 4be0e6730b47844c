package org.dateline.app;

import java.nio.file.Path;

/** Where the command line keeps its store: the folder {@code --store} names, else {@link #DEFAULT}. */
final class StoreLocation {
    /** {@code ~/.dateline/index}. */
    static final Path DEFAULT = Path.of(System.getProperty("user.home"), ".dateline", "index");

    private StoreLocation() {
    }

    /** {@code given}, or {@link #DEFAULT} when it is null (no {@code --store}). */
    static Path orDefault(Path given) {
        return given != null ? given : DEFAULT;
    }
}
