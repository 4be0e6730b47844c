package org.dateline.store;

import java.io.IOException;

/**
 * Where a {@link Store} lives, able to open it: a folder of the embedded store, an index prefix on a cluster. Its
 * {@code toString()} names it as a user would write it (never with a password).
 */
public interface StoreLocation {
    /** Opens the store for writing and searching, creating it when it does not exist yet. */
    Store open() throws IOException;

    /**
     * Opens the existing store for searching only.
     *
     * @throws IndexMissingException when there is no store here; the message names the location
     */
    Store openReadOnly() throws IOException;
}
