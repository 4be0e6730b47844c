package org.dateline.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores system attributions against PolNeAR gold the way {@code shared/tools/polnear_score.py} does.
 *
 * <p>Overlap regime: each system item, in the order given, is paired with the not-yet-paired gold
 * attribution of its article sharing the most characters (first one on ties); precision is paired system
 * items over all system items (so a system item counts whatever kind of gold attribution it hits),
 * recall is paired gold over all gold, or over the speech-cue gold for the speech subset (precision stays
 * the same). Speaker accuracy is judged on overlap pairs whose gold source is a name (not only pronoun/stop
 * words): correct when the system speaker shares a content word with it. The exact regime (not in the
 * reference script) pairs items one-to-one whose spans are equal after trimming whitespace and punctuation
 * from both ends, the gold span taken from its first to its last character.
 */
public final class QuoteScorer {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you", "his", "her",
            "him", "them", "who", "this", "that");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "mr", "mrs", "ms", "dr", "and", "'s", "s");
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

    private QuoteScorer() {
    }

    public static QuoteEvalResult score(String split, List<PolnearDocument> documents,
                                        Map<String, List<QuotePrediction>> system) {
        QuoteEvalResult.Counter c = new QuoteEvalResult.Counter();
        for (PolnearDocument doc : documents) {
            List<PolnearAttribution> gold = doc.gold();
            List<QuotePrediction> predictions = system.getOrDefault(doc.name(), List.of());
            c.gold += gold.size();
            c.goldSpeech += (int) gold.stream().filter(PolnearAttribution::speechCue).count();
            c.system += predictions.size();
            scoreOverlap(gold, predictions, c);
            scoreExact(doc.text(), gold, predictions, c);
        }
        return c.result(split, documents.size());
    }

    private static void scoreOverlap(List<PolnearAttribution> gold, List<QuotePrediction> predictions,
                                     QuoteEvalResult.Counter c) {
        boolean[] used = new boolean[gold.size()];
        for (QuotePrediction q : predictions) {
            int best = 0;
            int bi = -1;
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i]) {
                    int ov = gold.get(i).overlap(q.start(), q.end());
                    if (ov > best) {
                        best = ov;
                        bi = i;
                    }
                }
            }
            if (bi < 0) {
                continue;
            }
            used[bi] = true;
            PolnearAttribution g = gold.get(bi);
            boolean speech = g.speechCue();
            c.matched++;
            if (speech) {
                c.matchedSpeech++;
            }
            Set<String> source = words(g.source());
            if (!source.isEmpty() && !PRONOUNS.containsAll(source)) {
                Set<String> shared = new HashSet<>(source);
                shared.retainAll(words(q.speaker()));
                boolean ok = !shared.isEmpty();
                c.speakers++;
                c.speakersOk += ok ? 1 : 0;
                if (speech) {
                    c.speakersSpeech++;
                    c.speakersSpeechOk += ok ? 1 : 0;
                }
            }
        }
    }

    private static void scoreExact(String text, List<PolnearAttribution> gold, List<QuotePrediction> predictions,
                                   QuoteEvalResult.Counter c) {
        boolean[] used = new boolean[gold.size()];
        for (QuotePrediction q : predictions) {
            int[] s = trim(text, q.start(), q.end());
            for (int i = 0; i < gold.size(); i++) {
                var chars = gold.get(i).content();
                int[] g = trim(text, chars.nextSetBit(0), chars.length());
                if (!used[i] && s[0] == g[0] && s[1] == g[1]) {
                    used[i] = true;
                    c.exact++;
                    if (gold.get(i).speechCue()) {
                        c.exactSpeech++;
                    }
                    break;
                }
            }
        }
    }

    /** {@code [start, end)} without surrounding whitespace, punctuation and quote marks. */
    static int[] trim(String text, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        while (s < e && isTrimmable(text.charAt(s))) {
            s++;
        }
        while (e > s && isTrimmable(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    private static boolean isTrimmable(char ch) {
        return !Character.isLetterOrDigit(ch);
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        out.removeAll(STOP);
        return out;
    }
}
