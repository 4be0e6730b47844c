package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time of {@link CorpusActors#merge} and of {@link BlockedActors#merge} (CPU time of its thread, and wall time) on
 * generated corpora of many articles, outside the timed suite: run with {@code -Ddateline.actors.scale=ARTICLES,...}
 * (for example 5000,50000), one corpus a size. Each article names three persons of a pool of a quarter as many people
 * in full, one article in three one more person by surname alone, one in twenty a person's given name beside the full
 * name, two organisations and a place, under the ids {@code analyze} gives per-article actors (a hash of type and
 * name). Each size prints its counts, the times and a digest of the result (the hash of the actors', corpus ids' and merges' text), which a change that keeps
 * the merges keeps; the blocked merge must give the same actors, corpus ids and merges (as a set).
 */
@EnabledIfSystemProperty(named = "dateline.actors.scale", matches = "\\d+(,\\d+)*")
class CorpusActorsScaleTest {
    private static final String[] SYLLABLES = {"va", "ren", "ko", "mir", "sa", "tel", "dor", "an", "bri", "lo",
            "zen", "ka", "mo", "ru", "vi", "shen", "ta", "gal", "or", "em"};
    private static final String[] COUNTRIES = {"ARM", "AZE", "RUS", "USA", "CHN", "FRA", "DEU", "GBR", "TUR", "IRN"};

    private record Person(String given, String surname, String country) {
    }

    @Test
    void mergesAGeneratedCorpusAndJoinsItsSurnames() {
        for (String size : System.getProperty("dateline.actors.scale").split(",")) {
            merge(Integer.parseInt(size));
        }
    }

    private static void merge(int count) {
        List<AnalyzedArticle> articles = corpus(count, new SplittableRandom(14));
        CorpusActors actors = new CorpusActors();
        BlockedActors blocked = new BlockedActors();
        actors.merge(articles.subList(0, Math.min(count, 500)));
        blocked.merge(articles.subList(0, Math.min(count, 500)));
        Timed<CorpusActors.Result> local = Timed.of(() -> actors.merge(articles));
        Timed<CorpusActors.Result> byBlocks = Timed.of(() -> blocked.merge(articles));
        CorpusActors.Result r = local.result();
        long inputs = articles.stream().mapToLong(a -> a.actors().size()).sum();
        List<List<Actor>> blocks = BlockedActors.blocks(CorpusActors.Occurrences.of(List.of(), articles,
                CorpusActors.NameTypes.of(List.of(), articles)).first());
        System.out.printf(Locale.ROOT, "actors merge: %d articles, %d per-article actors, %d corpus actors, %d merges"
                        + " (%d surname-only, %d given-name), digest %08x: %.2f s of CPU, %.2f s wall;"
                        + " by blocks (%d, the largest of %d actors): %.2f s of CPU, %.2f s wall%n", count, inputs,
                r.actors().size(), r.merges().size(), rule(r, "surname-only"), rule(r, "given-name"),
                (r.actors().toString() + new TreeMap<>(r.corpusIdOf()) + r.merges()).hashCode(), local.cpuSeconds(),
                local.seconds(), blocks.size(), blocks.stream().mapToInt(List::size).max().orElse(0),
                byBlocks.cpuSeconds(), byBlocks.seconds());

        assertThat(rule(r, "surname-only")).isPositive();
        assertThat(rule(r, "given-name")).isPositive();
        assertThat(byBlocks.result().actors()).isEqualTo(r.actors());
        assertThat(byBlocks.result().corpusIdOf()).isEqualTo(r.corpusIdOf());
        assertThat(new HashSet<>(byBlocks.result().merges())).isEqualTo(new HashSet<>(r.merges()));
    }

    /** A result with the CPU time of the thread that computed it and the wall time. */
    private record Timed<T>(T result, double cpuSeconds, double seconds) {
        static <T> Timed<T> of(Supplier<T> work) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long started = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            T result = work.get();
            return new Timed<>(result, (threads.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - started) / 1e9);
        }
    }

    private static long rule(CorpusActors.Result r, String rule) {
        return r.merges().stream().filter(m -> m.rule().equals(rule)).count();
    }

    static List<AnalyzedArticle> corpus(int count, SplittableRandom random) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < Math.max(100, count / 4); i++) {
            people.add(new Person(word(random, 3), word(random, 3), COUNTRIES[random.nextInt(COUNTRIES.length)]));
        }
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Actor> named = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                Person p = people.get(random.nextInt(people.size()));
                String country = random.nextInt(4) == 0 ? null : p.country();
                named.add(actor(p.given() + " " + p.surname(), ActorType.PERSON, country));
                if (k == 0 && random.nextInt(20) == 0) {
                    named.add(actor(p.given(), ActorType.PERSON, null));
                }
            }
            if (random.nextInt(3) == 0) {
                Person p = people.get(random.nextInt(people.size()));
                named.add(actor(p.surname(), ActorType.PERSON, random.nextBoolean() ? null : p.country()));
            }
            String organisation = word(random, 2) + " " + (random.nextBoolean() ? "Corp" : "Ministry");
            named.add(actor(organisation, ActorType.ORGANIZATION, null));
            named.add(actor(word(random, 3), ActorType.ORGANIZATION, null));
            named.add(actor(word(random, 2), ActorType.LOCATION, null));
            articles.add(CorpusActorsTest.article(named.stream().distinct().toArray(Actor[]::new)));
        }
        return articles;
    }

    /** A per-article actor under the id {@code analyze} gives it, mentioned once. */
    private static Actor actor(String name, ActorType type, String country) {
        return new Actor(Ids.of(type + ":" + name), name, type, List.of(), List.of(), country, null, 1);
    }

    private static String word(SplittableRandom random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
