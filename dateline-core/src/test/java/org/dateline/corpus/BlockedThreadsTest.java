package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockedThreadsTest {
    private static final String PROTEST = "Villagers of Tallisk blocked the road to the Corvane copper mine for a third "
            + "day, saying the mine's waste ponds have poisoned the river their farms draw from.";
    private static final String PROTEST_AGAIN = "The blockade of the Corvane copper mine by Tallisk villagers went on, "
            + "as farmers said waste from the mine's ponds had poisoned their river.";
    private static final String RULING = "Months after villagers first blocked its road, a court ordered the Corvane "
            + "copper mine near Tallisk shut until its waste ponds stop poisoning the river.";
    private static final String FERRY = "Crews of Brenna Lines walked off the ferries to Port Audry over pay, leaving "
            + "islanders without a crossing on the first day of the strike.";
    private static final String FERRY_AGAIN = "Brenna Lines ferry crews struck again over pay, and Port Audry islanders "
            + "were left without a crossing for the second time this spring.";
    private static final String FROST = "The first frost of the autumn came a fortnight early this year, and gardeners "
            + "were advised to bring tender plants indoors before nightfall.";

    private static final List<AnalyzedArticle> ARTICLES = List.of(
            article("m1", "Valley Courier", "2023-02-06", "Tallisk villagers block mine road", PROTEST,
                    org("corvane", "Corvane Minerals"), place("tallisk", "Tallisk")),
            article("m2", "Northern Wire", "2023-02-07", "Mine blockade goes on", PROTEST_AGAIN,
                    org("corvane", "Corvane Minerals"), place("tallisk", "Tallisk")),
            article("f1", "Island Post", "2023-02-08", "Ferry crews strike", FERRY,
                    org("brenna", "Brenna Lines"), place("audry", "Port Audry")),
            article("f2", "Island Post", "2023-05-15", "Ferry crews strike again", FERRY_AGAIN,
                    org("brenna", "Brenna Lines"), place("audry", "Port Audry")),
            article("m3", "Valley Courier", "2023-07-10", "Court shuts Corvane mine", RULING,
                    org("corvane", "Corvane Minerals"), place("tallisk", "Tallisk")),
            article("g1", "Garden Weekly", "2023-07-11", "An early frost", FROST));

    private static AnalyzedArticle article(String id, String outlet, String day, String title, String text,
                                           Actor... actors) {
        Article a = new Article(id, "src/" + id, outlet, title, day, "metadata", null, List.of(), "en", text, null,
                null, List.of());
        return new AnalyzedArticle(a, List.of(actors), List.of(), List.of());
    }

    private static Actor org(String id, String name) {
        return new Actor(id, name, ActorType.ORGANIZATION, List.of(), List.of(), null, Sector.BUS, 2);
    }

    private static Actor place(String id, String name) {
        return new Actor(id, name, ActorType.LOCATION, List.of(), List.of(), null, Sector.GOV, 2);
    }

    /** The local run's stories of these articles, fed oldest first. */
    private static List<Stories.Story> localStories(List<AnalyzedArticle> articles) {
        Stories stories = new Stories();
        articles.stream().sorted(Stories.OLDEST_FIRST).forEach(a -> stories.assign(a, Map.of()));
        return stories.stories();
    }

    @Test
    void aThreadMonthsApartTwoUnrelatedThreadsAndAStoryWithoutKeysAreTheLocalRunsThreads() {
        List<Stories.Story> stories = localStories(ARTICLES);
        assertThat(stories).extracting(Stories.Story::articles).as("the local stories").containsExactly(
                List.of("m1", "m2"), List.of("f1"), List.of("f2"), List.of("m3"), List.of("g1"));
        Threads local = new Threads();
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
        ARTICLES.stream().sorted(Stories.OLDEST_FIRST)
                .forEach(a -> local.assign(a, Map.of(), storyOf.get(a.article().id())));
        assertThat(local.threads(stories)).extracting(Threads.Thread::articles).as("the local threads")
                .containsExactly(List.of("m1", "m2", "m3"), List.of("f1", "f2"), List.of("g1"));

        BlockedThreads.Result blocked = BlockedThreads.assign(ARTICLES, stories, Map.of());

        assertThat(blocked.threads()).isEqualTo(local.threads(stories));
        assertThat(blocked.threadOf()).hasSize(5).containsEntry(stories.get(3).id(), local.threadOf(stories.get(0).id()));
        assertThat(blocked.blocks()).as("the mine, the ferries, the frost").isEqualTo(3);
        assertThat(blocked.largest()).isEqualTo(3);
    }

    @Test
    void aStoryWithoutARareKeyIsABlockOfItsOwnAndSharedKeysMakeOneBlock() {
        List<Stories.Story> stories = localStories(ARTICLES);
        Map<String, Set<String>> keys = BlockedThreads.keys(ARTICLES, stories, Map.of());

        assertThat(keys.get(stories.get(0).id())).containsExactlyInAnyOrder("e:corvane", "p:tallisk");
        assertThat(keys.get(stories.get(4).id())).as("the frost names nothing").isEmpty();
        List<BlockedThreads.Block> blocks = BlockedThreads.blocks(ARTICLES, stories,
                BlockedThreads.links(stories, keys), BlockedThreads.CAP);
        assertThat(blocks).extracting(b -> b.articles().stream().map(a -> a.article().id()).toList())
                .containsExactly(List.of("m1", "m2", "m3"), List.of("f1", "f2"), List.of("g1"));
    }

    @Test
    void aLinkThatWouldPassTheCapIsNotTakenSoTheThreadSplits() {
        List<Stories.Story> stories = localStories(ARTICLES);

        BlockedThreads.Result capped = BlockedThreads.assign(ARTICLES, stories, Map.of(), 2);

        assertThat(capped.largest()).isEqualTo(2);
        assertThat(capped.blocks()).isEqualTo(4);
        assertThat(capped.threadOf().get(stories.get(3).id())).as("the ruling, alone in its block")
                .isNotEqualTo(capped.threadOf().get(stories.get(0).id()));
        assertThat(capped.threadOf().get(stories.get(2).id())).isEqualTo(capped.threadOf().get(stories.get(1).id()));
    }

    @Test
    void storiesMoreThanAThreadsWindowApartAreNotLinked() {
        Stories.Story march = new Stories.Story("a", "t", List.of("x"), List.of(), "2021-03-01", "2021-03-03", null);
        Stories.Story nextMarch = new Stories.Story("b", "t", List.of("y"), List.of(), "2022-03-04", "2022-03-04", null);
        Stories.Story nextFebruary = new Stories.Story("c", "t", List.of("z"), List.of(), "2022-02-20", "2022-03-10", null);
        Stories.Story undated = new Stories.Story("d", "t", List.of("w"), List.of(), null, null, null);

        assertThat(BlockedThreads.near(march, nextMarch)).as("366 days from the last to the first").isFalse();
        assertThat(BlockedThreads.near(nextFebruary, march)).isTrue();
        assertThat(BlockedThreads.near(undated, nextMarch)).isTrue();
        assertThat(BlockedThreads.links(List.of(march, nextMarch),
                Map.of("a", Set.of("e:k"), "b", Set.of("e:k")))).isEmpty();
    }

    @Test
    void eachStoryKeepsItsThreeHeaviestLinks() {
        List<Stories.Story> five = IntStream.rangeClosed(1, 5).mapToObj(i -> new Stories.Story("s" + i, "t",
                List.of("a" + i), List.of(), "2021-03-01", "2021-03-01", null)).toList();
        Map<String, Set<String>> keys = new HashMap<>();
        five.forEach(s -> keys.put(s.id(), Set.of("e:shared")));

        List<BlockedThreads.Link> links = BlockedThreads.links(five, keys);

        assertThat(links).extracting(l -> l.a() + "-" + l.b()).as("equal weights go by id; no story keeps s4-s5")
                .hasSize(9).doesNotContain("s4-s5");
    }

    @Test
    void aNameInMoreArticlesThanARareKeyHasIsNoKey() {
        List<AnalyzedArticle> many = new ArrayList<>();
        for (int i = 0; i <= Stories.RARE; i++) {
            many.add(article("n" + i, "Wire", "2023-01-01", "Report " + i, "A short report number " + i + ".",
                    org("everywhere", "Everywhere Group"), place("p" + i, "Vel" + letters(i))));
        }
        List<Stories.Story> stories = List.of(new Stories.Story("one", "t",
                many.stream().map(a -> a.article().id()).toList(), List.of(), "2023-01-01", "2023-01-01", null));

        assertThat(BlockedThreads.keys(many, stories, Map.of()).get("one")).hasSize(Stories.RARE + 1)
                .doesNotContain("e:everywhere").contains("p:vela", "p:velko");
    }

    /**
     * The corpus stage given threads assigned by blocks ({@link Corpus#link(java.util.Collection, CorpusActors.NameTypes,
     * List, BlockedStories.Assigner, BlockedThreads.Assigner)}): at the default cap these articles' blocked threads are
     * the local run's, so the articles, stories and threads are {@link Corpus#link()}'s; at a cap of two the threads
     * written are those the assigner gives (the ruling apart from the blockade), with the stories of the local run.
     */
    @Test
    void aCorpusLinkedWithThreadsByBlocksWritesTheAssignedThreads() {
        CorpusActors.NameTypes types = CorpusActors.NameTypes.of(List.of(), ARTICLES);
        List<CorpusActors.Joined> actorBlocks = actorBlocks(types);
        Corpus.Linked local = corpus().link();

        Corpus.Linked blocked = corpus().link(List.of(), types, actorBlocks, null, BlockedThreads.Assigner.HERE);

        assertThat(blocked.articles()).isEqualTo(local.articles());
        assertThat(blocked.stories()).isEqualTo(local.stories());
        assertThat(blocked.threads()).isEqualTo(local.threads());

        Corpus.Linked capped = corpus().link(List.of(), types, actorBlocks, null,
                (articles, stories, corpusIdOf) -> BlockedThreads.assign(articles, stories, corpusIdOf, 2).threadOf());

        assertThat(capped.stories()).extracting(Stories.Story::articles)
                .isEqualTo(local.stories().stream().map(Stories.Story::articles).toList());
        assertThat(capped.threads()).extracting(Threads.Thread::articles)
                .containsExactly(List.of("m1", "m2"), List.of("f1", "f2"), List.of("m3"), List.of("g1"));
        Map<String, String> threadOf = new HashMap<>();
        capped.articles().forEach(a -> threadOf.put(a.article().id(), a.article().thread()));
        assertThat(threadOf.get("m3")).isNotEqualTo(threadOf.get("m1"));
        assertThat(threadOf.get("f2")).isEqualTo(threadOf.get("f1"));
    }

    @Test
    void threadsByBlocksThatMissAStoryOrAddToAnEarlierRunAreRefused() {
        CorpusActors.NameTypes types = CorpusActors.NameTypes.of(List.of(), ARTICLES);
        BlockedThreads.Assigner missing = (articles, stories, corpusIdOf) -> {
            Map<String, String> threadOf = new HashMap<>(BlockedThreads.Assigner.HERE.assign(articles, stories, corpusIdOf));
            threadOf.remove(stories.get(0).id());
            return threadOf;
        };
        assertThatThrownBy(() -> corpus().link(List.of(), types, actorBlocks(types), null, missing))
                .isInstanceOf(IllegalArgumentException.class);

        Corpus.Linked first = corpus().link();
        Corpus later = new Corpus(new Corpus.Earlier(first.articles(), List.of(), first.stories()));
        assertThatThrownBy(() -> later.link(List.of(), types, List.of(), null, BlockedThreads.Assigner.HERE))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Each pair of stories through each of its keys, summed in any order, is one link of the same weight. */
    @Test
    void aLinksPartsSumToOneWeightWhateverTheirOrder() {
        List<BlockedThreads.Link> parts = List.of(new BlockedThreads.Link("a", "b", 0.1),
                new BlockedThreads.Link("a", "b", 1e16), new BlockedThreads.Link("a", "b", -1e16));
        List<BlockedThreads.Link> reversed = new ArrayList<>(parts);
        java.util.Collections.reverse(reversed);

        assertThat(BlockedThreads.Link.of(parts)).isEqualTo(BlockedThreads.Link.of(reversed));
        assertThat(BlockedThreads.Link.of(List.of(new BlockedThreads.Link("a", "b", 1.5),
                new BlockedThreads.Link("a", "b", 2.0))).weight()).isEqualTo(3.5);
    }

    private static Corpus corpus() {
        Corpus corpus = new Corpus();
        ARTICLES.forEach(corpus::add);
        return corpus;
    }

    /** The blocks of these articles' actors joined apart, as a cluster's executors join them. */
    private static List<CorpusActors.Joined> actorBlocks(CorpusActors.NameTypes types) {
        CorpusActors.Occurrences seen = CorpusActors.Occurrences.of(List.of(), ARTICLES, types);
        CorpusActors.Shared shared = CorpusActors.Shared.of(seen);
        return BlockedActors.blocks(seen.first()).stream().map(block -> BlockedActors.join(block, shared)).toList();
    }

    /** {@code i} written in the letters a to z, so that each place has a name of its own. */
    private static String letters(int i) {
        return (i >= 26 ? letters(i / 26 - 1) : "") + (char) ('a' + i % 26);
    }
}
