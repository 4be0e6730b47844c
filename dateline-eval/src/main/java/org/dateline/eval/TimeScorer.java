package org.dateline.eval;

import org.dateline.model.TimeMention;

import java.util.List;
import java.util.Map;

/**
 * TempEval-3 Task A scoring, pairing exactly as the reference scorer does: each gold timex, in gold
 * order, takes the first not yet used system timex (in prediction order) whose extent overlaps it.
 */
public final class TimeScorer {
    private TimeScorer() {
    }

    /**
     * Scores {@code system} against {@code gold}, both keyed by document id. System timexes of documents
     * without gold are ignored, as the reference scorer ignores them.
     */
    public static TimeEvalResult score(Map<String, List<TimeMention>> gold, Map<String, List<TimeMention>> system) {
        int goldCount = 0;
        int systemCount = 0;
        int relaxed = 0;
        int strict = 0;
        int values = 0;
        int types = 0;
        for (Map.Entry<String, List<TimeMention>> doc : gold.entrySet()) {
            List<TimeMention> predicted = system.getOrDefault(doc.getKey(), List.of());
            goldCount += doc.getValue().size();
            systemCount += predicted.size();
            boolean[] used = new boolean[predicted.size()];
            for (TimeMention g : doc.getValue()) {
                int i = firstOverlapping(g, predicted, used);
                if (i < 0) {
                    continue;
                }
                used[i] = true;
                TimeMention s = predicted.get(i);
                relaxed++;
                strict += s.start() == g.start() && s.end() == g.end() ? 1 : 0;
                values += String.valueOf(s.value()).equals(g.value()) ? 1 : 0;
                types += String.valueOf(s.type()).equals(g.type()) ? 1 : 0;
            }
        }
        return new TimeEvalResult(gold.size(), goldCount, systemCount, relaxed, strict, values, types);
    }

    private static int firstOverlapping(TimeMention g, List<TimeMention> predicted, boolean[] used) {
        for (int i = 0; i < predicted.size(); i++) {
            TimeMention s = predicted.get(i);
            if (!used[i] && s.start() < g.end() && g.start() < s.end()) {
                return i;
            }
        }
        return -1;
    }
}
