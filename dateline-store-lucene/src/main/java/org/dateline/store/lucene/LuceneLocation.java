package org.dateline.store.lucene;

import org.dateline.store.StoreLocation;

import java.io.IOException;
import java.nio.file.Path;

/** A {@link LuceneStore}'s folder. */
public record LuceneLocation(Path folder) implements StoreLocation {
    @Override
    public LuceneStore open() throws IOException {
        return LuceneStore.open(folder);
    }

    @Override
    public LuceneStore openReadOnly() throws IOException {
        return LuceneStore.openReadOnly(folder);
    }

    /** The folder as given. */
    @Override
    public String toString() {
        return folder.toString();
    }
}
