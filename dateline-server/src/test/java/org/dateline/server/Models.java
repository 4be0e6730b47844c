package org.dateline.server;

import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.Analyzer;

/** The analysis {@code analyze} runs by default, for the tests that analyse or ingest. */
final class Models {
    private Models() {
    }

    /** Loads the language models on the first call in a JVM (they are kept for the next ones). */
    static Analyzer facts() {
        return new Analyzer(Annotator.forPreset(Preset.FACTS)).withMinEventConfidence(0.5);
    }
}
