package org.dateline.eval;

import java.util.Locale;

/**
 * Quote-attribution figures on one PolNeAR split (see {@link QuoteScorer} for the definitions).
 *
 * @param matched        system items paired with a gold attribution by overlap
 * @param matchedSpeech  of those, pairs whose gold cue is a plain speech cue
 * @param exact          system items paired exactly; {@code exactSpeech} likewise for speech cues
 * @param speakers       overlap pairs with a named gold source; {@code speakersOk} of those with the right speaker
 */
public record QuoteEvalResult(String split, int articles, int gold, int goldSpeech, int system,
                              int matched, int matchedSpeech, int exact, int exactSpeech,
                              int speakers, int speakersOk, int speakersSpeech, int speakersSpeechOk) {

    public double overlapPrecision() {
        return ratio(matched, system);
    }

    public double overlapRecall() {
        return ratio(matched, gold);
    }

    public double overlapF1() {
        return f1(overlapPrecision(), overlapRecall());
    }

    public double overlapRecallSpeech() {
        return ratio(matchedSpeech, goldSpeech);
    }

    public double overlapF1Speech() {
        return f1(overlapPrecision(), overlapRecallSpeech());
    }

    public double exactPrecision() {
        return ratio(exact, system);
    }

    public double exactF1() {
        return f1(exactPrecision(), ratio(exact, gold));
    }

    public double exactF1Speech() {
        return f1(exactPrecision(), ratio(exactSpeech, goldSpeech));
    }

    public double speakerAccuracy() {
        return ratio(speakersOk, speakers);
    }

    public double speakerAccuracySpeech() {
        return ratio(speakersSpeechOk, speakersSpeech);
    }

    /** The figures, in the reference scorer's layout plus the exact-match lines. */
    public String format() {
        return String.format(Locale.ROOT, """
                %s: articles=%d gold=%d speech-cue gold=%d system=%d
                content overlap: P=%.3f R(all)=%.3f F1(all)=%.3f R(speech)=%.3f F1(speech)=%.3f
                content exact: P=%.3f R(all)=%.3f F1(all)=%.3f R(speech)=%.3f F1(speech)=%.3f
                speaker accuracy (named gold sources): all=%d/%d=%.3f speech=%d/%d=%.3f
                """, split, articles, gold, goldSpeech, system,
                overlapPrecision(), overlapRecall(), overlapF1(), overlapRecallSpeech(), overlapF1Speech(),
                exactPrecision(), ratio(exact, gold), exactF1(), ratio(exactSpeech, goldSpeech), exactF1Speech(),
                speakersOk, speakers, speakerAccuracy(), speakersSpeechOk, speakersSpeech, speakerAccuracySpeech());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mutable tallies while scoring; turned into the immutable result at the end. */
    static final class Counter {
        int gold;
        int goldSpeech;
        int system;
        int matched;
        int matchedSpeech;
        int exact;
        int exactSpeech;
        int speakers;
        int speakersOk;
        int speakersSpeech;
        int speakersSpeechOk;

        QuoteEvalResult result(String split, int articles) {
            return new QuoteEvalResult(split, articles, gold, goldSpeech, system, matched, matchedSpeech, exact,
                    exactSpeech, speakers, speakersOk, speakersSpeech, speakersSpeechOk);
        }
    }
}
