package org.dateline.eval;

import org.dateline.model.Event;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The event a single benchmark sentence is about, among the events coded in it: the gold sentences code one event
 * each, the sentence's headline. That is a question of where the event sits, not of how likely it is to be real
 * (the event's {@code confidence}): the main clause outranks a clause below it, whatever its type. The rank is the
 * product of factors read from the event's {@link Event#signals() signals}: 0.85 per edge below the sentence root
 * (so one edge down outweighs a two-word pattern), 0.9 for a two-word pattern and 0.8 for one word, 0.8 for an act
 * only announced, 0.6 without a source and 0.9 for one no actor resolves, 0.9 without a target or with a presumed
 * one, 0.8 when neither party has a country or a sector, 0.85 for a target searched down the clause.
 */
final class Headline {
    private Headline() {
    }

    /** The headline event of one sentence's {@code events}, if any. */
    static Optional<Event> of(List<Event> events) {
        return events.stream().max(Comparator.comparingDouble(Headline::rank));
    }

    static double rank(Event e) {
        List<String> s = e.signals();
        double rank = s.contains("pattern:two-word") ? 0.9 : 0.8;
        rank *= Math.pow(0.85, s.contains("depth:2") ? 2 : s.contains("depth:1") ? 1 : 0);
        rank *= s.contains("announced") ? 0.8 : 1;
        rank *= s.contains("source:none") ? 0.6 : s.contains("source:unresolved") ? 0.9 : 1;
        rank *= s.contains("target:none") || s.contains("target:implied") ? 0.9 : 1;
        rank *= s.contains("source:coded") || s.contains("target:coded") || s.contains("target:implied") ? 1 : 0.8;
        rank *= s.contains("target:searched") ? 0.85 : 1;
        return rank;
    }
}
