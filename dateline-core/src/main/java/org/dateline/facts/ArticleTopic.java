package org.dateline.facts;

import org.dateline.nlp.Annotation;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.resources.TsvResource;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an article is about, from the words it uses: each topic of {@code topic-words.tsv} (the project's own
 * word lists; its header documents the format) scores one point per word of the article whose lemma or form it
 * lists. An article is <em>non-political</em> when a topic outside public affairs (sports, entertainment,
 * lifestyle, products, science) scores at least {@value #MIN_SCORE} and more than all the public-affairs topics
 * (politics, conflict, diplomacy, crime and justice, economy) together; the event coder then refuses its
 * ambiguous triggers ("beat", "shoot", "release", "sign") unless a party is political ({@link ClauseEvents}).
 * Lists of words, not a model trained on the judged news, so that the signal holds for any article.
 *
 * @param topic     the best-scoring topic, or null when no topic reaches {@value #MIN_SCORE}
 * @param political false for an article about sports, entertainment, lifestyle, products or science
 */
record ArticleTopic(Topic topic, boolean political) {
    /** The topics, each on the public-affairs side or not. */
    enum Topic {
        POLITICS(true), CONFLICT(true), DIPLOMACY(true), CRIME(true), ECONOMY(true),
        SPORTS(false), ENTERTAINMENT(false), LIFESTYLE(false), PRODUCTS(false), SCIENCE(false);

        private final boolean publicAffairs;

        Topic(boolean publicAffairs) {
            this.publicAffairs = publicAffairs;
        }
    }

    /** The fewest words of a topic that make it the article's topic. */
    static final int MIN_SCORE = 4;

    private static final Map<String, Topic> WORDS = load();

    /** An article that no topic word speaks for: political, so nothing is refused. */
    static final ArticleTopic UNKNOWN = new ArticleTopic(null, true);

    /** The topic of the annotated text (an article, or a prefix of it). */
    static ArticleTopic of(Annotation annotation) {
        Map<Topic, Integer> scores = new EnumMap<>(Topic.class);
        for (Sentence s : annotation.sentences()) {
            for (Token t : s.tokens()) {
                Topic topic = WORDS.get(t.lemma().toLowerCase(Locale.ROOT));
                if (topic == null) {
                    topic = WORDS.get(t.word().toLowerCase(Locale.ROOT));
                }
                if (topic != null) {
                    scores.merge(topic, 1, Integer::sum);
                }
            }
        }
        Topic best = null;
        int publicAffairs = 0;
        for (Map.Entry<Topic, Integer> e : scores.entrySet()) {
            if (e.getKey().publicAffairs) {
                publicAffairs += e.getValue();
            }
            if (best == null || e.getValue() > scores.get(best)) {
                best = e.getKey();
            }
        }
        if (best == null || scores.get(best) < MIN_SCORE) {
            return UNKNOWN;
        }
        return new ArticleTopic(best, best.publicAffairs || scores.get(best) <= publicAffairs);
    }

    /** The word lists: a word listed under two topics is an error. */
    private static Map<String, Topic> load() {
        Map<String, Topic> words = new HashMap<>();
        for (Map.Entry<Topic, List<String>> row : TsvResource.rows(ArticleTopic.class, "topic-words.tsv", 2,
                r -> Map.entry(Topic.valueOf(r[0].toUpperCase(Locale.ROOT)), TsvResource.forms(r[1])))) {
            for (String word : row.getValue()) {
                Topic before = words.put(word, row.getKey());
                if (before != null && before != row.getKey()) {
                    throw new IllegalStateException("topic-words.tsv lists '" + word + "' under " + before
                            + " and " + row.getKey());
                }
            }
        }
        return Map.copyOf(words);
    }
}
