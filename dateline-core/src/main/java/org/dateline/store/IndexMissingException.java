package org.dateline.store;

import java.io.IOException;
import java.nio.file.Path;

/** Searching a store location that holds no index, or an index without a single article. */
public final class IndexMissingException extends IOException {
    private final Path location;

    public IndexMissingException(Path location, String why) {
        super("no Dateline index to search in " + location + ": " + why
                + " (analyse articles into it first, e.g. dateline analyze --store " + location + ")");
        this.location = location;
    }

    public Path location() {
        return location;
    }
}
