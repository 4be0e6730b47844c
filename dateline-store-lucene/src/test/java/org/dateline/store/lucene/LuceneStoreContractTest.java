package org.dateline.store.lucene;

import org.dateline.store.Store;
import org.dateline.store.StoreContract;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/** {@link LuceneStore} keeps the contract of every store. */
class LuceneStoreContractTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Store create() throws IOException {
        return LuceneStore.open(dir);
    }

    @Override
    protected Store openReadOnly() throws IOException {
        return LuceneStore.openReadOnly(dir);
    }
}
