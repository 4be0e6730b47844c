package org.dateline.ingest;

import org.dateline.model.RawPage;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** PLACEHOLDER: replaced by the ingest work. */
public final class Inputs {
    private Inputs() {
    }

    /**
     * Reads every input under {@code roots} (files, folders walked recursively) and hands each page to
     * {@code pages}. An input that cannot be read at all is reported to {@code problems} with a message
     * naming it, and reading goes on with the next one. Never throws for bad content.
     */
    public static void read(List<Path> roots, Consumer<RawPage> pages, Consumer<String> problems) {
        throw new UnsupportedOperationException("not built yet");
    }
}
