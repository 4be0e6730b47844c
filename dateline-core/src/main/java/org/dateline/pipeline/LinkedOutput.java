package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;

/**
 * A sink that writes the linked records only, all of them in {@link #complete}: it holds nothing before, so
 * abandoning it drops nothing.
 */
public abstract class LinkedOutput implements ResultSink {
    private final String location;

    protected LinkedOutput(String location) {
        this.location = location;
    }

    @Override
    public final String location() {
        return location;
    }

    @Override
    public final void add(AnalyzedArticle analyzed) {
        // written linked, in complete
    }

    @Override
    public final void abandon() {
        // nothing was written
    }
}
