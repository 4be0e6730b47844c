package org.dateline.nlp;

import edu.stanford.nlp.parser.nndep.LeanParsers;

import java.util.Properties;

/**
 * The CoreNLP configurations Dateline uses. Each preset is a fixed, tested set of annotators and
 * options, so no caller ever writes a CoreNLP property string.
 */
public enum Preset {
    /**
     * What fact extraction needs: tokens, sentences, tags, lemmas, entities (one CRF model plus SUTime)
     * and a dependency parse. No coreference, no quote annotator: Dateline resolves speakers itself.
     */
    FACTS("tokenize,ssplit,pos,lemma,ner,depparse", true),
    /** Temporal expressions only: fast enough for unit tests of time normalisation. */
    TIMES("tokenize,ssplit,pos,lemma,ner", true),
    /** Tokens and sentences only: what counting tokens for a benchmark needs. */
    TOKENS("tokenize,ssplit", true),
    /**
     * Plain CoreNLP as users usually run it, with coreference and quote attribution: the baseline that
     * {@code dateline bench} compares against.
     */
    PLAIN_CORENLP("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote", false);

    /**
     * How many of the parser model's most frequent features have their hidden-layer sums kept (CoreNLP precomputes
     * 20,000 of the 99,990 it lists); the rest go through the product cache. Outputs do not depend on it.
     */
    static final int PRECOMPUTED = 20_000;
    /** The JVM property that overrides {@link #PRECOMPUTED}, for measuring the parse's cost against it. */
    static final String PRECOMPUTED_OVERRIDE = "dateline.depparse.precomputed";

    private final String annotators;
    private final boolean lean;

    Preset(String annotators, boolean lean) {
        this.annotators = annotators;
        this.lean = lean;
    }

    public boolean parses() {
        return annotators.contains("depparse");
    }

    /**
     * Whether the dependency parser scores only the transitions that can apply ({@code LeanParsers}): the same parses
     * as CoreNLP's, faster; plain CoreNLP keeps its own scorer.
     */
    boolean parsesLean() {
        return lean && parses();
    }

    /** Whether the tagger scores each tag history with less work ({@code LeanTagger}): CoreNLP's tags, faster. */
    boolean tagsLean() {
        return lean && annotators.contains("pos");
    }

    /** Whether a token of two sentences glued at a period ("nurse.Guards") is split ({@link GluedSentences}). */
    boolean splitsGluedSentences() {
        return lean;
    }

    /** Whether SUTime and the numeric classifiers run only on sentences that can hold a time or a number. */
    boolean gatesTimes() {
        return lean && annotators.contains("ner");
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        // Paragraph breaks end sentences: titles and bylines never run into the body.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        if (lean) {
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            p.setProperty("ner.combinationMode", "NORMAL");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.buildEntityMentions", "true");
            p.setProperty("depparse." + LeanParsers.PRECOMPUTED,
                    System.getProperty(PRECOMPUTED_OVERRIDE, String.valueOf(PRECOMPUTED)));
        }
        p.setProperty("depparse.nthreads", "1");
        return p;
    }
}
