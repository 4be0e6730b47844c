package org.dateline.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generator of invented news-like texts for the duplicate and story benchmarks. Words are made of random syllables;
 * a Zipf-like choice over a 30,000-word vocabulary gives frequent function-like words, and each article
 * belongs to one of 400 topics whose 150 own words and 25 stock sentences ("the minister said talks would
 * go on") it repeats, so articles on one topic share phrases as real coverage of one subject does.
 * Everything is derived from the seed and the article number, so an article can be regenerated instead of
 * kept in memory.
 */
public final class SyntheticNews {
    private static final String[] ONSETS = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
            "br", "dr", "kr", "st", "tr", "sh", "ch"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou"};
    private static final int VOCABULARY = 30_000;
    static final int TOPICS = 400;
    private static final int FUNCTION_WORDS = 1000;
    private static final int TOPIC_WORDS = 150;
    private static final int STOCK_SENTENCES = 25;
    private static final long EPOCH = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = 10L * 365 * 86_400;

    /** An article before it is laid out as text: title words and sentences of words. */
    record Draft(List<String> title, List<List<String>> sentences) {
    }

    private final long seed;
    private final String[] words;
    private final String[][] topicWords;
    private final List<List<List<String>>> stock = new ArrayList<>();

    SyntheticNews(long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> vocabulary = new LinkedHashSet<>();
        while (vocabulary.size() < VOCABULARY) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            vocabulary.add(w.toString());
        }
        words = vocabulary.toArray(String[]::new);
        topicWords = new String[TOPICS][TOPIC_WORDS];
        for (int t = 0; t < TOPICS; t++) {
            for (int i = 0; i < TOPIC_WORDS; i++) {
                topicWords[t][i] = words[random.nextInt(words.length)];
            }
            List<List<String>> sentences = new ArrayList<>();
            for (int s = 0; s < STOCK_SENTENCES; s++) {
                sentences.add(sentence(random, t));
            }
            stock.add(sentences);
        }
    }

    /** Draft of article {@code i}: always the same for the same seed and number. */
    Draft draft(int i) {
        SplittableRandom random = random(i);
        int topic = random.nextInt(TOPICS);
        List<String> title = new ArrayList<>(sentence(random, topic).subList(0, 5));
        int length = 120 + random.nextInt(480);
        List<List<String>> sentences = new ArrayList<>();
        int count = 0;
        while (count < length) {
            List<String> s = random.nextInt(8) == 0
                    ? stock.get(topic).get(random.nextInt(STOCK_SENTENCES))
                    : sentence(random, topic);
            sentences.add(s);
            count += s.size();
        }
        return new Draft(title, sentences);
    }

    /** Publication time of article {@code i} in epoch seconds. */
    long published(int i) {
        return EPOCH + Math.floorMod(random(i).nextLong(), SPAN);
    }

    /**
     * A light rewrite of {@code draft}: a new title and {@code share} of the body words replaced by other
     * vocabulary words.
     */
    Draft rewrite(Draft draft, double share, SplittableRandom random) {
        int topic = random.nextInt(TOPICS);
        List<List<String>> sentences = new ArrayList<>();
        for (List<String> s : draft.sentences()) {
            List<String> changed = new ArrayList<>(s);
            for (int w = 0; w < changed.size(); w++) {
                if (random.nextDouble() < share) {
                    changed.set(w, words[random.nextInt(words.length)]);
                }
            }
            sentences.add(changed);
        }
        return new Draft(sentence(random, topic).subList(0, 6), sentences);
    }

    /** The words of {@code text} laid out in lines of at most {@code width} characters, as one paragraph. */
    public static String rewrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split("\\s+")) {
            line = appendWrapped(out, line, word, width);
        }
        return out.toString();
    }

    /** Appends {@code word}, starting a new line first when it would pass {@code width}; returns the line's length. */
    private static int appendWrapped(StringBuilder out, int line, String word, int width) {
        if (line > 0 && line + 1 + word.length() > width) {
            out.append('\n');
            line = 0;
        } else if (line > 0) {
            out.append(' ');
            line++;
        }
        out.append(word);
        return line + word.length();
    }

    /**
     * The draft laid out as a text: the title line, a blank line, then paragraphs of two to five sentences
     * wrapped at {@code width} characters.
     */
    static String render(Draft draft, int width, SplittableRandom random) {
        StringBuilder out = new StringBuilder(capitalised(String.join(" ", draft.title()))).append("\n\n");
        int line = 0;
        int left = 2 + random.nextInt(4);
        for (List<String> s : draft.sentences()) {
            for (int w = 0; w < s.size(); w++) {
                String word = w == 0 ? capitalised(s.get(w)) : s.get(w);
                if (w == s.size() - 1) {
                    word = word + ".";
                }
                line = appendWrapped(out, line, word, width);
            }
            if (--left == 0) {
                out.append("\n\n");
                line = 0;
                left = 2 + random.nextInt(4);
            }
        }
        return out.toString();
    }

    private List<String> sentence(SplittableRandom random, int topic) {
        int length = 8 + random.nextInt(15);
        List<String> s = new ArrayList<>(length);
        for (int w = 0; w < length; w++) {
            s.add(random.nextInt(3) == 0 ? topicWord(topic, random) : commonWord(random));
        }
        return s;
    }

    /** A vocabulary word drawn by rank, frequent ones often (Zipf-like). */
    String commonWord(SplittableRandom random) {
        return words[zipfRank(random)];
    }

    /**
     * A word drawn as {@link #commonWord} but never one of the {@value #FUNCTION_WORDS} most frequent, which a stop
     * list would take out of real text.
     */
    String contentWord(SplittableRandom random) {
        int rank = zipfRank(random);
        while (rank < FUNCTION_WORDS) {
            rank = zipfRank(random);
        }
        return words[rank];
    }

    /** A vocabulary word drawn uniformly: mostly one of the many rare words. */
    String anyWord(SplittableRandom random) {
        return words[random.nextInt(words.length)];
    }

    /** One of the own words of {@code topic} (0 to {@link #TOPICS} - 1). */
    String topicWord(int topic, SplittableRandom random) {
        return topicWords[topic][random.nextInt(TOPIC_WORDS)];
    }

    /** A rank with probability roughly proportional to 1 / rank (log-uniform). */
    private int zipfRank(SplittableRandom random) {
        return (int) Math.exp(random.nextDouble() * Math.log(words.length + 1.0)) - 1;
    }

    private SplittableRandom random(int i) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
