package org.dateline.ingest;

import org.dateline.model.RawPage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@link Inputs#read(List, java.util.function.Consumer, java.util.function.Consumer)} hands out for some inputs, in order. */
record ReadResult(List<RawPage> pages, List<String> problems) {
    /** Reads {@code roots} with one thread. */
    static ReadResult of(Path... roots) {
        List<RawPage> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Inputs.read(List.of(roots), pages::add, problems::add);
        return new ReadResult(List.copyOf(pages), List.copyOf(problems));
    }
}
