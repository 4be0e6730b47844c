package org.dateline.app;

import org.dateline.store.Store;
import org.dateline.store.lucene.LuceneStore;
import org.dateline.store.opensearch.OpenSearchLocation;
import org.dateline.store.opensearch.OpenSearchStore;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the command line keeps its store, as {@code --store} names it: a folder (the embedded Lucene store) or
 * {@code opensearch://HOST:PORT/PREFIX} (an OpenSearch cluster, credentials and TLS from the environment: see
 * {@link OpenSearchLocation}); {@link #DEFAULT} without {@code --store}. Exactly one of the two is set.
 *
 * @param folder  the Lucene index folder, or null
 * @param cluster the OpenSearch cluster and index prefix, or null
 */
record StoreLocation(Path folder, OpenSearchLocation cluster) {
    /** {@code ~/.dateline/index}. */
    static final Path DEFAULT = Path.of(System.getProperty("user.home"), ".dateline", "index");

    StoreLocation {
        if ((folder == null) == (cluster == null)) {
            throw new IllegalArgumentException("a store is a folder or a cluster");
        }
    }

    /**
     * The store {@code given} names, or the default folder when it is null (no {@code --store}).
     *
     * @throws IllegalArgumentException when an {@code opensearch://} address cannot be read; the message says why
     */
    static StoreLocation of(String given) {
        if (given == null) {
            return new StoreLocation(DEFAULT, null);
        }
        if (OpenSearchLocation.names(given)) {
            return new StoreLocation(null, OpenSearchLocation.parse(given, System.getenv()));
        }
        return new StoreLocation(Path.of(given), null);
    }

    /** Opens the store for writing and searching (creating it when it does not exist yet). */
    Store open() throws IOException {
        return folder != null ? LuceneStore.open(folder) : OpenSearchStore.open(cluster);
    }

    /** Opens the existing store for searching only. */
    Store openReadOnly() throws IOException {
        return folder != null ? LuceneStore.openReadOnly(folder) : OpenSearchStore.openReadOnly(cluster);
    }

    /** The folder as an absolute path, or the cluster address. */
    @Override
    public String toString() {
        return folder != null ? folder.toAbsolutePath().toString() : cluster.toString();
    }
}
