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
            Set.of("head", "modifier"));
    static final Set<String> HEADS = WORDS.get("head");
    static final Set<String> MODIFIERS = WORDS.get("modifier");

    private Roles() {
    }

    static boolean isHead(String word) {
        return HEADS.contains(lower(word));
    }

    static boolean isTitleWord(String word) {
        String w = lower(word);
        return HEADS.contains(w) || MODIFIERS.contains(w);
    }

    /** Whether a role mention ("the Russian top diplomat", "the minister") can name someone with this title. */
    static boolean fits(String roleHead, String title) {
        String head = lower(roleHead);
        String t = lower(title);
        if (head.equals("diplomat")) {
            return t.contains("foreign minister") || t.contains("secretary of state") || t.contains("diplomat")
                    || t.contains("ambassador") || t.contains("envoy");
        }
        for (String w : t.split("\\s+")) {
            if (w.equals(head)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
