package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Mention;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockedStoriesTest {
    private static final String BRIDGE = "The old stone bridge over the Velra river at Ostrand collapsed after the spring "
            + "flood, cutting the road between the two halves of the town; engineers closed the crossing.";
    private static final String BRIDGE_AGAIN = "Engineers closed the Ostrand crossing after the stone bridge over the Velra "
            + "collapsed in the flood, and the town's two halves were cut off from each other by the river.";
    private static final String STRIKE = "Dock workers at the port of Malvik walked out over pay, leaving container ships "
            + "waiting at anchor while the union and the harbour company met for talks.";
    private static final String STRIKE_AGAIN = "Container ships waited at anchor off Malvik as the dock workers' strike over "
            + "pay went on and talks between the union and the harbour company resumed.";
    private static final String CHESS = "A fourteen-year-old from Tarnholm won the national chess championship, beating "
            + "the defending champion in a long endgame on the final day.";
    private static final String ORCHESTRA = "The city orchestra of Brevik announced a new conductor, who will lead the "
            + "season's opening concert of symphonies by northern composers in September.";

    /**
     * A story within one week (Tuesday and Wednesday), one crossing two boundaries (Sunday, Monday, Thursday, and
     * Sunday and Monday a week later: three weeks), and two unrelated articles in the first week.
     */
    private static final List<AnalyzedArticle> ARTICLES = List.of(
            StoriesTest.article("b1", "Velra Post", "2024-05-14", "Bridge collapses in Ostrand", BRIDGE, null),
            StoriesTest.article("b2", "Northern Wire", "2024-05-15", "Ostrand cut in two", BRIDGE_AGAIN, null),
            StoriesTest.article("c1", "Velra Post", "2024-05-16", "Teenager wins chess title", CHESS, null),
            StoriesTest.article("o1", "Brevik Daily", "2024-05-17", "Orchestra names conductor", ORCHESTRA, null),
            StoriesTest.article("s1", "Harbour News", "2024-05-19", "Malvik dockers walk out", STRIKE, null),
            StoriesTest.article("s2", "Northern Wire", "2024-05-20", "Ships wait off Malvik", STRIKE_AGAIN, null),
            StoriesTest.article("s5", "Brevik Daily", "2024-05-23", "Malvik dockers stay out", STRIKE, null),
            StoriesTest.article("s4", "Velra Post", "2024-05-26", "Malvik talks stall", STRIKE_AGAIN, null),
            StoriesTest.article("s3", "Harbour News", "2024-05-27", "Malvik strike goes on", STRIKE_AGAIN + " " + STRIKE, null));

    @Test
    void aWeekStartsOnMondayAndAnUndatedArticleHasAWeekOfItsOwn() {
        assertThat(BlockedStories.week(ARTICLES.get(4))).as("Sunday 19 May").isEqualTo(BlockedStories.week(ARTICLES.get(0)));
        assertThat(BlockedStories.week(ARTICLES.get(5))).as("Monday 20 May")
                .isEqualTo(BlockedStories.week(ARTICLES.get(4)) + 1);
        assertThat(BlockedStories.week(StoriesTest.article("u", "X", null, "t", CHESS, null)))
                .isEqualTo(BlockedStories.UNDATED);
    }

    @Test
    void aWeeksBlockHoldsTheWeekBeforeAndAnUndatedBlockHoldsOnlyTheUndated() {
        AnalyzedArticle undated = StoriesTest.article("u1", "X", null, "Chess again", CHESS, null);
        List<AnalyzedArticle> all = new ArrayList<>(ARTICLES);
        all.add(0, undated);

        List<BlockedStories.Block> blocks = BlockedStories.blocks(all);

        assertThat(blocks).extracting(b -> b.articles().stream().map(a -> a.article().id()).toList()).containsExactly(
                List.of("b1", "b2", "c1", "o1", "s1"),
                List.of("b1", "b2", "c1", "o1", "s1", "s2", "s5", "s4"),
                List.of("s2", "s5", "s4", "s3"),
                List.of("u1"));
    }

    @Test
    void theBlockedRunFindsTheStoriesTheLocalRunFindsWithinAWeekAcrossItsBoundaryAndApart() {
        BlockedStories.Result blocked = BlockedStories.assign(ARTICLES, Map.of());

        Stories local = new Stories();
        Map<String, String> localStory = new HashMap<>();
        ARTICLES.stream().sorted(Stories.OLDEST_FIRST).forEach(a -> localStory.put(a.article().id(), local.assign(a, Map.of())));
        assertThat(local.stories()).as("what the local run gives").extracting(Stories.Story::articles).containsExactly(
                List.of("b1", "b2"), List.of("c1"), List.of("o1"), List.of("s1", "s2", "s5", "s4", "s3"));

        assertThat(blocked.storyOf()).isEqualTo(localStory);
        assertThat(blocked.stories()).isEqualTo(local.stories());
        assertThat(blocked.stories().get(3).first()).isEqualTo("2024-05-19");
        assertThat(blocked.stories().get(3).last()).isEqualTo("2024-05-27");
    }

    @Test
    void aStoryOfCopiesAloneDoesNotJoinStoriesTheirOwnWeekKeptApart() {
        BlockedStories.Assigned first = new BlockedStories.Assigned(10, Map.of("a", "x", "b", "y"),
                List.of(member("a", "2024-05-14"), member("b", "2024-05-15")));
        BlockedStories.Assigned second = new BlockedStories.Assigned(11, Map.of("a", "p", "b", "p", "c", "q"),
                List.of(member("c", "2024-05-21")));

        BlockedStories.Result joined = BlockedStories.join(List.of(first, second));

        assertThat(joined.stories()).extracting(Stories.Story::articles)
                .as("the second block put the copies a and b in one story, but none of its own week's articles")
                .containsExactly(List.of("a"), List.of("b"), List.of("c"));

        BlockedStories.Assigned joining = new BlockedStories.Assigned(11, Map.of("a", "p", "b", "p", "c", "p"),
                List.of(member("c", "2024-05-21")));
        assertThat(BlockedStories.join(List.of(first, joining)).stories()).extracting(Stories.Story::articles)
                .as("c's story holds both copies: their stories are joined, named after the first")
                .containsExactly(List.of("a", "b", "c"));
        assertThat(BlockedStories.join(List.of(first, joining)).storyOf().get("c"))
                .isEqualTo(Stories.idOf(Stories.Settings.STORIES, "a"));
    }

    /**
     * The blocks as a cluster makes them: each article, marked a copy and cut to what a block reads, keyed under its
     * weeks, in no order; each key assigned, then joined in no order.
     */
    @Test
    void blocksKeyedAndAssignedApartThenJoinedGiveTheBlockedRun() {
        List<AnalyzedArticle> articles = new ArrayList<>(ARTICLES);
        articles.add(StoriesTest.article("u1", "X", null, "Chess again", CHESS, null));
        Map<String, String> duplicateOf = NearDuplicates.find(articles.stream().map(AnalyzedArticle::article).toList())
                .duplicateOf();
        assertThat(duplicateOf).as("s5 copies s1").containsEntry("s5", "s1");
        Collections.shuffle(articles, new Random(14));
        Map<Long, List<AnalyzedArticle>> keyed = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            AnalyzedArticle read = BlockedStories.asRead(a, duplicateOf.get(a.article().id()));
            BlockedStories.weeks(read).forEach(w -> keyed.computeIfAbsent(w, k -> new ArrayList<>()).add(read));
        }
        List<BlockedStories.Assigned> assigned = new ArrayList<>();
        keyed.forEach((week, block) -> BlockedStories.assign(week, block, Map.of()).ifPresent(assigned::add));
        Collections.shuffle(assigned, new Random(14));

        assertThat(keyed).as("three weeks, the week after the last, and the undated").hasSize(5);
        assertThat(assigned).as("the week after the last has none of its own").hasSize(4);
        List<AnalyzedArticle> marked = articles.stream().map(a -> new AnalyzedArticle(a.article().withLinks(
                duplicateOf.get(a.article().id()), null), a.actors(), a.quotes(), a.times())).toList();
        assertThat(BlockedStories.join(assigned)).isEqualTo(BlockedStories.assign(marked, Map.of()));
    }

    @Test
    void whatABlockReadsIsTheArticleMarkedACopyWithItsActorsAndEventsOnly() {
        String text = "Mayor Ilsa Varnek of Ostrand met the Velra river board on Monday. \"The bridge opens in May,\" she said.";
        Actor varnek = new Actor("a-varnek", "Ilsa Varnek", ActorType.PERSON, List.of(), List.of(), null, null, 1);
        AnalyzedArticle plain = StoriesTest.article("v1", "Velra Post", "2024-05-14", "Bridge to open", text, null, varnek);
        AnalyzedArticle full = new AnalyzedArticle(plain.article(), plain.actors(),
                List.of(new Quote("v1-q", "v1", new Speaker("a-varnek", "Ilsa Varnek", "she"), QuoteKind.DIRECT, "said",
                        "The bridge opens in May,", 67, 91, "2024-05-14", DateBasis.PUBLISHED)),
                List.of(new TimeMention("v1", "Monday", "DATE", "2024-05-13", 58, 64)),
                List.of(new Event("v1-e", "v1", new Party("a-varnek", "Ilsa Varnek"), new Party(null, "Velra river board"),
                        EventType.CONSULT, null, "040", "2024-05-13", DateBasis.SENTENCE, "Ostrand", "met", 29, 32, 0.7)),
                List.of(new Mention("a-varnek", "v1", "Ilsa Varnek", 6, 17, "name")));

        AnalyzedArticle read = BlockedStories.asRead(full, "original-1");

        assertThat(full.quotes()).isNotEmpty();
        assertThat(read.article()).isEqualTo(full.article().withLinks("original-1", null));
        assertThat(read.actors()).isEqualTo(full.actors()).isNotEmpty();
        assertThat(read.events()).isEqualTo(full.events()).isNotEmpty();
        assertThat(read.quotes()).isEmpty();
        assertThat(read.times()).isEmpty();
        assertThat(read.mentions()).isEmpty();
    }

    /**
     * The corpus stage given stories assigned by blocks: on these articles the blocked stories are the local run's, so
     * the whole record is {@link Corpus#link()}'s; and the stories an assigner gives are the ones written, each in a
     * thread.
     */
    @Test
    void aCorpusLinkedWithStoriesByBlocksWritesTheAssignedStoriesAndThreadsFromThem() {
        List<NearDuplicates.Pair> copies = NearDuplicates.find(ARTICLES.stream().map(AnalyzedArticle::article).toList())
                .duplicateOf().entrySet().stream().map(e -> new NearDuplicates.Pair(e.getValue(), e.getKey())).toList();
        CorpusActors.NameTypes types = CorpusActors.NameTypes.of(List.of(), ARTICLES);
        List<AnalyzedArticle> given = new ArrayList<>();

        Corpus.Linked blocked = corpus(ARTICLES).link(copies, types, List.of(), (articles, corpusIdOf) -> {
            given.addAll(articles);
            return BlockedStories.assign(articles, corpusIdOf);
        });

        assertThat(given).filteredOn(a -> a.article().duplicateOf() != null).extracting(a -> a.article().id())
                .as("the copies marked").containsExactlyInAnyOrder("s2", "s5", "s4", "s3");
        assertThat(blocked).isEqualTo(corpus(ARTICLES).link());

        Map<String, String> own = new HashMap<>();
        List<Stories.Story> stories = new ArrayList<>();
        for (AnalyzedArticle a : ARTICLES.stream().sorted(Stories.OLDEST_FIRST).toList()) {
            own.put(a.article().id(), "story-" + a.article().id());
            stories.add(new Stories.Story("story-" + a.article().id(), a.article().title(), List.of(a.article().id()),
                    List.of(a.article().outlet()), a.article().published(), a.article().published(), null));
        }
        Corpus.Linked apart = corpus(ARTICLES).link(copies, types, List.of(),
                (articles, corpusIdOf) -> new BlockedStories.Result(own, stories));

        assertThat(apart.articles()).allSatisfy(a -> assertThat(a.article().story()).isEqualTo("story-" + a.article().id()));
        assertThat(apart.stories()).extracting(Stories.Story::id).isEqualTo(stories.stream().map(Stories.Story::id).toList());
        assertThat(apart.stories()).allSatisfy(s -> assertThat(s.thread()).isNotNull());
        assertThat(apart.threads()).isNotEmpty();
    }

    @Test
    void storiesByBlocksThatMissAnArticleOrAddToAnEarlierRunAreRefused() {
        CorpusActors.NameTypes types = CorpusActors.NameTypes.of(List.of(), ARTICLES);
        BlockedStories.Assigner missing = (articles, corpusIdOf) -> BlockedStories.assign(articles.subList(1, articles.size()),
                corpusIdOf);
        assertThatThrownBy(() -> corpus(ARTICLES).link(List.of(), types, List.of(), missing))
                .isInstanceOf(IllegalArgumentException.class);

        Corpus.Linked first = corpus(ARTICLES.subList(0, 2)).link();
        Corpus later = new Corpus(new Corpus.Earlier(first.articles(), List.of(), first.stories()));
        ARTICLES.subList(2, ARTICLES.size()).forEach(later::add);
        assertThatThrownBy(() -> later.link(List.of(), types, List.of(), BlockedStories::assign))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Corpus corpus(List<AnalyzedArticle> articles) {
        Corpus corpus = new Corpus();
        articles.forEach(corpus::add);
        return corpus;
    }

    private static Stories.Member member(String id, String day) {
        return Stories.Member.of(new StoryFeatures().of(StoriesTest.article(id, "X", day, "t " + id, CHESS, null), Map.of()));
    }
}
