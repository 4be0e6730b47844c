package org.dateline.store;

import java.io.IOException;

/** Searching a store location that holds no index, or an index without a single article. */
public final class IndexMissingException extends IOException {
    private final String location;

    /**
     * @param location where the store looked, as a user would name it (a folder; a cluster address and index)
     * @param why      what it found there instead
     */
    public IndexMissingException(String location, String why) {
        super("no Dateline index to search in " + location + ": " + why + " (analyse articles into it first)");
        this.location = location;
    }

    public String location() {
        return location;
    }
}
