package org.dateline.facts;

import java.util.Locale;
import java.util.Set;

/**
 * The words of titles and roles: head nouns ("minister", "spokesman") and the modifiers that build titles
 * from them ("foreign", "deputy", "chief"). Used to read titles before names and in appositions, and to
 * recognise role mentions ("the minister", "the Russian top diplomat").
 */
final class Roles {
    static final Set<String> HEADS = Set.of("minister", "president", "spokesman", "spokeswoman", "spokesperson",
            "secretary", "senator", "sen.", "governor", "gov.", "rep.", "representative", "congressman",
            "congresswoman", "ambassador", "envoy", "aide", "adviser", "advisor", "chairman", "chairwoman", "chair",
            "director", "commander", "general", "gen.", "colonel", "col.", "admiral", "lieutenant", "captain",
            "chief", "head", "leader", "nominee", "candidate", "mayor", "king", "queen", "prince", "premier",
            "chancellor", "speaker", "diplomat", "official", "officer", "ceo", "manager", "strategist", "mediator",
            "co-chair", "co-chairs", "president-elect", "prosecutor", "attorney", "judge", "justice", "deputy",
            "negotiator", "analyst", "expert", "professor", "economist", "lawmaker", "politician", "sheriff");
    static final Set<String> MODIFIERS = Set.of("foreign", "defense", "defence", "interior", "finance", "prime",
            "deputy", "vice", "chief", "senior", "top", "former", "acting", "first", "presidential", "state",
            "ministry", "affairs", "policy", "foreign-policy", "economy", "justice", "national", "security",
            "press", "campaign", "general", "executive", "special", "assistant", "majority", "minority",
            "house", "senate", "white", "u.s.", "federal", "republican", "democratic", "gop", "democrat",
            "party", "military", "army", "staff", "of", "the", "for", "communications", "public", "relations",
            "health", "education", "energy", "trade", "commerce", "labor", "agriculture", "defense-ministry",
            "parliament", "parliamentary", "opposition", "government", "official", "spokesman", "media",
            "minsk", "group", "osce", "un", "u.n.", "eu", "nato", "county", "city", "district", "supreme", "court");
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
