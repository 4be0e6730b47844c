package org.dateline.model;

import java.util.Locale;

/** Why a mention in an article was linked to its actor; the output contract writes {@link #label()}. */
public enum MentionRule {
    /** The first mention of a name: it opens the actor. */
    NAME,
    /** A name of a state, place or organisation of the project's tables: that entity's one actor (a news outlet's
     *  section, "CNN Business", is the outlet); or a one-word name that the office holders' table lists whole
     *  ("Obama") where the article names no person with it: that person. */
    KNOWN_ENTITY,
    /** The same name again, or a longer or shorter form with the same first and last word, once case, accents,
     *  dots and hyphens are folded ("Francois Hollande" / "François Hollande", "Kim Jong Un" / "Kim Jong-un"). */
    SAME_NAME,
    /** A surname alone, of the one person in the article with that surname. */
    SURNAME,
    /** A given name alone, of the one person in the article with that given name (none having it as surname). */
    GIVEN_NAME,
    /** An organisation's name without the place it starts with ("the Times" of the New York Times), of the one
     *  organisation of the article with that name after a place; a place's or organisation's name without the
     *  generic noun it ends with ("the Pacific" of the Pacific Ocean, "American" of American Airlines), of the one
     *  such name of the article; or "the North", "the South", "the States" of the
     *  one state of the article whose name begins or ends with that word; or a US state's postal code after a town
     *  and a comma ("Phoenix, AZ"). */
    SHORT_NAME,
    /** A one-word name its article leaves unexplained ("Kim" in a follow-up), of the one actor that the article's
     *  story names in full with that word (linked once stories are formed). */
    STORY_NAME,
    /** A name of two words or more that spells one word of a known entity the article names one letter off ("Boko
     *  Harm" beside Boko Haram): a typo of that entity. */
    MISSPELLING,
    /** A role ("the president", "the Russian top diplomat") of the person the article gives that title. */
    ROLE;

    /** The name in the output: lower case with hyphens ({@code known-entity}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
