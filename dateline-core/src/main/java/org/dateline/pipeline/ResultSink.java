package org.dateline.pipeline;

import org.dateline.corpus.Corpus;
import org.dateline.model.AnalyzedArticle;

import java.io.IOException;

/**
 * Where an {@link AnalyzeJob} puts its results: the contract files of an output folder ({@link JsonlOutput}), a
 * store ({@link StoreOutput}), or anything a front door adds.
 *
 * <p>Call order: {@link #add} once per analysed article, in input order, from one thread at a time; then either
 * {@link #complete} once, after the corpus stage has linked the articles, or {@link #abandon} once, when the run
 * fails. A sink makes its results visible only in {@link #complete}: until then, and after {@link #abandon}, what it
 * held before the run is as it was. An {@link IOException} from {@link #add} or {@link #complete} stops the run.
 */
public interface ResultSink {

    /** Where the results go (a folder, an index), as messages name it. */
    String location();

    void add(AnalyzedArticle analyzed) throws IOException;

    /**
     * Makes the run's results durable and visible.
     *
     * @param linked what {@link Corpus#link()} made of the run's corpus (with the earlier output's articles, when a
     *               batch is added)
     */
    void complete(Corpus.Linked linked) throws IOException;

    /**
     * Drops the results the run staged so far, leaving what the sink held before the run as it was (a sink may keep
     * what a next run can reuse: {@link JsonlOutput} keeps its journal of analyses); never throws.
     */
    void abandon();
}
