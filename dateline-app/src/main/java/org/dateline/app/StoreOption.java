package org.dateline.app;

import org.dateline.store.StoreLocation;
import org.dateline.store.lucene.LuceneLocation;
import org.dateline.store.opensearch.OpenSearchLocation;

import java.nio.file.Path;

/**
 * The store {@code --store} names, by the form of its value: {@code opensearch://HOST:PORT/PREFIX} is an OpenSearch
 * cluster (credentials and TLS from the environment: {@link OpenSearchLocation}), anything else a folder of the
 * embedded Lucene store; without {@code --store}, the folder {@link #DEFAULT}.
 */
final class StoreOption {
    /** {@code ~/.dateline/index}. */
    static final Path DEFAULT = Path.of(System.getProperty("user.home"), ".dateline", "index");

    private StoreOption() {
    }

    /**
     * The store {@code given} names, or the default folder when it is null.
     *
     * @throws IllegalArgumentException when an {@code opensearch://} address cannot be read; the message says why
     */
    static StoreLocation of(String given) {
        if (given == null) {
            return new LuceneLocation(DEFAULT);
        }
        if (OpenSearchLocation.names(given)) {
            return OpenSearchLocation.parse(given, System.getenv());
        }
        return new LuceneLocation(Path.of(given));
    }

    /** How a message names {@code location}: a folder as an absolute path, a cluster by its address. */
    static String describe(StoreLocation location) {
        return location instanceof LuceneLocation l ? l.folder().toAbsolutePath().toString() : location.toString();
    }
}
