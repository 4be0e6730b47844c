package org.dateline.facts;

import org.dateline.model.EventType;
import org.dateline.resources.TsvResource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How a clause's report changes the act a vocabulary pattern codes, as the table {@code event-acts.tsv} (its
 * header documents the format) says: who acts recasts it (a state's obstruction is coercion, a military visit a
 * deployment), a negated cooperative act is a rejection, an announced one a statement of intent, an announced
 * conflictual one a threat, and an obligation a request. Immutable and shared.
 */
final class ActRules {
    /** The stages of the table, in the order they apply; {@code done} when the act they code took place. */
    enum Stage {
        RECAST(true), NEGATED(false), INTENT(false), THREAT(false), OBLIGED(true);

        private final boolean done;

        Stage(boolean done) {
            this.done = done;
        }
    }

    /** Whom a recast rule asks for as the source ({@code *}, {@code state}, {@code military}, {@code peacekeepers}). */
    enum Source { ANY, STATE, MILITARY, PEACEKEEPERS }

    /** The word of the table that matches any type, mode or source. */
    static final String ANY = "*";

    /**
     * One line of the table.
     *
     * @param type   the PLOVER type it matches, or null for any (the table's {@link ActRules#ANY})
     * @param mode   the mode it matches, or {@link ActRules#ANY}
     * @param coded  the act it codes instead, with {@code done} false when it only reports a negated or
     *               announced act
     */
    record Rule(Stage stage, EventType type, String mode, Source source, Act coded) {
        boolean matches(EventType event, String eventMode, Predicate<Source> sourceIs) {
            return (type == null || type == event) && (mode.equals(ANY) || mode.equals(eventMode))
                    && (source == Source.ANY || sourceIs.test(source));
        }
    }

    /**
     * An event's PLOVER type, mode and CAMEO code as its clause reports it.
     *
     * @param done false for an act reported as refused or only announced, a signal of its confidence
     *             ({@link EventConfidence})
     */
    record Act(EventType event, String mode, String cameo, boolean done) {
    }

    private static final ActRules DEFAULT = new ActRules(TsvResource.rows(ActRules.class, "event-acts.tsv", 7, ActRules::rule));

    private final List<Rule> rules;
    private final Set<EventType> cooperative;

    ActRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.cooperative = rules.stream().filter(r -> r.stage() == Stage.INTENT && r.type() != null)
                .map(Rule::type).collect(Collectors.toUnmodifiableSet());
    }

    static ActRules get() {
        return DEFAULT;
    }

    List<Rule> rules() {
        return rules;
    }

    /** Whether {@code type} is cooperative: negated, it is a rejection ("will never agree"), not dropped. */
    boolean cooperative(EventType type) {
        return cooperative.contains(type);
    }

    /**
     * The act of pattern {@code p} in a clause of polarity {@code polarity} (not {@link Polarity#OBLIGED}, whose
     * act is not coded; a negated act of a type that is not cooperative is dropped before), announced on a
     * condition or not, by a source that {@code sourceIs} tells the kind of.
     */
    Act act(EventPattern p, Polarity polarity, boolean conditional, Predicate<Source> sourceIs) {
        Act act = first(Stage.RECAST, p.event(), p.mode(), sourceIs)
                .orElse(new Act(p.event(), p.mode(), p.cameo(), true));
        Stage stage = null;
        if (polarity == Polarity.NEGATED) {
            stage = Stage.NEGATED;
        } else if (polarity == Polarity.INTENT && cooperative(act.event()) && !conditional) {
            stage = Stage.INTENT;
        } else if (polarity == Polarity.INTENT && (cooperative(act.event()) || threatens(act.event()))) {
            stage = Stage.THREAT;
        }
        return stage == null ? act : first(stage, act.event(), act.mode(), sourceIs).orElse(act);
    }

    /** The pattern that "X said Y must ..." codes, from X to Y. */
    EventPattern obligation() {
        Act act = first(Stage.OBLIGED, null, ANY, source -> false).orElseThrow(
                () -> new IllegalStateException("event-acts.tsv has no obliged rule"));
        return new EventPattern("must", null, false, act.event(), act.mode(), act.cameo());
    }

    /** Whether the threat stage names {@code type} itself (a conflictual type). */
    private boolean threatens(EventType type) {
        return rules.stream().anyMatch(r -> r.stage() == Stage.THREAT && r.type() == type);
    }

    private Optional<Act> first(Stage stage, EventType event, String mode, Predicate<Source> sourceIs) {
        return rules.stream().filter(r -> r.stage() == stage && r.matches(event, mode, sourceIs)).findFirst()
                .map(Rule::coded);
    }

    /** A field of the table, null for "-". */
    private static String none(String field) {
        return field.equals("-") ? null : field;
    }

    /** One row of the table; a row that names an unknown stage, source or type fails quoting it (the loader adds file and line). */
    static Rule rule(String[] row) {
        try {
            Source source = row[3].equals(ANY) ? Source.ANY : Source.valueOf(row[3].toUpperCase(Locale.ROOT));
            Stage stage = Stage.valueOf(row[0].toUpperCase(Locale.ROOT));
            EventType type = row[1].equals(ANY) ? null : EventType.valueOf(row[1]);
            return new Rule(stage, type, row[2], source,
                    new Act(EventType.valueOf(row[4]), none(row[5]), none(row[6]), stage.done));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("bad line in event-acts.tsv (unknown stage, source or PLOVER type): '"
                    + String.join("\t", row) + "'", e);
        }
    }
}
