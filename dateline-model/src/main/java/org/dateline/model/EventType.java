package org.dateline.model;

/**
 * The sixteen PLOVER event types an {@link Event} is coded with; the output contract writes the constant's name.
 * The words that trigger each are in {@code dateline-core}'s {@code plover-vocabulary.tsv}.
 */
public enum EventType {
    /** Agree to, sign or settle something: a deal, a ceasefire, a plan. */
    AGREE,
    /** Meet, hold talks, visit, phone. */
    CONSULT,
    /** Praise, endorse or back another side in words. */
    SUPPORT,
    /** Yield: ease restrictions, release prisoners, apologise, return something. */
    CONCEDE,
    /** Cooperate in deeds: economic, military, judicial or intelligence cooperation. */
    COOPERATE,
    /** Give aid: economic, military or humanitarian. */
    AID,
    /** Withdraw, demobilise, pull back forces. */
    RETREAT,
    /** Ask, appeal, call for or demand something. */
    REQUEST,
    /** Accuse, criticise, blame, condemn. */
    ACCUSE,
    /** Refuse, reject, veto, deny a request. */
    REJECT,
    /** Threaten force, sanctions or other harm. */
    THREATEN,
    /** Demonstrate, rally, strike, boycott. */
    PROTEST,
    /** Sanction, expel, break or reduce relations. */
    SANCTION,
    /** Mobilise or deploy forces, raise alert levels. */
    MOBILIZE,
    /** Coerce: arrest, detain, seize, ban, restrict. */
    COERCE,
    /** Use violence: attack, bomb, shell, kill. */
    ASSAULT
}
