package org.dateline.facts;

import org.dateline.resources.TsvResource;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of titles and roles: head nouns ("minister", "spokesman") and the modifiers that build titles
 * from them ("foreign", "deputy", "chief"). Used to read titles before names and in appositions, and to
 * recognise role mentions ("the minister", "the Russian top diplomat").
 */
final class Roles {
    private static final Map<String, Set<String>> WORDS = TsvResource.wordsByTag(Roles.class, "roles.tsv",
            Set.of("head", "modifier", "rank"));
    static final Set<String> HEADS = WORDS.get("head");
    static final Set<String> MODIFIERS = WORDS.get("modifier");
    /** Modifiers that make another office of a head: a vice, deputy, assistant or former president. */
    static final Set<String> RANKS = WORDS.get("rank");
    /** Heads written short before a name, by the word they stand for: "Gov. Ana Ruiz" is the governor (see docs/quotes.md). */
    private static final Map<String, String> SHORT_HEADS = Map.of("gov.", "governor");

    private Roles() {
    }

    static boolean isHead(String word) {
        return HEADS.contains(lower(word));
    }

    static boolean isTitleWord(String word) {
        String w = lower(word);
        return HEADS.contains(w) || MODIFIERS.contains(w);
    }

    /**
     * Whether a role mention ("the Russian top diplomat", "the minister", whose head word is {@code roleHead}) can
     * name someone with this title: the title has the head (a diplomat is a foreign minister, secretary of state,
     * ambassador or envoy too), and every rank word of the title is in the role ("the president" is not "Vice
     * President X", "the former president" is "former President X"); a head written short is that head ("Gov.").
     */
    static boolean fits(String role, String roleHead, String title) {
        Set<String> roleWords = Set.of(lower(role).split("\\s+"));
        String t = lower(title);
        for (String w : t.split("\\s+")) {
            if (RANKS.contains(w) && !roleWords.contains(w)) {
                return false;
            }
        }
        return hasHead(roleHead, t);
    }

    private static boolean hasHead(String roleHead, String t) {
        String head = lower(roleHead);
        if (head.equals("diplomat")) {
            return t.contains("foreign minister") || t.contains("secretary of state") || t.contains("diplomat")
                    || t.contains("ambassador") || t.contains("envoy");
        }
        for (String w : t.split("\\s+")) {
            if (w.equals(head) || head.equals(SHORT_HEADS.get(w))) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
