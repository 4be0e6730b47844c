package org.dateline.store.opensearch;

import org.dateline.store.Store;
import org.dateline.store.StoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link OpenSearchStore} keeps the contract of every store, on a real node; each test gets its own indices. */
class OpenSearchStoreContractTest extends StoreContract {
    private static final AtomicInteger STORES = new AtomicInteger();
    @TempDir
    static Path home;
    private static TestNode node;
    private OpenSearchLocation location;

    @BeforeAll
    static void startNode() {
        node = TestNode.single(home);
    }

    @AfterAll
    static void stopNode() throws IOException {
        node.close();
    }

    @Override
    protected Store create() throws IOException {
        location = node.location("contract-" + STORES.incrementAndGet(), 1, 0);
        return OpenSearchStore.open(location);
    }

    @Override
    protected Store openReadOnly() throws IOException {
        return OpenSearchStore.openReadOnly(location);
    }
}
