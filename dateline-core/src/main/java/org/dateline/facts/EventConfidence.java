package org.dateline.facts;

import org.dateline.model.Party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An event's confidence: the chance that a careful reader judges it a real event of the right type with the right
 * source ({@code docs/judging.md}), from named signals of how it was coded ({@link #signals}). Each signal has a weight in
 * {@code event-confidence.tsv}, fitted by logistic regression on judged events ({@code scripts/fit-confidence.py},
 * {@code docs/events.md}, "Confidence"); the confidence is {@code 1 / (1 + e^-(bias + the weights of its signals))}.
 * A signal the table does not weigh adds nothing.
 */
final class EventConfidence {
    /** The signal of a target found by searching further down the clause, not in a slot of the trigger. */
    static final String SEARCHED_TARGET = "target:searched";

    private static final SignalWeights WEIGHTS = new SignalWeights("event-confidence.tsv");

    private EventConfidence() {
    }

    /**
     * The signals of an event coded by {@code p} as {@code act}, between {@code source} and {@code target} (null
     * when none), whose clause lies {@code depth} edges below the sentence root, in an article about {@code topic}:
     * the pattern's kind and words ("trigger:hold+talk": some words are far more often another sense than
     * others), whether the act is only announced or refused, how each party is known, the clause depth (0, 1, 2
     * for two or more), the type and the topic.
     */
    static List<String> signals(EventPattern p, ActRules.Act act, Party source, Party target, int depth,
                                ArticleTopic topic) {
        List<String> signals = new ArrayList<>();
        signals.add(p.word() != null ? "pattern:two-word" : "pattern:one-word");
        signals.add("trigger:" + p.head() + (p.word() != null ? "+" + p.word() : ""));
        if (p.noun()) {
            signals.add("pattern:noun");
        }
        if (!act.done()) {
            signals.add("announced");
        }
        signals.add("source:" + (source.actor() == null ? (source.name() == null ? "none" : "unresolved")
                : political(source) ? "coded" : "plain"));
        signals.add("target:" + (target == null ? "none" : target.implied() ? "implied"
                : target.actor() == null ? "unresolved" : political(target) ? "coded" : "plain"));
        signals.add("depth:" + Math.min(depth, 2));
        signals.add("type:" + act.event());
        signals.add("topic:" + (topic.topic() == null ? "none" : topic.topic().name().toLowerCase(Locale.ROOT)));
        return List.copyOf(signals);
    }

    /** The confidence of an event with {@code signals}, from 0 to 1, rounded to three decimals. */
    static double of(List<String> signals) {
        return WEIGHTS.confidence(signals);
    }

    /** Whether a party is coded with a country or a sector: a state, an organisation, a group with a role. */
    private static boolean political(Party p) {
        return p.country() != null || p.sector() != null;
    }
}
