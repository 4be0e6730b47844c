package org.dateline.corpus;

import org.dateline.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
        List<AnalyzedArticle> all = new java.util.ArrayList<>(ARTICLES);
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
                List.of(features("a", "2024-05-14"), features("b", "2024-05-15")));
        BlockedStories.Assigned second = new BlockedStories.Assigned(11, Map.of("a", "p", "b", "p", "c", "q"),
                List.of(features("c", "2024-05-21")));

        BlockedStories.Result joined = BlockedStories.join(List.of(first, second));

        assertThat(joined.stories()).extracting(Stories.Story::articles)
                .as("the second block put the copies a and b in one story, but none of its own week's articles")
                .containsExactly(List.of("a"), List.of("b"), List.of("c"));

        BlockedStories.Assigned joining = new BlockedStories.Assigned(11, Map.of("a", "p", "b", "p", "c", "p"),
                List.of(features("c", "2024-05-21")));
        assertThat(BlockedStories.join(List.of(first, joining)).stories()).extracting(Stories.Story::articles)
                .as("c's story holds both copies: their stories are joined, named after the first")
                .containsExactly(List.of("a", "b", "c"));
        assertThat(BlockedStories.join(List.of(first, joining)).storyOf().get("c"))
                .isEqualTo(Stories.idOf(Stories.Settings.STORIES, "a"));
    }

    private static StoryFeatures.Features features(String id, String day) {
        return new StoryFeatures().of(StoriesTest.article(id, "X", day, "t " + id, CHESS, null), Map.of());
    }
}
